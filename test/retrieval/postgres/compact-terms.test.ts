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
  const compact = CompactTerms.fromRows(terms.map((term, at) => ({ term, frequencies: [at, 1], tree_path: [at % 7, at] })), 2);
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

  it('reads the same from the columns a database aggregates, in its order (code points) or any', () => {
    const rows = terms.map((term, at) => ({ term, frequencies: [at, 1], tree_path: at % 5 === 0 ? [] : [at % 7, at] }));
    const columns = (list: typeof rows) => ({
      terms: list.map((row) => row.term).join(''),
      lengths: list.map((row) => Array.from(row.term).length).join(','),
      frequencies: list.map((row) => row.frequencies.join(',')).join(' '),
      paths: list.map((row) => row.tree_path.join(',')).join(' '),
    });
    const byCodePoint = [...rows, { term: '\u{E000}z', frequencies: [3, 4], tree_path: [9] }, { term: 'two words\nand a line', frequencies: [5, 6], tree_path: [1, 2] }].sort((a, b) => {
      const [x, y] = [Array.from(a.term, (c) => c.codePointAt(0) as number), Array.from(b.term, (c) => c.codePointAt(0) as number)];
      for (let at = 0; at < Math.min(x.length, y.length); at++) if (x[at] !== y[at]) return (x[at] as number) - (y[at] as number);
      return x.length - y.length;
    });
    const expected = CompactTerms.fromRows(byCodePoint, 2);
    for (const list of [byCodePoint, [...byCodePoint].reverse()]) {
      const read = CompactTerms.fromColumns(columns(list), list.length, null);
      expect(read.size).toBe(expected.size);
      for (let at = 0; at < expected.size; at++) expect(read.indexed(at)).toEqual(expected.indexed(at));
      expect(read.near('😀xo', 1)).toEqual(expected.near('😀xo', 1));
    }
    expect(CompactTerms.fromColumns({ terms: '', lengths: '', frequencies: '', paths: '' }, 0, 2).size).toBe(0);
  });
});
