import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildCompactIndexData, openCompactIndex, shareTerms } from '../../src/retrieval/compact-index.js';
import { compactIndexData } from './compact-index-reference.js';
import { createNormaliser } from '../../src/retrieval/normalise.js';
import { sentenceOptions } from '../../src/retrieval/search-index.js';

/** A small seeded random sequence, so a failure can be replayed. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

const WORDS = ['ferry', 'ferries', 'ferryman', 'winter', 'winters', 'wintry', 'harbour', 'harbor', 'council', 'counsel', 'tolls', 'toll', 'bridge',
  'bridges', 'springfield', 'ostby', 'kelvale', 'mill', 'miller', 'millers', 'close', 'closed', 'closure', 'acme', 'shares', 'rose', '5', '12', '1.5',
  'percent', 'minister', 'ministers', 'ministry', 'freedonia', 'freedonian', 'vote', 'voted', 'votes', 'plan', 'planned', 'planning', 'roe', 'varga'];

function documents(count: number, random: () => number): { id: number; text: string }[] {
  return Array.from({ length: count }, (_, id) => ({
    id: id * 3 + 1,
    text: Array.from({ length: 3 + Math.floor(random() * 12) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' '),
  }));
}

describe('a compact index', () => {
  const normaliser = createNormaliser({ groups: [] });
  const options = sentenceOptions(normaliser);
  const random = sequence(7);
  const built = new MiniSearch(options);
  built.addAll(documents(400, random));
  const compact = openCompactIndex(compactIndexData(built, 'text'), options);
  const queries = Array.from({ length: 300 }, () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
    const word = WORDS[Math.floor(random() * WORDS.length)] as string;
    // Typos and starts of words as well as the words themselves.
    const roll = random();
    return roll < 0.2 ? word.slice(0, Math.max(3, word.length - 2)) : roll < 0.35 ? `${word.slice(0, 2)}x${word.slice(3)}` : word;
  }).join(' '));

  it('finds what minisearch finds, scored and ordered the same, with the same terms and matches', () => {
    for (const query of queries) expect(compact.search(query), query).toEqual(built.search(query));
  });

  it('combines with AND, searches without typos, and keeps only the ids asked for, as minisearch does', () => {
    const among = new Set([1, 4, 7, 10, 100, 301, 598, 1000]);
    for (const query of queries.slice(0, 100)) {
      expect(compact.search(query, { combineWith: 'AND', fuzzy: false, prefix: false }), query).toEqual(built.search(query, { combineWith: 'AND', fuzzy: false, prefix: false }));
      expect(compact.search(query, { among }), query).toEqual(built.search(query, { filter: (result) => among.has(result.id as number) }));
    }
  });

  it('gives the first results alone when asked for a limit', () => {
    // Small documents of few words tie often: the first results must still be minisearch's, ties in its order.
    for (const limit of [1, 5, 37]) {
      for (const query of queries) expect(compact.search(query, { limit }), `${query} (${limit})`).toEqual(built.search(query).slice(0, limit));
    }
  });

  it('knows its words and the words near one', () => {
    expect(compact.has('ferry')).toBe(true);
    expect(compact.has('ferr')).toBe(false);
    expect(compact.near('fery', 1).sort()).toEqual(['ferry']);
  });
});

describe('a compact index built without minisearch', () => {
  const normaliser = createNormaliser({ groups: [['ferry', 'ferries']] });
  const options = sentenceOptions(normaliser);
  const random = sequence(11);
  const docs = documents(300, random);
  const built = new MiniSearch(options);
  built.addAll(docs);
  const direct = openCompactIndex(buildCompactIndexData(docs, options), options);

  it('searches exactly as minisearch holding the same documents', () => {
    for (let i = 0; i < 200; i++) {
      const query = Array.from({ length: 1 + Math.floor(random() * 3) }, () => (WORDS[Math.floor(random() * WORDS.length)] as string).slice(0, 3 + Math.floor(random() * 6))).join(' ');
      expect(direct.search(query), query).toEqual(built.search(query));
      expect(direct.search(query, { combineWith: 'AND', limit: 4 }), query).toEqual(built.search(query, { combineWith: 'AND' }).slice(0, 4));
    }
  });

  it('has minisearch\'s own term tree, average and field lengths', () => {
    const fromMinisearch = compactIndexData(built, 'text');
    const data = buildCompactIndexData(docs, options);
    expect(data.averageFieldLength).toBe(fromMinisearch.averageFieldLength);
    expect(data.fieldLengths).toEqual(fromMinisearch.fieldLengths);
    expect([...openCompactIndex(data, options).near('ferr', 2)]).toEqual([...openCompactIndex(fromMinisearch, options).near('ferr', 2)]);
  });
});

describe('a compact index asked the same search again', () => {
  it('gives the first results of the search it kept, as a search anew would, without searching again', () => {
    const options = sentenceOptions(createNormaliser({ groups: [] }));
    let tokenized = 0;
    const counting = { ...options, tokenize: (text: string, field?: string) => (tokenized++, (options.tokenize as (t: string, f?: string) => string[])(text, field)) };
    const list = documents(400, sequence(7));
    const index = openCompactIndex(buildCompactIndexData(list, options), counting);
    const fresh = openCompactIndex(buildCompactIndexData(list, options), options);
    const first = index.search('ferry winter tolls', { limit: 50 });
    // What a caller does to the results it was given does not change the kept ones.
    if (first[0]) first[0].score = -1;
    const before = tokenized;
    expect(index.search('ferry winter tolls', { limit: 5 })).toEqual(fresh.search('ferry winter tolls', { limit: 5 }));
    expect(index.search('ferry winter tolls', { limit: 50 })).toEqual(fresh.search('ferry winter tolls', { limit: 50 }));
    expect(tokenized).toBe(before);
    // More than it kept, or other options: searched anew.
    expect(index.search('ferry winter tolls')).toEqual(fresh.search('ferry winter tolls'));
    expect(index.search('ferry winter tolls', { limit: 5, fuzzy: false })).toEqual(fresh.search('ferry winter tolls', { limit: 5, fuzzy: false }));
    expect(tokenized).toBe(before + 2);
  });
});

describe('a compact index asked a search with an option set to undefined (review)', () => {
  it('searches anew: an option given as undefined overrides the index\'s default, unlike one not given', () => {
    const options = sentenceOptions(createNormaliser({ groups: [] }));
    const list = documents(400, sequence(11));
    const index = openCompactIndex(buildCompactIndexData(list, options), options);
    const fresh = openCompactIndex(buildCompactIndexData(list, options), options);
    expect(index.search('wintr ferr').length).toBeGreaterThan(0);
    expect(index.search('wintr ferr', { fuzzy: undefined, prefix: undefined })).toEqual(fresh.search('wintr ferr', { fuzzy: undefined, prefix: undefined }));
  });
});

describe('compact indexes sharing one list of terms', () => {
  it('each searches as minisearch holding its own documents does, and knows its own words only', () => {
    const options = sentenceOptions(createNormaliser({ groups: [] }));
    const random = sequence(5);
    // Two indexes of different words, so the list holds terms one of them lacks.
    const first = documents(200, random).map((doc) => ({ ...doc, text: doc.text.replace(/ferr\w*/g, 'quill') }));
    const second = documents(300, random).map((doc) => ({ ...doc, text: `${doc.text} nora` }));
    const shared = shareTerms([buildCompactIndexData(first, options), buildCompactIndexData(second, options)]);
    expect(shared[0]?.terms).toBe(shared[1]?.terms);
    for (const [docs, data] of [[first, shared[0]], [second, shared[1]]] as const) {
      const built = new MiniSearch(options);
      built.addAll(docs);
      const compact = openCompactIndex(data as NonNullable<typeof data>, options);
      const alone = openCompactIndex(buildCompactIndexData(docs, options), options);
      for (const query of ['ferry winter', 'quil nora', 'nor', 'fery tolls', 'winters harbour', 'mil']) {
        expect(compact.search(query), query).toEqual(built.search(query));
        expect(compact.search(query, { limit: 3 }), query).toEqual(built.search(query).slice(0, 3));
      }
      for (const word of ['ferry', 'quill', 'nora']) expect(compact.has(word), word).toBe(alone.has(word));
      expect(compact.near('ferri', 2)).toEqual(alone.near('ferri', 2));
      expect(compact.nearSameStart('qill', 2)).toEqual(alone.nearSameStart('qill', 2));
    }
  });
});
