import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { loadAttributionConfig, loadSynonyms } from '../../src/settings/config-files.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildCorpusCoverage } from '../../src/retrieval/coverage.js';
import { fuzzQuestions } from './fuzz-questions.js';

const coverage = buildCorpusCoverage(loadCorpus(), loadSynonyms(), loadAttributionConfig());

describe('10,000 hostile questions', () => {
  it('each gets an answer or an honest not-found, and nothing crashes', () => {
    const questions = fuzzQuestions(10_000, 2024);
    let found = 0;
    for (const question of questions) {
      const answer = answerQuestion(coverage, question);
      expect(typeof answer.answer).toBe('string');
      expect(answer.answer.length).toBeGreaterThan(0);
      expect(answer.question.length).toBeLessThanOrEqual(400);
      if (answer.found) {
        found++;
        expect(answer.quotes.length + (answer.articles?.length ?? 0) + (answer.context?.length ?? 0) + (answer.speaker ? 1 : 0)).toBeGreaterThan(0);
      } else {
        expect(answer.quotes).toEqual([]);
      }
    }
    // Most hostile input matches nothing; the few real questions mixed in do.
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(questions.length / 2);
  });
});
