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

  it('reads a word the coverage never uses as the word it is a slip on, counts it less, and says so', () => {
    // "tacxes" and "Fredonia" are in no article: they are read as "taxes" and "Freedonia", each worth less than the word.
    const answer = ask('Who said tacxes in Fredonia will rise?');
    expect(answer.found).toBe(true);
    expect(answer.quotes[0]?.speaker).toBe('Tom Varga');
    expect(answer.understood.readAs).toEqual([{ typed: 'tacxes', word: 'taxes' }, { typed: 'fredonia', word: 'freedonia' }]);
    expect(renderText(answer)).toContain('(Read “tacxes” as “taxes”, “fredonia” as “freedonia”.)');
    expect(ask('Who said taxes in Freedonia will rise?').understood.readAs).toBeUndefined();
    // Swapped letters are one slip; a slip on a filler word is that filler.
    expect(ask('Who said ther will be overlpa between teh two ferry routes?').quotes[0]?.speaker).toBe('Jane Roe');
  });

  it('offers a statement that holds most words but lacks the claim as the closest, never as the answer', () => {
    // "ferry routes" are in Roe's statement, "cancelled" is not: with three words asked, the missing one is the claim.
    const answer = ask('Who said the ferry routes were cancelled?');
    expect(answer.found).toBe(false);
    expect(answer.closest[0]?.speaker).toBe('Jane Roe');
  });

  it('never reads a word as another when the coverage uses it, or when it is short', () => {
    // "sold" is in no article, but a four-letter word a letter from "told" or "gold" is a word of its own.
    expect(ask('Who said the ferry routes were sold?').found).toBe(false);
    // "plan" is a word of the coverage: it is not read as "plant".
    expect(ask('Who said the plan would hire five or six engineers?').understood.readAs).toBeUndefined();
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

describe('which words a negation denies', () => {
  const denials = inventedCoverage([
    article('n1', 'Freedonia Herald', [
      '"It is not a toll, it is a tax," said Tom Varga.',
      '"We don\'t see the kind of traffic that was seen in the past with big ferries," Jane Roe said.',
      '"The plan will not only cut the fares but also shorten the queues," said Anna Lindgren.',
      '"The mill will not close but the depot will move," said Piet Ostby.',
      '"I don\'t think we will win the vote," said Mary Kessler.',
    ].join('\n\n')),
  ]);
  const ask = (question: string) => answerQuestion(denials, question);

  it('does not take a statement denying other words for one denying the same', () => {
    // Both deny something, but the question denies the tax and the statement the toll.
    const crossed = ask('Who said it is a toll, not a tax?');
    expect(crossed.found).toBe(false);
    expect(crossed.opposite?.[0]?.speaker).toBe('Tom Varga');
    expect(ask('Who said it is not a toll, it is a tax?').quotes[0]?.speaker).toBe('Tom Varga');
    // Typed without its comma, the question still denies the toll only.
    expect(ask('who said its not a toll its a tax').quotes[0]?.speaker).toBe('Tom Varga');
    expect(ask('who said it is not a toll it is a tax').quotes[0]?.speaker).toBe('Tom Varga');
  });

  it('lets a negation bear on the rest of its clause', () => {
    const answer = ask('Did anyone say there was no traffic like the big ferries of the past?');
    expect(answer.found).toBe(true);
    expect(answer.quotes[0]?.speaker).toBe('Jane Roe');
  });

  it('carries a denial of "think" into what is thought', () => {
    const answer = ask('Who said we will win the vote?');
    expect(answer.found).toBe(false);
    expect(answer.opposite?.[0]?.speaker).toBe('Mary Kessler');
  });

  it('takes "not only" as affirming', () => {
    expect(ask('Who said the plan will cut the fares?').quotes[0]?.speaker).toBe('Anna Lindgren');
  });

  it('ends a negation at a word opening another clause', () => {
    expect(ask('Who said the depot will move?').quotes[0]?.speaker).toBe('Piet Ostby');
    expect(ask('Who said the mill will close?').found).toBe(false);
  });
});

describe('questions of few words', () => {
  const few = inventedCoverage([
    article('f1', 'Freedonia Herald', [
      '"Springfield has a different attitude, the right attitude," said Tom Varga.',
      '"The ferry will replace the old bridge," said Jane Roe.',
      'Roe said Acme was "working hard to shorten the ferry timetable".',
      '"We want to make this as short as possible," she said.',
      'The council debated the ferry tolls on Monday.',
      '"The charge has increased the cost of the Kelvale bridge," said Piet Ostby.',
      '"There will be a reduction of fares for lorries, and increased parking," said Anna Lindgren.',
    ].join('\n\n')),
  ]);
  const ask = (question: string) => answerQuestion(few, question);

  it('needs every word of a short question: the one missing is often the claim', () => {
    expect(ask('Who said Springfield has the wrong attitude?').found).toBe(false);
    expect(ask('Who said Springfield has the right attitude?').quotes[0]?.speaker).toBe('Tom Varga');
    // A word nowhere in the coverage cannot be what anyone said.
    expect(ask('Who said the hovercraft will replace the bridge?').found).toBe(false);
  });

  it('counts a word found only in the sentence before as half missing', () => {
    // "tolls" is only in the sentence before: of three words, that is too faint.
    expect(ask('Who said the bridge tolls have increased?').found).toBe(false);
  });

  it('does not take a statement changing the shared words the other way', () => {
    const answer = ask('Who said fares must be increased?');
    expect(answer.found).toBe(false);
    expect(answer.opposite?.[0]?.speaker).toBe('Anna Lindgren');
    expect(ask('Who said there will be a reduction of fares?').quotes[0]?.speaker).toBe('Anna Lindgren');
  });

  it('finds a word of the question in the sentence before a statement', () => {
    // "this" is the ferry timetable, named in the sentence before.
    const answer = ask('Who said we want to make the ferry timetable as short as possible?');
    expect(answer.found).toBe(true);
    expect(answer.quotes[0]?.text).toBe('We want to make this as short as possible');
  });
});

describe('what a who-said question holds besides the statement', () => {
  const dated = inventedCoverage([
    article('d1', 'Freedonia Herald', [
      '"There will be overlap between the routes," said Jane Roe.',
      'Tom Varga, the head of Acme, spoke in Ostby on Monday.',
      '"We are working closely with the council," Varga said of the reopening of the Kelvale bridge.',
    ].join('\n\n'), '2024-05-03'),
  ]);
  const ask = (question: string) => answerQuestion(dated, question);

  it('takes a date no statement holds as the day it was reported', () => {
    const answer = ask('Who said there will be overlap on May 3?');
    expect(answer.found).toBe(true);
    expect(answer.quotes[0]?.speaker).toBe('Jane Roe');
    expect(ask('Who said there will be overlap on May 4?').found).toBe(false);
  });

  it('finds who talked about a topic their sentence carries', () => {
    const answer = ask('Who talked about the Kelvale bridge?');
    expect(answer.found).toBe(true);
    expect(answer.quotes[0]?.speaker).toBe('Tom Varga');
  });
});
