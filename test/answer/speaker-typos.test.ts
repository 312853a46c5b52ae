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

describe('a name several speakers share', () => {
  const shared = inventedCoverage([
    article('w1', 'Ostby Post', '"Tolls stay," said Tom Varga.\n\n"The bridge is safe," Varga said.'),
    article('w2', 'Springfield Gazette', '"Tolls stay for now," said Tom Varga.'),
    article('w3', 'Ostby Post', '"Fares rise," said Tim Varga.\n\n"The harbour needs dredging," Varga told the harbour board.'),
  ]);

  it('means the one quoted in most articles, and the answer names the others', () => {
    const answer = answerQuestion(shared, 'what did varga say');
    expect(answer.quotes[0]?.speaker).toBe('Tom Varga');
    expect(answer.answer).toContain('Tim Varga');
  });

  it('means the one who told whom the question names, whose words to them come first', () => {
    const answer = answerQuestion(shared, 'what did varga tell the harbour board');
    expect(answer.quotes.map((q) => q.speaker)).toEqual(['Tim Varga', 'Tim Varga']);
    expect(answer.quotes[0]?.text).toBe('The harbour needs dredging');
  });
});

describe('words that name no one', () => {
  const words = inventedCoverage([
    article('c1', 'Ostby Post', '"The pier is unsafe," said Tom Roach.\n\nJane Roe, a candidate who said he could win, said: "Turnout will be fine."'),
  ]);

  it('never pick a speaker because a role or name happens to hold them ("he")', () => {
    expect(answerQuestion(words, 'what did he say').found).toBe(false);
    expect(answerQuestion(words, 'who is he').found).toBe(false);
  });

  it('never pick a speaker because a common word is a typo away from a name ("the coach", Tom Roach)', () => {
    expect(answerQuestion(words, 'how many articles quoted the coach').found).toBe(false);
    expect(answerQuestion(words, 'who is the coach').found).toBe(false);
  });
});

describe('a given name that is not the speaker\'s', () => {
  const one = inventedCoverage([article('t1', 'Ostby Post', '"Tolls stay," said Tom Varga.')]);

  it('is another person, not a typo: "Tim Varga" is not Tom Varga', () => {
    expect(answerQuestion(one, 'what did tim varga say').found).toBe(false);
    expect(answerQuestion(one, 'what did dean varga say').found).toBe(false);
  });

  it('while a misspelt given name still finds the speaker', () => {
    expect(answerQuestion(one, 'what did tmo varga say').quotes[0]?.speaker).toBe('Tom Varga');
  });
});
