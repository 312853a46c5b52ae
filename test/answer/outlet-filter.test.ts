/**
 * One outlet asked about by name, on a small invented corpus: "did OUTLET
 * report X" answers yes or no, "... according to OUTLET" keeps only what that
 * outlet carried, and "according to plan" is no outlet at all.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { inventedArticle as article, inventedCoverage } from './invented-coverage.js';

const coverage = inventedCoverage(
  [
    article('a1', 'Freedonia Herald', '"The ferry will run all winter," Jane Roe said.\n\n"The depot stays open," said Tom Varga.'),
    article('a2', 'Ostby Post', '"The ferry will run all winter," said Jane Roe, the mayor.\n\n"The harbour works went according to plan," Roe said.'),
  ],
);
const ask = (question: string) => answerQuestion(coverage, question);

describe('an outlet asked about by name', () => {
  it('answers yes, with what the outlet carried, when it reported it', () => {
    const answer = ask('did the ostby post report that the ferry will run all winter');
    expect(answer.found).toBe(true);
    expect(answer.answer).toMatch(/^Yes: Ostby Post reported it/);
    expect(answer.quotes.flatMap((q) => q.sources.map((s) => s.outlet))).toEqual(['Ostby Post']);
  });

  it('answers no, naming who did, when it did not', () => {
    const answer = ask('did the ostby post carry the depot remark');
    expect(answer.found).toBe(false);
    expect(answer.answer).toBe('Nothing in this coverage from Ostby Post says that. It was reported by Freedonia Herald.');
  });

  it('says when no outlet has that name', () => {
    const answer = ask('did the springfield gazette report that the ferry will run all winter');
    expect(answer.found).toBe(false);
    expect(answer.answer).toMatch(/^No outlet called “springfield gazette” is in this coverage/);
  });

  it('keeps only what the outlet carried after "according to"', () => {
    const answer = ask('what did jane roe say according to freedonia herald');
    expect(answer.found).toBe(true);
    expect(answer.quotes.map((q) => q.text)).toEqual(['The ferry will run all winter']);
    expect(answer.quotes.flatMap((q) => q.sources.map((s) => s.outlet))).toEqual(['Freedonia Herald']);
  });

  it('reads "according to" as part of the question when no outlet has that name', () => {
    const answer = ask('who said the harbour works went according to plan');
    expect(answer.found).toBe(true);
    expect(answer.quotes[0]?.speaker).toBe('Jane Roe');
  });
});

describe('a date asked about', () => {
  const dated = (id: string, outlet: string, published: string, body: string) => article(id, outlet, body, published);
  const byDate = inventedCoverage(
    [
      dated('d1', 'Freedonia Herald', '2019-03-04', '"The ferry will run all winter," Jane Roe said.'),
      dated('d2', 'Ostby Post', '2019-05-20', '"The toll will stay the same," Jane Roe said.'),
    ],
  );

  it('keeps what a speaker said in sources published then', () => {
    const answer = answerQuestion(byDate, 'what did jane roe say in march 2019');
    expect(answer.quotes.map((q) => q.text)).toEqual(['The ferry will run all winter']);
    expect(answerQuestion(byDate, 'what did jane roe say on may 20').quotes.map((q) => q.text)).toEqual(['The toll will stay the same']);
  });

  it('says so when the speaker is quoted, but not then', () => {
    const answer = answerQuestion(byDate, 'what did jane roe say in june');
    expect(answer.found).toBe(false);
    expect(answer.answer).toBe('Jane Roe is quoted in this coverage, but not in sources published in June.');
  });

  it('leaves a date in "who said" to the statement', () => {
    expect(answerQuestion(byDate, 'who said the toll will stay the same in may').understood.statement).toBe('the toll will stay the same in may');
  });
});
