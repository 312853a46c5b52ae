import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { PostingsBuilder, PostingsCursor } from '../../../src/retrieval/postgres/postings-codec.js';
import { topSeqs, type ScoredList } from '../../../src/retrieval/postgres/top-results.js';
import { pick, seeded } from './invented-documents.js';

const WORDS = ['ferry', 'toll', 'harbour', 'Kelvale', 'Ostby', 'budget', 'strike', 'grain'];

/** Short documents of a few words, many alike, so that scores tie often. */
function documents(count: number): { id: number; text: string }[] {
  const random = seeded(11);
  return Array.from({ length: count }, (_, id) => ({ id, text: Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, WORDS)).join(' ') }));
}

/** Each word's list, as search-write.ts builds it (seq = id here). */
function listsOf(docs: readonly { id: number; text: string }[]): Map<string, Uint8Array> {
  const builders = new Map<string, PostingsBuilder>();
  for (const doc of docs) {
    const tokens = doc.text.toLowerCase().split(' ');
    const counts = new Map<string, number>();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    for (const [term, frequency] of counts) {
      let builder = builders.get(term);
      if (!builder) builders.set(term, (builder = new PostingsBuilder()));
      builder.add(doc.id, doc.id, frequency, new Set(tokens).size);
    }
  }
  return new Map([...builders].map(([term, builder]) => [term, builder.data().slice()]));
}

describe('topSeqs: the first results of exact-word searches, as minisearch orders them', () => {
  const docs = documents(300);
  const minisearch = new MiniSearch({ fields: ['text'] });
  minisearch.addAll(docs);
  const lists = listsOf(docs);
  const totalLength = docs.reduce((sum, doc) => sum + new Set(doc.text.toLowerCase().split(' ')).size, 0);
  const request = (query: string, combineWith: 'or' | 'and', limit: number, window?: number) => {
    const terms = query.split(' ');
    const scored: ScoredList[] = terms.map((term, spec) => {
      const data = lists.get(term) as Uint8Array;
      let matching = 0;
      const cursor = new PostingsCursor(data);
      while (cursor.next()) matching++;
      return { spec, data, factor: 1, matching, average: totalLength / docs.length };
    });
    const distinct = [...new Set(terms)];
    return topSeqs({ lists: scored, termOf: terms.map((term) => distinct.indexOf(term)), combineWith, documentCount: docs.length, params: { k: 1.2, b: 0.7, d: 0.5 }, limit, ...(window ? { window } : {}) });
  };

  for (const [query, combineWith] of [['ferry toll', 'or'], ['kelvale ostby budget', 'or'], ['strike grain', 'and'], ['toll toll harbour', 'or'], ['ferry harbour', 'and']] as const) {
    it(`"${query}" (${combineWith}): the same documents in the same order, whatever the window`, () => {
      const expected = minisearch.search(query, { combineWith }).map((result) => result.id as number);
      for (const limit of [1, 7, 40, 1_000]) {
        for (const window of [undefined, 1, 3, 64]) expect(request(query, combineWith, limit, window)).toEqual(expected.slice(0, limit));
      }
    });
  }
});
