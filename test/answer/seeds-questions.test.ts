import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { loadAttributionConfig, loadSynonyms } from '../../src/settings/config-files.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildCorpusCoverage } from '../../src/retrieval/coverage.js';
import { FIXTURES } from '../helpers.js';
import { judge, type ExpectedAnswer } from './question-set.js';

const { questions } = JSON.parse(readFileSync(path.join(FIXTURES, 'seeds-questions.json'), 'utf8')) as { questions: ExpectedAnswer[] };
const coverage = buildCorpusCoverage(loadCorpus(), loadSynonyms(), loadAttributionConfig());

describe('the seeds question set', () => {
  const verdicts = questions.map((expected) => ({ expected, problem: judge(answerQuestion(coverage, expected.question), expected) }));

  it('has at least 40 questions, covering every intent', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(questions.map((q) => q.intent))).toEqual(new Set(['who-said', 'speaker-quotes', 'which-outlets', 'who-is', 'sources', 'search']));
  });

  it('answers at least 95% right', () => {
    const wrong = verdicts.filter((v) => v.problem !== null).map((v) => `${v.expected.question}: ${v.problem}`);
    const right = verdicts.length - wrong.length;
    expect(right / verdicts.length, wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
