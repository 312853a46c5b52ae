import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { SortedTerms } from '../../src/retrieval/sorted-terms.js';

/** A small seeded random sequence, so a failure can be replayed. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

const ROOTS = ['ferry', 'ferries', 'winter', 'harbour', 'harbor', 'council', 'counsel', 'toll', 'bridge', 'springfield', 'kelvale', 'mill',
  'close', 'acme', 'freedonia', 'vote', 'plan', 'roe', 'varga', 'quill', 'nora', 'café', 'naïve', '12', '1.5'];

/** Words near one another, as a vocabulary has them: roots, their starts, and letters changed, added or dropped. */
function vocabulary(count: number, random: () => number): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyzé';
  return Array.from({ length: count }, () => {
    let word = ROOTS[Math.floor(random() * ROOTS.length)] as string;
    for (let edits = Math.floor(random() * 3); edits > 0; edits--) {
      const at = Math.floor(random() * (word.length + 1));
      const letter = letters[Math.floor(random() * letters.length)] as string;
      const roll = random();
      word = roll < 0.3 ? word.slice(0, at) + letter + word.slice(at) : roll < 0.6 ? word.slice(0, at) + letter + word.slice(at + 1) : roll < 0.8 ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at);
    }
    return word;
  }).filter((word) => word.length > 0);
}

describe('a sorted list of terms', () => {
  const random = sequence(3);
  const words = vocabulary(3000, random);
  const list = SortedTerms.of(words);
  const tree = new SearchableMap<number>();
  for (const word of words) tree.set(word, 1);
  const queries = [...vocabulary(300, random), 'f', 'ferr', 'zzz', 'é'];

  it('holds each word once, in code-unit order, and finds it', () => {
    const distinct = [...new Set(words)].sort();
    expect(Array.from({ length: list.size }, (_, at) => list.termAt(at))).toEqual(distinct);
    for (const word of distinct) expect(list.termAt(list.find(word))).toBe(word);
    expect(list.find('no such word')).toBe(-1);
  });

  it('gives the terms starting with a prefix as one range', () => {
    for (const prefix of [...queries, '']) {
      const [from, to] = list.prefixRange(prefix);
      const inRange = Array.from({ length: to - from }, (_, i) => list.termAt(from + i));
      expect(inRange, prefix).toEqual([...new Set(words)].filter((word) => word.startsWith(prefix)).sort());
    }
  });

  it('finds the terms within some edits that minisearch\'s term tree finds, at the same distances', () => {
    for (const query of queries) {
      for (const distance of [1, 2, 3]) {
        const { places, distances } = list.near(query, distance);
        const found = new Map(Array.from(places, (at, i) => [list.termAt(at), distances[i]]));
        const expected = new Map([...tree.fuzzyGet(query, distance)].map(([word, [, d]]) => [word, d]));
        expect(found, `${query} (${distance})`).toEqual(expected);
      }
    }
  });

  it('finds them among a range of places alone', () => {
    for (const query of queries.slice(0, 50)) {
      const [from, to] = list.prefixRange(query.charAt(0));
      const { places } = list.near(query, 2, from, to);
      const all = list.near(query, 2);
      expect([...places], query).toEqual([...all.places].filter((at) => at >= from && at < to));
    }
  });
});
