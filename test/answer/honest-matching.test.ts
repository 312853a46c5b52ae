/**
 * The honesty rules of matching, each on a small invented corpus: a
 * statement answers on its own words only, typos count less than words, a
 * negation must agree and the opposite is said to be the opposite, and
 * numbers meet across digits, words and units.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { renderText } from '../../src/render/text.js';
import { inventedArticle as article, inventedCoverage } from './invented-coverage.js';

const coverage = inventedCoverage(
  [
    article('a1', 'Freedonia Herald', [
      'Mayor Jane Roe spoke in Springfield on Monday.',
      '"There will be overlap between the two ferry routes," Roe said.',
      '"The depot will never be closed," said Tom Varga, the head of Acme.',
      'Varga added that the plant would hire five or six engineers next year.',
      '"The new road is 12 kilometres long and cost 40% more than planned," Roe said.',
      'On the Ostby harbour, Roe said "the plan came late".',
    ].join('\n\n')),
    article('a2', 'Ostby Post', [
      '"Nobody in Acme wants a strike," said Tom Varga.',
      '"Taxes in Freedonia will rise," Varga said.',
    ].join('\n\n')),
  ],
);
const ask = (question: string) => answerQuestion(coverage, question);

describe('honest matching', () => {
  it('finds a statement by its words', () => {
    const answer = ask('Who said there will be overlap between the ferry routes?');
    expect(answer.found).toBe(true);
    expect(answer.quotes[0]?.speaker).toBe('Jane Roe');
  });

  it('never answers on the speaker name alone', () => {
    // "Roe" and "overlap" are all the question's words: the name must not stand in for the statement's words.
    const answer = ask('Who said Jane Roe will resign?');
    expect(answer.found).toBe(false);
    expect(answer.quotes).toEqual([]);
  });

  it('counts a typo-only match less than a word', () => {
    // Every word only a typo away from the statement's ("tacxes", "Fredonia"): near, not an answer.
    const answer = ask('Who said tacxes in Fredonia?');
    expect(answer.found).toBe(false);
    expect(answer.closest[0]?.speaker).toBe('Tom Varga');
    expect(ask('Who said taxes in Freedonia?').found).toBe(true);
    // One typo among exact words still answers.
    expect(ask('Who said tacxes in Freedonia will rise?').found).toBe(true);
  });

  it('does not take a negation in the question as agreeing with a statement without it', () => {
    const answer = ask('Who said there will be no overlap between the ferry routes?');
    expect(answer.found).toBe(false);
    expect(answer.quotes).toEqual([]);
    const agreeing = ask('Who said nobody in Acme wants a strike?');
    expect(agreeing.found).toBe(true);
    expect(agreeing.quotes[0]?.speaker).toBe('Tom Varga');
  });

  it('says when the closest statement says the opposite', () => {
    const answer = ask('Who said the depot will be closed?');
    expect(answer).toMatchObject({ found: false, quotes: [] });
    expect(answer.opposite?.[0]?.speaker).toBe('Tom Varga');
    expect(answer.answer).toMatch(/^No one is reported saying that\. The closest says the opposite: Tom Varga .*“The depot will never be closed”/);
    expect(renderText(answer)).toMatch(/Says the opposite:/);
    const denied = ask('Who said there will be no overlap between the ferry routes?');
    expect(denied.opposite?.[0]?.speaker).toBe('Jane Roe');
  });

  it('matches numbers across digits and words, and units across their forms', () => {
    expect(ask('Who said the plant would hire 6 engineers?').quotes[0]?.speaker).toBe('Tom Varga');
    expect(ask('Who said the plant would hire five engineers?').quotes[0]?.speaker).toBe('Tom Varga');
    expect(ask('Who said the new road is 12 km long?').quotes[0]?.speaker).toBe('Jane Roe');
    expect(ask('Who said the new road is twelve kilometers long?').quotes[0]?.speaker).toBe('Jane Roe');
    expect(ask('Who said the road cost 40 per cent more than planned?').quotes[0]?.speaker).toBe('Jane Roe');
    expect(ask('Who said the plant would hire nine engineers?').found).toBe(false);
  });

  it('finds a topic in the sentence around a statement', () => {
    const answer = ask('What did Jane Roe say about the Ostby harbour?');
    expect(answer.found).toBe(true);
    expect(answer.quotes.map((q) => q.text)).toEqual(['the plan came late']);
  });
});
