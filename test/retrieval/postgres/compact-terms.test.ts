import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { CompactTerms } from '../../../src/retrieval/postgres/compact-terms.js';
import { pick, seeded } from './invented-documents.js';

const STEMS = ['ferr', 'kelv', 'ostb', 'lindg', 'varg', 'acme', 'fre', 'spring', 'toll', 'ñand', 'über', 'e\u0301t', '😀x'];
const ENDINGS = ['', 'a', 'an', 'ane', 'es', 'ing', 'ed', 'ation', 'y', 'ies', 'ister', 'o', 'oo'];

describe('CompactTerms: the terms minisearch\'s tree finds', () => {
  const random = seeded(5);
  const terms = [...new Set(Array.from({ length: 600 }, () => pick(random, STEMS) + pick(random, ENDINGS) + (random() < 0.2 ? pick(random, ENDINGS) : '')))];
  const tree = new SearchableMap<number>();
  terms.forEach((term, at) => tree.set(term, at));
  const compact = new CompactTerms(terms.map((term, at) => ({ term, frequencies: [at, 1], tree_path: [at % 7, at] })), 2);
  const queries = [...terms.slice(0, 60), 'ferrying', 'kelvane', 'ostbyy', 'xyz', '', 'f', 'spri', 'übe', 'e\u0301', '😀', 'lindgister'];

  it('holds each term with its frequencies and tree path', () => {
    terms.forEach((term, at) => expect(compact.get(term)).toEqual({ term, frequencies: [at, 1], treePath: [at % 7, at] }));
    expect(compact.has('nothing')).toBe(false);
    expect(compact.size).toBe(terms.length);
  });

  it('finds the same terms by prefix', () => {
    for (const query of queries) {
      const expected = [...tree.atPrefix(query).keys()].sort();
      expect(compact.withPrefix(query).map((t) => t.term).sort()).toEqual(expected);
    }
  });

  it('finds the same terms within 1, 2 and 3 edits, at the same distances', () => {
    for (const query of queries) {
      for (const distance of [0, 1, 2, 3]) {
        const expected = [...tree.fuzzyGet(query, distance)].map(([term, [, edits]]) => `${term}:${edits}`).sort();
        expect(compact.near(query, distance).map((t) => `${t.term}:${t.distance}`).sort(), `${query} ${distance}`).toEqual(expected);
      }
    }
  });
});
