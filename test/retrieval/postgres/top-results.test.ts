import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { PostingsBuilder, PostingsCursor } from '../../../src/retrieval/postgres/postings-codec.js';
import { topSeqs, type BM25Params, type ScoredList, type TopWork } from '../../../src/retrieval/postgres/top-results.js';
import { pick, seeded, type Random } from './invented-documents.js';

const WORDS = ['ferry', 'toll', 'harbour', 'Kelvale', 'Ostby', 'budget', 'strike', 'grain'];
const BM25: BM25Params = { k: 1.2, b: 0.7, d: 0.5 };

interface Document {
  id: number;
  text: string;
}

/** Short documents of a few words, many alike, so that scores tie often. */
function documents(count: number): Document[] {
  const random = seeded(11);
  return Array.from({ length: count }, (_, id) => ({ id, text: Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, WORDS)).join(' ') }));
}

/** Words some in most documents, some in a few: common words' lists span many blocks, rare ones' a few postings. */
const SKEWED = ['ferry', 'the', 'toll', 'kelvale', 'harbour', 'ostby', 'budget', 'strike', 'grain', 'acme', 'freedonia', 'roe', 'varga', 'quill', 'nora', 'tolls', 'springfield', 'bridge', 'council', 'tariff'];

/** Words in one document of two hundred or so. */
const RARE = ['quarnet', 'brissel'];

/** Documents of 1 to 12 words drawn with a skew (the first words far more often), repeats included; a rare word now and then. */
function skewedDocuments(random: Random, count: number): Document[] {
  const word = () => SKEWED[Math.floor(SKEWED.length * random() ** 3)] as string;
  return Array.from({ length: count }, (_, at) => {
    const words = Array.from({ length: 1 + Math.floor(random() * 12) }, word);
    for (const rare of RARE) if (random() < 0.005) words.splice(Math.floor(random() * words.length), 0, rare);
    return { id: 3 * at + 1, text: words.join(' ') };
  });
}

/** Each word's list, as search-write.ts builds it (seq = the document's place). */
function listsOf(docs: readonly Document[]): Map<string, Uint8Array> {
  const builders = new Map<string, PostingsBuilder>();
  docs.forEach((doc, seq) => {
    const tokens = doc.text.toLowerCase().split(' ');
    const counts = new Map<string, number>();
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
    for (const [term, frequency] of counts) {
      let builder = builders.get(term);
      if (!builder) builders.set(term, (builder = new PostingsBuilder()));
      builder.add(seq, doc.id, frequency, counts.size);
    }
  });
  return new Map([...builders].map(([term, builder]) => [term, builder.data().slice()]));
}

/** minisearch over the documents, and topSeqs over their lists, answering in ids. */
function searchers(docs: readonly Document[]) {
  const minisearch = new MiniSearch({ fields: ['text'] });
  minisearch.addAll(docs);
  const lists = listsOf(docs);
  // minisearch's own average field length (a running average, not a sum divided, so its last bits differ):
  // scores then equal to the last bit, and ties are ties on both sides.
  const average = (minisearch as unknown as { _avgFieldLength: number[] })._avgFieldLength[0] as number;
  const top = (query: string, combineWith: 'or' | 'and', limit: number, params: BM25Params = BM25, work?: TopWork): number[] => {
    const terms = query.split(' ');
    const scored: ScoredList[] = terms.flatMap((term, spec) => {
      const data = lists.get(term);
      if (!data) return [];
      let matching = 0;
      const cursor = new PostingsCursor(data);
      while (cursor.next()) matching++;
      return [{ spec, data, factor: 1, matching, average }];
    });
    const distinct = [...new Set(terms)];
    const seqs = topSeqs({ lists: scored, termOf: terms.map((term) => distinct.indexOf(term)), combineWith, documentCount: docs.length, params, limit }, work) ?? [];
    return seqs.map((seq) => (docs[seq] as Document).id);
  };
  const expected = (query: string, combineWith: 'or' | 'and', limit: number, params: BM25Params = BM25): number[] =>
    minisearch.search(query, { combineWith, bm25: params }).slice(0, limit).map((result) => result.id as number);
  return { top, expected };
}

describe('topSeqs: the first results of exact-word searches, as minisearch orders them', () => {
  const { top, expected } = searchers(documents(300));
  for (const [query, combineWith] of [['ferry toll', 'or'], ['kelvale ostby budget', 'or'], ['strike grain', 'and'], ['toll toll harbour', 'or'], ['ferry harbour', 'and']] as const) {
    it(`"${query}" (${combineWith}): the same documents in the same order`, () => {
      for (const limit of [1, 7, 40, 1_000]) expect(top(query, combineWith, limit)).toEqual(expected(query, combineWith, limit));
    });
  }

  it('over lists of many blocks, common and rare words mixed, AND and OR, scores tying often', () => {
    const random = seeded(5);
    const { top: topOf, expected: expectedOf } = searchers(skewedDocuments(random, 6_000));
    const mismatches: string[] = [];
    for (let i = 0; i < 150; i++) {
      const query = Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(random, random() < 0.2 ? RARE : SKEWED)).join(' ');
      const combineWith = random() < 0.7 ? 'or' : 'and';
      const limit = pick(random, [1, 3, 10, 50, 200]);
      const params = pick(random, [BM25, BM25, { k: 2, b: 0, d: 0 }, { k: 0.5, b: 1, d: 1 }, { k: 0, b: 0.7, d: 0.5 }, { k: 1.2, b: 1.4, d: 0.5 }]);
      const want = expectedOf(query, combineWith, limit, params);
      const got = topOf(query, combineWith, limit, params);
      if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`"${query}" ${combineWith} ${limit} ${JSON.stringify(params)}: ${JSON.stringify(got.slice(0, 8))} != ${JSON.stringify(want.slice(0, 8))}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('reads few postings of a common word asked with a rare one: the first results cannot come from the common word alone', () => {
    const random = seeded(8);
    const docs = skewedDocuments(random, 6_000);
    const { top: topOf, expected: expectedOf } = searchers(docs);
    for (const [query, combineWith] of [['ferry quarnet', 'or'], ['the ferry brissel', 'or'], ['ferry quarnet', 'and']] as const) {
      const work: TopWork = { postings: 0, read: 0 };
      expect(topOf(query, combineWith, 10, BM25, work)).toEqual(expectedOf(query, combineWith, 10));
      expect(work.read).toBeLessThan(work.postings / 4);
    }
  });
});
