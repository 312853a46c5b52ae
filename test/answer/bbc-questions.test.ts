import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { loadAttributionConfig, loadSynonyms } from '../../src/settings/config-files.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildCorpusCoverage } from '../../src/retrieval/coverage.js';
import { BBC, FIXTURES, hasBbc } from '../helpers.js';
import { judge, type ExpectedAnswer } from './question-set.js';

describe.skipIf(!hasBbc)('the BBC question set', () => {
  it('answers at least 90% right', () => {
    const { questions } = JSON.parse(readFileSync(path.join(FIXTURES, 'bbc-questions.json'), 'utf8')) as { questions: ExpectedAnswer[] };
    expect(questions.length).toBeGreaterThanOrEqual(10);
    const coverage = buildCorpusCoverage(loadCorpus([BBC]), loadSynonyms(), loadAttributionConfig());
    const wrong = questions
      .map((expected) => ({ expected, problem: judge(answerQuestion(coverage, expected.question), expected) }))
      .filter((v) => v.problem !== null)
      .map((v) => `${v.expected.question}: ${v.problem}`);
    expect((questions.length - wrong.length) / questions.length, wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
