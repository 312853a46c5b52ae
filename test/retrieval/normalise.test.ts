import { describe, expect, it } from 'vitest';
import { createNormaliser } from '../../src/retrieval/normalise.js';
import { loadSynonyms } from '../../src/settings/config-files.js';

const normaliser = createNormaliser(loadSynonyms());

describe('the normaliser', () => {
  it('maps spelling variants and synonyms to one term', () => {
    expect(normaliser.terms('Raqqa Raqa Rakka')).toEqual(['raqqa', 'raqqa', 'raqqa']);
    expect(normaliser.terms('Daesh ISIL ISIS Islamic State')).toEqual(['isis', 'isis', 'isis', 'isis']);
    expect(normaliser.terms('Defence Defense')).toEqual(['defense', 'defense']);
  });

  it('takes "IS" as the group only in capitals, and "is" as a stop word', () => {
    expect(normaliser.terms('IS fighters')).toEqual(['isis', 'fighters']);
    expect(normaliser.terms('this is it')).toEqual([]);
  });

  it('folds case, accents and apostrophes, drops possessives and stop words', () => {
    expect(normaliser.terms("François Hollande's comments can’t wait")).toEqual(['hollande', 'comments', 'wait']);
    expect(normaliser.terms('Café RÉSUMÉ')).toEqual(['cafe', 'resume']);
    expect(normaliser.terms('The  U.S. and the coalition')).toEqual(['usa', 'coalition']);
  });

  it('keeps numbers whole, lone digits too, and groups of thousands without their commas', () => {
    expect(normaliser.terms('rose 0.4 pct to 1,200 in 4 years')).toEqual(['rose', '0.4', 'percent', '1200', '4', 'years']);
  });

  it('reads numbers written as words as digits, and units in one form', () => {
    expect(normaliser.terms('five or six ferries')).toEqual(['5', '6', 'ferries']);
    expect(normaliser.terms('12 kilometres, 12 kilometers, 12km, 12 km')).toEqual(['12', 'km', '12', 'km', '12', 'km', '12', 'km']);
    expect(normaliser.terms('40%, 40 per cent, 40 percent')).toEqual(['40', 'percent', '40', 'percent', '40', 'percent']);
  });

  it('drops negations as terms: polarity weighs them, not the index', () => {
    expect(normaliser.terms("the mill won't never not close")).toEqual(['mill', 'close']);
  });
});
