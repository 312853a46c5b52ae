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

  it('keeps numbers whole and drops lone digits', () => {
    expect(normaliser.terms('rose 0.4 pct to 1,200 in 4 years')).toEqual(['rose', '0.4', 'percent', '1,200', 'years']);
  });
});
