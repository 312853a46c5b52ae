/** Questions about a quantity answered with each outlet's figures (an invented coverage). */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { agreeingCoverage, figuresCoverage } from './invented-figures.js';

const coverage = figuresCoverage();

describe('figures each outlet gives', () => {
  it('lists each outlet\'s count of the noun asked or its kin, and says they differ', () => {
    const answer = answerQuestion(coverage, 'How many countries met in Kelvale?');
    expect(answer.intent).toBe('figures');
    expect(answer.found).toBe(true);
    expect(answer.figures?.map((f) => [f.outlet, f.figures])).toEqual(expect.arrayContaining([
      ['Springfield Gazette', ['12 nations']], ['Ostby Post', ['11 other ministers']], ['Kelvale Courier', ['40-nation']],
    ]));
    expect(answer.figures).toHaveLength(3);
    expect(answer.answer).toMatch(/^The outlets differ: /);
    for (const part of ['12 nations (Springfield Gazette)', '11 other ministers (Ostby Post)', '40-nation (Kelvale Courier)']) expect(answer.answer).toContain(part);
  });

  it('gives each figure its sentence, with where it stands and a link', () => {
    const answer = answerQuestion(coverage, 'How many countries met in Kelvale?');
    const gazette = answer.figures?.find((f) => f.outlet === 'Springfield Gazette');
    expect(gazette?.sentence.text).toBe('Defence ministers of 12 nations met in Kelvale on Tuesday to plan the advance.');
    expect(gazette?.sentence.source).toMatchObject({ id: 'gazette-1', outlet: 'Springfield Gazette' });
    expect(gazette && gazette.sentence.source.end > gazette.sentence.source.start).toBe(true);
  });

  it('lists distances with their units, a range and its conversion in brackets as one figure', () => {
    const answer = answerQuestion(coverage, 'How far is the army from Ostby?');
    expect(answer.figures?.map((f) => [f.outlet, f.figures])).toEqual(expect.arrayContaining([
      ['Ostby Post', ['6 kilometres']],
      ['Acme Herald', ['five or six kilometers (three to four miles)']],
    ]));
    expect(answer.figures).toHaveLength(2);
    expect(answer.answer).toMatch(/^The outlets differ: /);
    expect(answer.answer).toContain('five or six kilometers (three to four miles) (Acme Herald)');
  });

  it('says when the outlets agree', () => {
    const answer = answerQuestion(agreeingCoverage(), 'How far is the army from Ostby?');
    expect(answer.answer).toMatch(/^The outlets agree: (6 kilometres|six km) \((Ostby Post, Kelvale Courier|Kelvale Courier, Ostby Post)\)\.$/);
  });

  it('keeps to the outlet asked about', () => {
    const answer = answerQuestion(coverage, 'How many countries met in Kelvale according to the Ostby Post?');
    expect(answer.figures?.map((f) => f.outlet)).toEqual(['Ostby Post']);
    expect(answer.answer).toBe('Only Ostby Post gives a figure: 11 other ministers.');
  });

  it('says honestly when no article gives a figure of the kind asked', () => {
    const answer = answerQuestion(coverage, 'How much did the talks in Kelvale cost?');
    expect(answer.found).toBe(false);
    expect(answer.figures).toBeUndefined();
    expect(answer.answer).toBe('No article in this coverage gives a figure for that (“How much did the talks in Kelvale cost”).');
  });

  it('counts no other noun: ferries are no countries', () => {
    const answer = answerQuestion(coverage, 'How many countries sailed from Springfield?');
    expect(answer.figures?.some((f) => f.outlet === 'Acme Herald') ?? false).toBe(false);
  });
});
