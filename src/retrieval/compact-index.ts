/**
 * A one-field full-text index that searches exactly as minisearch does
 * (the same derived terms, BM25+ scores to the bit, the same order, the
 * same `terms`, `queryTerms` and `match`), kept compact: the terms in
 * minisearch's own term tree (its public `SearchableMap`), each term's
 * postings in typed arrays. It is built as minisearch would build it
 * (`buildCompactIndexData`) and saved as a few arrays, so it opens in milliseconds and holds a fraction
 * of the memory; and a search asked for its first `limit` results scores
 * into arrays and makes result objects for those alone, where minisearch
 * makes one for every document a common word is in.
 */
import type { Options, SearchOptions, SearchResult } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { nearSameStart } from './vocabulary.js';

/** What a compact index is saved as. */
export interface CompactIndexData {
  field: string;
  documentCount: number;
  averageFieldLength: number;
  /** Each document's id, by its position (minisearch's short id). */
  ids: Int32Array;
  /** Each document's field length, in terms. */
  fieldLengths: Uint32Array;
  /**
   * minisearch's term tree, each term's value its number (the order of the
   * postings). The very tree, not one rebuilt from the terms: the order a
   * tree meets terms in (prefix and fuzzy matches) follows the order they
   * were added in, and results follow it.
   */
  tree: Map<string, unknown>;
  /** Where each term's postings start (terms + 1 entries). */
  termStarts: Uint32Array;
  postingDocs: Int32Array;
  postingFrequencies: Uint32Array;
}

export interface CompactSearchOptions extends Omit<SearchOptions, 'filter' | 'boostDocument' | 'fields'> {
  /** Only these document ids. */
  among?: ReadonlySet<number>;
  /** Only the first results, as minisearch would order them. */
  limit?: number;
  /** Searching one segment of a layered index (embedded/layered-coverage.ts): the statistics of all segments, and this one's documents replaced or removed. */
  segment?: SegmentView;
}

/**
 * A compact index as one segment of several: scores use the statistics of
 * them all, as one index holding every segment's documents would (documents
 * hidden in a segment still count, as deleted ones do in Lucene until a merge).
 */
export interface SegmentView {
  documentCount: number;
  averageFieldLength: number;
  /** How many documents of all segments hold the term. */
  frequency(term: string): number;
  /** Document ids of this segment that are no longer results. */
  hidden: ReadonlySet<number>;
}

export interface CompactIndex {
  readonly documentCount: number;
  search(query: string, options?: CompactSearchOptions): SearchResult[];
  /** How many documents hold the term. */
  frequency(term: string): number;
  /** The ids of the documents holding the term. */
  holders(term: string): number[];
  /** Whether the index holds the term; the terms within `distance` edits of one (with its first letter). */
  has(term: string): boolean;
  near(term: string, distance: number): string[];
  nearSameStart(term: string, distance: number): string[];
  data: CompactIndexData;
}

/** The nested maps of a term tree (SearchableMap keeps them as its `_tree`; read here only). */
function treeMapOf(tree: SearchableMap<number>): Map<string, unknown> {
  const maps = (tree as unknown as { _tree?: unknown })._tree;
  if (!(maps instanceof Map)) throw new Error('this minisearch keeps its term tree in a layout a compact index does not know');
  return maps as Map<string, unknown>;
}

/**
 * A compact index of documents built directly, as minisearch would index
 * them with `options` (the same terms met in the same order, so the same term
 * tree; the same field lengths and average), without building a minisearch
 * index first: a fraction of the memory and time.
 *
 * @example
 * const data = buildCompactIndexData(sentences.map(({ id, text }) => ({ id, text })), sentenceOptions(normaliser));
 */
export function buildCompactIndexData(documents: readonly { id: number; text: string }[], options: Options, field = 'text'): CompactIndexData {
  const tokenize = options.tokenize as (text: string, field: string) => string[];
  const processTerm = options.processTerm as (term: string, field: string) => string | string[] | null | undefined | false;
  const tree = new SearchableMap<number>();
  const docs: number[][] = [];
  const frequencies: number[][] = [];
  const ids = new Int32Array(documents.length);
  const fieldLengths = new Uint32Array(documents.length);
  let averageFieldLength = 0;
  documents.forEach((document, shortId) => {
    ids[shortId] = document.id;
    const tokens = tokenize(document.text, field);
    // minisearch's field length: the distinct tokens, before processing; its average a running one.
    const length = new Set(tokens).size;
    fieldLengths[shortId] = length;
    averageFieldLength = (averageFieldLength * shortId + length) / (shortId + 1);
    for (const token of tokens) {
      const processed = processTerm(token, field);
      for (const term of Array.isArray(processed) ? processed : processed ? [processed] : []) {
        let number = tree.get(term);
        if (number === undefined) {
          number = docs.length;
          tree.set(term, number);
          docs.push([]);
          frequencies.push([]);
        }
        const postings = docs[number] as number[];
        const counts = frequencies[number] as number[];
        if (postings[postings.length - 1] === shortId) counts[counts.length - 1] = (counts[counts.length - 1] ?? 0) + 1;
        else {
          postings.push(shortId);
          counts.push(1);
        }
      }
    }
  });
  const termStarts = new Uint32Array(docs.length + 1);
  docs.forEach((postings, number) => (termStarts[number + 1] = (termStarts[number] ?? 0) + postings.length));
  const postingDocs = new Int32Array(termStarts[docs.length] ?? 0);
  const postingFrequencies = new Uint32Array(postingDocs.length);
  docs.forEach((postings, number) => {
    postingDocs.set(postings, termStarts[number]);
    postingFrequencies.set(frequencies[number] as number[], termStarts[number]);
  });
  return { field, documentCount: documents.length, averageFieldLength, ids, fieldLengths, tree: treeMapOf(tree), termStarts, postingDocs, postingFrequencies };
}

/** A query term as minisearch expands it (its query spec). */
interface QuerySpec {
  term: string;
  fuzzy: number | boolean;
  prefix: boolean;
  termBoost: number;
}

/** A term the query term finds, with its weight. */
interface Derived {
  term: string;
  termNumber: number;
  weight: number;
}

const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const DEFAULT_BM25 = { k: 1.2, b: 0.7, d: 0.5 };


function specsOf(query: string, options: SearchOptions): QuerySpec[] {
  const tokenize = options.tokenize as (text: string) => string[];
  const processTerm = options.processTerm as (term: string) => string | string[] | null | undefined | false;
  const terms = tokenize(query).flatMap((token) => processTerm(token)).filter((term): term is string => !!term);
  return terms.map((term, i) => ({
    term,
    fuzzy: typeof options.fuzzy === 'function' ? options.fuzzy(term, i, terms) : options.fuzzy || false,
    prefix: typeof options.prefix === 'function' ? options.prefix(term, i, terms) : options.prefix === true,
    termBoost: typeof options.boostTerm === 'function' ? options.boostTerm(term, i, terms) : 1,
  }));
}

/** The terms a query spec finds, in minisearch's order: itself, prefix matches, then fuzzy ones that are not prefix matches. */
function derivedTerms(spec: QuerySpec, tree: SearchableMap<number>, options: SearchOptions): Derived[] {
  const { fuzzy: fuzzyWeight, prefix: prefixWeight } = { ...DEFAULT_WEIGHTS, ...options.weights };
  const derived: Derived[] = [];
  const exact = tree.get(spec.term);
  if (exact !== undefined) derived.push({ term: spec.term, termNumber: exact, weight: 1 });
  let fuzzyMatches: Map<string, [number, number]> | undefined;
  if (spec.fuzzy) {
    const fuzzy = spec.fuzzy === true ? 0.2 : spec.fuzzy;
    const maxDistance = fuzzy < 1 ? Math.min(options.maxFuzzy ?? 6, Math.round(spec.term.length * fuzzy)) : fuzzy;
    if (maxDistance) fuzzyMatches = tree.fuzzyGet(spec.term, maxDistance);
  }
  if (spec.prefix) {
    for (const [term, termNumber] of tree.atPrefix(spec.term)) {
      const distance = term.length - spec.term.length;
      if (!distance) continue;
      fuzzyMatches?.delete(term);
      derived.push({ term, termNumber, weight: (prefixWeight * term.length) / (term.length + 0.3 * distance) });
    }
  }
  for (const [term, [termNumber, distance]] of fuzzyMatches ?? []) {
    if (!distance) continue;
    derived.push({ term, termNumber, weight: (fuzzyWeight * term.length) / (term.length + distance) });
  }
  return derived;
}

/** How many query terms' derived terms an index keeps (then starts afresh): a few hundred questions' worth. */
const DERIVED_KEPT = 5_000;

/** How many searches an index keeps the results of: a few questions' worth. */
const RECENT_KEPT = 32;

/** The distinct query terms counted in a bit mask; any more are counted in a set. */
const MASK_BITS = 31;

/**
 * The first `count` documents in `before`'s order (score down, then as met), without sorting them all:
 * the `count`-th best score is found by selection, and only the documents at or above it are sorted,
 * so a common word's thousands of documents cost a pass or two, not a sort.
 */
export function firstByScore(docs: readonly number[], count: number, scores: Float64Array, before: (a: number, b: number) => number): number[] {
  if (count <= 0) return [];
  if (count >= docs.length) return [...docs].sort(before);
  const values = new Float64Array(docs.length);
  docs.forEach((doc, at) => (values[at] = scores[doc] ?? 0));
  const threshold = nthLargest(values, count);
  return docs.filter((doc) => (scores[doc] ?? 0) >= threshold).sort(before).slice(0, count);
}

/** The `n`-th largest of `values` (1-based), by quickselect; `values` is reordered. */
function nthLargest(values: Float64Array, n: number): number {
  const target = n - 1;
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1] as number;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = swap;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return values[target] as number;
  }
  return values[target] as number;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest; rest &= rest - 1) count++;
  return count;
}

/**
 * Opens a compact index; `options` are the minisearch options it was built with (tokenize, processTerm, searchOptions).
 *
 * @example
 * const index = openCompactIndex(buildCompactIndexData(sentences, sentenceOptions(normaliser)), sentenceOptions(normaliser));
 * index.search('ferry winter', { limit: 3 });
 */
export function openCompactIndex(data: CompactIndexData, options: Options): CompactIndex {
  // SearchableMap's constructor takes a tree (it makes its prefix views so).
  const tree = new (SearchableMap as unknown as new (tree: Map<string, unknown>) => SearchableMap<number>)(data.tree);
  const size = data.ids.length;
  // Scratch arrays, reused by every search (a search runs to its end before another starts).
  const total = new Float64Array(size);
  const partial = new Float64Array(size);
  const order = new Int32Array(size);
  const termMask = new Uint32Array(size);
  /** The spec (1-based) that last touched a document, 0 for none yet. */
  const lastSpec = new Uint16Array(size);
  const inTotal = new Uint8Array(size);
  const final = new Float64Array(size);

  // A question's words are looked up in several searches of one answer, and a typo's neighbours cost the most to find.
  const derivedKnown = new Map<string, Derived[]>();
  const derivedOnce = (spec: QuerySpec, effective: SearchOptions): Derived[] => {
    const key = JSON.stringify([spec.term, spec.fuzzy, spec.prefix, effective.maxFuzzy, effective.weights]);
    let derived = derivedKnown.get(key);
    if (!derived) {
      if (derivedKnown.size >= DERIVED_KEPT) derivedKnown.clear();
      derivedKnown.set(key, (derived = derivedTerms(spec, tree, effective)));
    }
    return derived;
  };

  const postingsHold = (termNumber: number, doc: number): boolean => {
    let low = data.termStarts[termNumber] ?? 0;
    let high = (data.termStarts[termNumber + 1] ?? 0) - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = data.postingDocs[middle] ?? 0;
      if (at === doc) return true;
      if (at < doc) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  };

  // An answer often asks the same search twice, for its first 200 results and then its first 3: the last searches are kept.
  const recent = new Map<string, { results: SearchResult[]; limit: number | undefined }>();
  function search(query: string, callOptions: CompactSearchOptions = {}): SearchResult[] {
    const { among, limit, segment, ...rest } = callOptions;
    // Searches within some documents, or with options that are functions (not comparable), are not kept. An option given as undefined overrides the index's default: it is in the key (as null).
    const key = among || segment || Object.values(rest).some((value) => typeof value === 'function') ? null : `${query}\u0000${JSON.stringify(Object.entries(rest))}`;
    const kept = key === null ? undefined : recent.get(key);
    if (kept && (kept.limit === undefined || (limit !== undefined && limit <= kept.limit))) return kept.results.slice(0, limit).map((result) => ({ ...result }));
    const results = searchAnew(query, callOptions);
    if (key !== null) {
      if (recent.size >= RECENT_KEPT) recent.delete(recent.keys().next().value as string);
      recent.set(key, { results: results.map((result) => ({ ...result })), limit });
    }
    return results;
  }

  function searchAnew(query: string, callOptions: CompactSearchOptions): SearchResult[] {
    const { among, limit, segment, ...rest } = callOptions;
    const effective: SearchOptions = { tokenize: options.tokenize, processTerm: options.processTerm, ...options.searchOptions, ...rest };
    const specs = specsOf(query, effective);
    if (specs.length === 0) return [];
    const distinct = [...new Set(specs.map((spec) => spec.term))];
    const combineWith = String(effective.combineWith ?? 'or').toLowerCase();
    if (combineWith !== 'or' && combineWith !== 'and') throw new Error(`a compact index combines with OR or AND, not ${combineWith}`);
    const and = combineWith === 'and';
    const boost = (effective.boost as Record<string, number> | undefined)?.[data.field] || 1;
    const { k, b, d } = (effective.bm25 ?? DEFAULT_BM25) as { k: number; b: number; d: number };
    const average = segment ? segment.averageFieldLength : data.averageFieldLength;
    const documentCount = segment ? segment.documentCount : data.documentCount;
    const derivedBySpec = specs.map((spec) => derivedOnce(spec, effective));
    const extraTerms = new Map<number, Set<number>>();
    const touchedBySpec: number[][] = [];
    let docs: number[] = [];
    let touches = 0;
    specs.forEach((spec, specIndex) => {
      const termIndex = distinct.indexOf(spec.term);
      const touched: number[] = [];
      touchedBySpec.push(touched);
      for (const { term, termNumber, weight } of derivedBySpec[specIndex] ?? []) {
        const start = data.termStarts[termNumber] as number;
        const end = data.termStarts[termNumber + 1] as number;
        const factor = weight * spec.termBoost * boost * 1;
        // minisearch's BM25+ (calcBM25Score), its terms in its order so the floats are the very same; the part that is one per term worked out once.
        const frequency = segment ? segment.frequency(term) : end - start;
        const invDocFreq = Math.log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5));
        for (let p = start; p < end; p++) {
          const doc = data.postingDocs[p] as number;
          const count = data.postingFrequencies[p] as number;
          const score = factor * (invDocFreq * (d + (count * (k + 1)) / (count + k * (1 - b + (b * (data.fieldLengths[doc] as number)) / average))));
          if (lastSpec[doc] === specIndex + 1) {
            partial[doc] = (partial[doc] ?? 0) + score;
            continue;
          }
          // The document's first posting in this spec: minisearch adds it to its results here.
          partial[doc] = score;
          lastSpec[doc] = specIndex + 1;
          touched.push(doc);
          if (and || !inTotal[doc]) order[doc] = touches++;
          if (termIndex < MASK_BITS) termMask[doc] = (termMask[doc] ?? 0) | (1 << termIndex);
          else extraTerms.set(doc, (extraTerms.get(doc) ?? new Set()).add(termIndex));
        }
      }
      if (!and || specIndex === 0) {
        for (const doc of touched) {
          total[doc] = inTotal[doc] ? (total[doc] ?? 0) + (partial[doc] ?? 0) : (partial[doc] ?? 0);
          if (!inTotal[doc]) {
            inTotal[doc] = 1;
            docs.push(doc);
          }
        }
        return;
      }
      // AND: only the documents of every spec so far, in this spec's order.
      const kept = touched.filter((doc) => inTotal[doc] === 1);
      for (const doc of kept) total[doc] = (total[doc] ?? 0) + (partial[doc] ?? 0);
      for (const doc of docs) inTotal[doc] = 0;
      for (const doc of kept) inTotal[doc] = 1;
      docs = kept;
    });
    const hidden = segment?.hidden;
    const chosen = docs.filter((doc) => (!among || among.has(data.ids[doc] ?? -1)) && !hidden?.has(data.ids[doc] ?? -1));
    for (const doc of chosen) final[doc] = (total[doc] ?? 0) * (bitCount(termMask[doc] ?? 0) + (extraTerms.get(doc)?.size ?? 0) || 1);
    // minisearch's order: the higher score first, and of equal scores the one it met first.
    const before = (a: number, b: number): number => (final[b] ?? 0) - (final[a] ?? 0) || (order[a] ?? 0) - (order[b] ?? 0);
    const shown = limit === undefined ? chosen.sort(before) : firstByScore(chosen, limit, final, before);
    const results = shown.map((doc) => resultOf(doc, final[doc] ?? 0, specs, derivedBySpec));
    // The scratch of every document touched is cleared for the next search: each spec's documents, once a spec.
    for (const list of touchedBySpec) {
      for (const doc of list) {
        termMask[doc] = 0;
        lastSpec[doc] = 0;
        inTotal[doc] = 0;
      }
    }
    return results;
  }

  /** A result as minisearch makes it: the query terms and the document's terms matched, in the order they were met. */
  function resultOf(doc: number, score: number, specs: readonly QuerySpec[], derivedBySpec: readonly Derived[][]): SearchResult {
    const queryTerms: string[] = [];
    const match: Record<string, string[]> = {};
    specs.forEach((spec, specIndex) => {
      for (const { term, termNumber } of derivedBySpec[specIndex] ?? []) {
        if (!postingsHold(termNumber, doc)) continue;
        if (!queryTerms.includes(spec.term)) queryTerms.push(spec.term);
        if (!Object.hasOwn(match, term)) match[term] = [data.field];
      }
    });
    return { id: data.ids[doc], score, terms: Object.keys(match), queryTerms, match };
  }

  return {
    documentCount: data.documentCount,
    search,
    frequency: (term) => {
      const number = tree.get(term);
      return number === undefined ? 0 : (data.termStarts[number + 1] ?? 0) - (data.termStarts[number] ?? 0);
    },
    holders: (term) => {
      const number = tree.get(term);
      if (number === undefined) return [];
      const postings = data.postingDocs.slice(data.termStarts[number] ?? 0, data.termStarts[number + 1] ?? 0);
      return [...postings].map((doc) => data.ids[doc] ?? -1);
    },
    has: (term) => tree.has(term),
    near: (term, distance) => [...tree.fuzzyGet(term, distance).keys()],
    nearSameStart: (term, distance) => nearSameStart(tree, term, distance),
    data,
  };
}
