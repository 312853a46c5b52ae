/**
 * A speaker's statements on a topic found around the statement: the sentence
 * before it, and the headline of an article that names the speaker.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { prepareArticle } from '../../src/corpus/prepare.js';
import { inventedArticle as article, inventedCoverage } from './invented-coverage.js';

const headlined = (id: string, headline: string, body: string) =>
  prepareArticle({ id, origin: `${id}.txt`, text: `${headline}\n\n${body}`, headlineInText: true, known: { outlet: 'Ostby Post' } });

const coverage = inventedCoverage([
  article('t1', 'Freedonia Herald', [
    'Councillor Piet Ostby has opposed the budget since March.',
    '"The cost of everything they want explodes," he said.',
    'Council leader Anna Lindgren praised the budget.',
    '"The roads are in good shape," said Tom Varga.',
  ].join('\n\n')),
  headlined('t2', 'Varga beats young Kessler in Kelvale', [
    'Tom Varga knocked out the wildcard in straight sets.',
    'Kessler, who is fifteen, was only a break down in the first set.',
    'And Varga admitted he was impressed by his opponent.',
    '"He is very talented," said Varga.',
  ].join('\n\n')),
  headlined('t3', 'Kelvale ferry timetable changed', [
    'The Kelvale ferry will sail earlier from May.',
    '"We are happy with the new times," said Jane Roe.',
  ].join('\n\n')),
]);
const ask = (question: string) => answerQuestion(coverage, question);

describe('topics around a statement', () => {
  it('finds the topic in the sentence before a statement, when that names the speaker', () => {
    const answer = ask("Piet Ostby's take on the budget");
    expect(answer.found).toBe(true);
    expect(answer.quotes[0]?.speaker).toBe('Piet Ostby');
    // The sentence before is about someone else.
    expect(ask("Tom Varga's take on the budget").found).toBe(false);
  });

  it('finds the topic in the headline of an article naming the speaker', () => {
    const answer = ask("Varga's take on Kessler");
    expect(answer.found).toBe(true);
    expect(answer.quotes.map((q) => q.text)).toContain('He is very talented');
  });

  it('does not take a headline that does not name the speaker as their topic', () => {
    expect(ask('What did Jane Roe say about the ferry timetable?').found).toBe(false);
  });
});
