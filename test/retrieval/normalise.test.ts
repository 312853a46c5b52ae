import { describe, expect, it } from 'vitest';
import { createNormaliser, foldTerm, withCorpusSynonyms } from '../../src/retrieval/normalise.js';
import { loadSynonyms } from '../../src/settings/config-files.js';

// Invented spellings, as a corpus's synonyms.json would add them to config/synonyms.json's.
const normaliser = createNormaliser(withCorpusSynonyms(loadSynonyms(), [
  ['ostby', 'oestby', 'östby'],
  ['flf', 'OF', 'freedonian front', 'fl front'],
]));

describe('the normaliser', () => {
  it('maps spelling variants and synonyms to one term', () => {
    expect(normaliser.terms('Ostby Oestby Östby')).toEqual(['ostby', 'ostby', 'ostby']);
    expect(normaliser.terms('FLF Freedonian Front')).toEqual(['flf', 'flf']);
    expect(normaliser.terms('Defence Defense')).toEqual(['defense', 'defense']);
  });

  it('takes a member in capitals ("OF") as the group only in capitals, and "of" as a stop word', () => {
    expect(normaliser.terms('OF fighters')).toEqual(['flf', 'fighters']);
    expect(normaliser.terms('most of it')).toEqual([]);
  });

  it('folds case, accents and apostrophes, drops possessives and stop words', () => {
    expect(normaliser.terms("Jérôme Lindqvist's comments can’t wait")).toEqual(['jerome', 'lindqvist', 'comments', 'wait']);
    expect(normaliser.terms('Café RÉSUMÉ')).toEqual(['cafe', 'resume']);
    expect(normaliser.terms('The  U.S. and the coalition')).toEqual(['usa', 'coalition']);
  });

  it('folds a plain word by its case alone, and a word with an apostrophe or an accent in full', () => {
    expect(['OSTBY', 'Roe`s', "O'NEIL", 'Nora’s', 'ÉTÉ'].map(foldTerm)).toEqual(['ostby', 'roe', 'oneil', 'nora', 'ete']);
  });

  it('gives a word the same term each time it comes, short or long', () => {
    const text = 'Lindqvist LINDQVIST Lindqvist Stormwatchers STORMWATCHERS Stormwatchers';
    expect(normaliser.terms(text)).toEqual([...Array(3).fill('lindqvist'), ...Array(3).fill('stormwatchers')]);
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
