/** A speaker named with a typo, on a small invented corpus. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { inventedArticle as article, inventedCoverage } from './invented-coverage.js';

const coverage = inventedCoverage(
  [article('a1', 'Ostby Post', '"The ferry will run all winter," Jane Lindqvist said.\n\n"Tolls stay," said Tom Varga.\n\n"Fares rise," said Tim Varga.')],
);

describe('a speaker named with a typo', () => {
  it('is found when two letters are swapped, which the index counts as two edits', () => {
    const answer = answerQuestion(coverage, 'what did jane lindqvsit say');
    expect(answer.found).toBe(true);
    expect(answer.quotes[0]?.speaker).toBe('Jane Lindqvist');
  });

  it('is not guessed when two speakers are as near', () => {
    expect(answerQuestion(coverage, 'what did vraga say').found).toBe(false);
  });
});
