/**
 * A one-field full-text index that searches exactly as minisearch does
 * (the same derived terms, BM25+ scores to the bit, the same order, the
 * same `terms`, `queryTerms` and `match`), kept compact: the terms sorted in
 * flat arrays (sorted-terms.ts, which several indexes may share), each with
 * its place in minisearch's term tree, and each term's postings in typed
 * arrays. It is built as minisearch would build it
 * (`buildCompactIndexData`) and saved as a few arrays, so it opens in milliseconds and holds a fraction
 * of the memory; and a search asked for its first `limit` results scores
 * into arrays and makes result objects for those alone, where minisearch
 * makes one for every document a common word is in.
 */
import type { Options, SearchOptions, SearchResult } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { SortedTerms } from './sorted-terms.js';

/** What a compact index is saved as. */
export interface CompactIndexData {
  field: string;
  documentCount: number;
  averageFieldLength: number;
  /** Each document's id, by its position (minisearch's short id). */
  ids: Int32Array;
  /** Each document's field length, in terms. */
  fieldLengths: Uint32Array;
  /** The terms, sorted: this index's, or those of several indexes together (`shareTerms`). */
  terms: SortedTerms;
  /** For each of `terms`, its number here (the order of the postings); -1 for a term this index does not hold. */
  termNumbers: Int32Array;
  /**
   * For each of `terms` this index holds, its place in the order minisearch's term tree meets it: fuzzy matches
   * come in that order and prefix matches in the reverse, and results follow it. That order follows the order
   * terms were added in (not the alphabet), so it is read from the very tree minisearch would build.
   */
  termRanks: Uint32Array;
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

/** The terms of minisearch's term tree (nested maps, a term's value under the key "") and their values, in the order its fuzzy look-up meets them. */
function inTreeOrder(node: Map<string, unknown>, prefix = '', into: [string, number][] = []): [string, number][] {
  for (const [key, value] of node) {
    if (key === '') into.push([prefix, value as number]);
    else inTreeOrder(value as Map<string, unknown>, prefix + key, into);
  }
  return into;
}

/**
 * The terms of a term tree whose values are term numbers, as a compact index holds them: sorted, with their
 * numbers and their places in the tree's order.
 *
 * @example
 * const { terms, termNumbers, termRanks } = termsOfTree(treeMapOf(tree));
 */
export function termsOfTree(tree: Map<string, unknown>): Pick<CompactIndexData, 'terms' | 'termNumbers' | 'termRanks'> {
  const ordered = inTreeOrder(tree);
  const terms = SortedTerms.of(ordered.map(([term]) => term));
  const termNumbers = new Int32Array(terms.size);
  const termRanks = new Uint32Array(terms.size);
  ordered.forEach(([term, number], rank) => {
    const at = terms.find(term);
    termNumbers[at] = number;
    termRanks[at] = rank;
  });
  return { terms, termNumbers, termRanks };
}

/**
 * Indexes holding their terms in one sorted list, the union of theirs: a word's typo neighbours are then looked
 * up once for them all (the list remembers its look-ups), and each word is held once.
 *
 * @example
 * const [statements, sentences] = shareTerms([statementData, sentenceData]);
 */
export function shareTerms(indexes: readonly CompactIndexData[]): CompactIndexData[] {
  const terms = SortedTerms.of(indexes.flatMap((index) => Array.from({ length: index.terms.size }, (_, at) => index.terms.termAt(at))));
  return indexes.map((index) => {
    const termNumbers = new Int32Array(terms.size).fill(-1);
    const termRanks = new Uint32Array(terms.size);
    for (let at = 0; at < index.terms.size; at++) {
      const shared = terms.find(index.terms.termAt(at));
      termNumbers[shared] = index.termNumbers[at] as number;
      termRanks[shared] = index.termRanks[at] as number;
    }
    return { ...index, terms, termNumbers, termRanks };
  });
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
  return { field, documentCount: documents.length, averageFieldLength, ids, fieldLengths, ...termsOfTree(treeMapOf(tree)), termStarts, postingDocs, postingFrequencies };
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

/** The terms of an index, as a compact index holds them. */
type IndexTerms = Pick<CompactIndexData, 'terms' | 'termNumbers' | 'termRanks'>;

/** The places among `places` of the terms an index holds, in the order minisearch's tree meets them (reversed: in the order it lists a prefix's). */
function heldInTreeOrder({ termNumbers, termRanks }: IndexTerms, places: ArrayLike<number>, reversed = false): number[] {
  const held: number[] = [];
  for (let i = 0; i < places.length; i++) if ((termNumbers[places[i] as number] as number) >= 0) held.push(places[i] as number);
  return held.sort((a, b) => (reversed ? -1 : 1) * ((termRanks[a] as number) - (termRanks[b] as number)));
}

/** The terms a query spec finds, in minisearch's order: itself, prefix matches, then fuzzy ones that are not prefix matches. */
function derivedTerms(spec: QuerySpec, index: IndexTerms, options: SearchOptions): Derived[] {
  const { fuzzy: fuzzyWeight, prefix: prefixWeight } = { ...DEFAULT_WEIGHTS, ...options.weights };
  const { terms, termNumbers } = index;
  const derived: Derived[] = [];
  const exact = terms.find(spec.term);
  if (exact >= 0 && (termNumbers[exact] as number) >= 0) derived.push({ term: spec.term, termNumber: termNumbers[exact] as number, weight: 1 });
  // The prefix matches are the terms from `from` to `to` in the sorted list: a fuzzy match among them counts as a prefix match.
  let [from, to] = [0, 0];
  if (spec.prefix) {
    [from, to] = terms.prefixRange(spec.term);
    const places = new Int32Array(to - from);
    for (let at = from; at < to; at++) places[at - from] = at;
    for (const at of heldInTreeOrder(index, places, true)) {
      const length = terms.lengthAt(at);
      const distance = length - spec.term.length;
      if (!distance) continue;
      derived.push({ term: terms.termAt(at), termNumber: termNumbers[at] as number, weight: (prefixWeight * length) / (length + 0.3 * distance) });
    }
  }
  if (spec.fuzzy) {
    const fuzzy = spec.fuzzy === true ? 0.2 : spec.fuzzy;
    const maxDistance = fuzzy < 1 ? Math.min(options.maxFuzzy ?? 6, Math.round(spec.term.length * fuzzy)) : fuzzy;
    if (maxDistance) {
      const { places, distances } = terms.near(spec.term, maxDistance);
      const distanceAt = new Map<number, number>();
      places.forEach((at, i) => {
        if (distances[i] && !(at >= from && at < to)) distanceAt.set(at, distances[i] as number);
      });
      for (const at of heldInTreeOrder(index, [...distanceAt.keys()])) {
        const length = terms.lengthAt(at);
        derived.push({ term: terms.termAt(at), termNumber: termNumbers[at] as number, weight: (fuzzyWeight * length) / (length + (distanceAt.get(at) as number)) });
      }
    }
  }
  return derived;
}

/** The terms an index holds among `near` (places in its sorted list), in its tree's order. */
function heldTerms(index: IndexTerms, near: { places: Int32Array }): string[] {
  return heldInTreeOrder(index, near.places).map((at) => index.terms.termAt(at));
}

/** How many query terms' derived terms an index keeps (then starts afresh): a few hundred questions' worth. */
const DERIVED_KEPT = 5_000;

/**
 * How many searches an index keeps the results of: those of the answer being made. Results kept longer outlive
 * the young generation and are copied to the old one, which grows the heap, for searches seldom asked again
 * later (of 1,347 searches made by the 1,000 Reuters bench questions, 13 were asked again within 4 searches).
 */
const RECENT_KEPT = 4;

/** The distinct query terms counted in a bit mask; any more are counted in a set. */
const MASK_BITS = 31;

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

/** The bits set in a 32-bit mask. */
function bitCount(mask: number): number {
  let rest = mask - ((mask >>> 1) & 0x55555555);
  rest = (rest & 0x33333333) + ((rest >>> 2) & 0x33333333);
  return (((rest + (rest >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Whether binary searches of a term's postings for each of `results` documents cost less than reading them all. */
const searchedSooner = (postings: number, results: number): boolean => results * (Math.log2(postings + 1) + 1) * 2 < postings;

/**
 * Opens a compact index; `options` are the minisearch options it was built with (tokenize, processTerm, searchOptions).
 *
 * @example
 * const index = openCompactIndex(buildCompactIndexData(sentences, sentenceOptions(normaliser)), sentenceOptions(normaliser));
 * index.search('ferry winter', { limit: 3 });
 */
export function openCompactIndex(data: CompactIndexData, options: Options): CompactIndex {
  const { terms, termNumbers } = data;
  /** The term's number in this index, or -1. */
  const numberOf = (term: string): number => {
    const at = terms.find(term);
    return at < 0 ? -1 : (termNumbers[at] as number);
  };
  const size = data.ids.length;
  // Scratch arrays, reused by every search (a search runs to its end before another starts): a search of a common
  // word touches thousands of documents, and lists of them made anew each time would be garbage to collect.
  const total = new Float64Array(size);
  const partial = new Float64Array(size);
  const order = new Int32Array(size);
  const termMask = new Uint32Array(size);
  /** The spec (1-based) touching a document, 0 for none. */
  const lastSpec = new Uint16Array(size);
  const inTotal = new Uint8Array(size);
  const final = new Float64Array(size);
  /** The documents of the results so far, and those the spec being scored touched (then those chosen). */
  const docs = new Int32Array(size);
  const touched = new Int32Array(size);
  /** Each result's place (1-based) while its terms are gathered. */
  const resultAt = new Int32Array(size);
  const values = new Float64Array(size);
  /** Each document's length part of BM25 (`k * (1 - b + b * length / average)`), for the last parameters asked. */
  let lengthParts = { key: '', parts: new Float64Array(0) };
  const lengthPartsOf = (k: number, b: number, average: number): Float64Array => {
    const key = `${k} ${b} ${average}`;
    if (lengthParts.key !== key) {
      const parts = new Float64Array(size);
      for (let doc = 0; doc < size; doc++) parts[doc] = k * (1 - b + (b * (data.fieldLengths[doc] as number)) / average);
      lengthParts = { key, parts };
    }
    return lengthParts.parts;
  };

  // A question's words are looked up in several searches of one answer, and a typo's neighbours cost the most to find.
  const derivedKnown = new Map<string, Derived[]>();
  const derivedOnce = (spec: QuerySpec, effective: SearchOptions): Derived[] => {
    const key = JSON.stringify([spec.term, spec.fuzzy, spec.prefix, effective.maxFuzzy, effective.weights]);
    let derived = derivedKnown.get(key);
    if (!derived) {
      if (derivedKnown.size >= DERIVED_KEPT) derivedKnown.clear();
      derivedKnown.set(key, (derived = derivedTerms(spec, data, effective)));
    }
    return derived;
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
    const { postingDocs, postingFrequencies, termStarts } = data;
    const parts = lengthPartsOf(k, b, average);
    let docCount = 0;
    let touches = 0;
    specs.forEach((spec, specIndex) => {
      const termIndex = distinct.indexOf(spec.term);
      const specNumber = specIndex + 1;
      let touchedCount = 0;
      for (const { term, termNumber, weight } of derivedBySpec[specIndex] ?? []) {
        const start = termStarts[termNumber] as number;
        const end = termStarts[termNumber + 1] as number;
        const factor = weight * spec.termBoost * boost * 1;
        // minisearch's BM25+ (calcBM25Score), its terms in its order so the floats are the very same; the part that is one per term worked out once.
        const frequency = segment ? segment.frequency(term) : end - start;
        const invDocFreq = Math.log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5));
        for (let p = start; p < end; p++) {
          const doc = postingDocs[p] as number;
          const count = postingFrequencies[p] as number;
          // The length part worked out once per document: the very operations, so the very same float.
          const score = factor * (invDocFreq * (d + (count * (k + 1)) / (count + (parts[doc] as number))));
          if (lastSpec[doc] === specNumber) {
            partial[doc] = (partial[doc] as number) + score;
            continue;
          }
          // The document's first posting in this spec: minisearch adds it to its results here.
          partial[doc] = score;
          lastSpec[doc] = specNumber;
          touched[touchedCount++] = doc;
          if (and || !inTotal[doc]) order[doc] = touches++;
          if (termIndex < MASK_BITS) termMask[doc] = (termMask[doc] as number) | (1 << termIndex);
          else extraTerms.set(doc, (extraTerms.get(doc) ?? new Set()).add(termIndex));
        }
      }
      for (let i = 0; i < touchedCount; i++) lastSpec[touched[i] as number] = 0;
      if (!and || specIndex === 0) {
        for (let i = 0; i < touchedCount; i++) {
          const doc = touched[i] as number;
          if (inTotal[doc]) total[doc] = (total[doc] as number) + (partial[doc] as number);
          else {
            total[doc] = partial[doc] as number;
            inTotal[doc] = 1;
            docs[docCount++] = doc;
          }
        }
        return;
      }
      // AND: only the documents of every spec so far, in this spec's order; the others' scratch cleared.
      let keptCount = 0;
      for (let i = 0; i < touchedCount; i++) {
        const doc = touched[i] as number;
        if (inTotal[doc] === 1) {
          total[doc] = (total[doc] as number) + (partial[doc] as number);
          touched[keptCount++] = doc;
        } else termMask[doc] = 0;
      }
      for (let i = 0; i < docCount; i++) inTotal[docs[i] as number] = 0;
      for (let i = 0; i < keptCount; i++) inTotal[touched[i] as number] = 1;
      for (let i = 0; i < docCount; i++) if (!inTotal[docs[i] as number]) termMask[docs[i] as number] = 0;
      docs.set(touched.subarray(0, keptCount));
      docCount = keptCount;
    });
    const hidden = segment?.hidden;
    let chosenCount = 0;
    const chosen = touched;
    const filtered = among !== undefined || (hidden !== undefined && hidden.size > 0);
    for (let i = 0; i < docCount; i++) {
      const doc = docs[i] as number;
      if (filtered && ((among && !among.has(data.ids[doc] as number)) || hidden?.has(data.ids[doc] as number))) continue;
      chosen[chosenCount++] = doc;
      const extra = extraTerms.size === 0 ? 0 : (extraTerms.get(doc)?.size ?? 0);
      final[doc] = (total[doc] as number) * (bitCount(termMask[doc] as number) + extra || 1);
    }
    const shown = firstChosen(chosen.subarray(0, chosenCount), limit);
    const results = resultsOf(shown, specs, derivedBySpec);
    // The scratch of every document in the results so far is cleared for the next search (the others' already is).
    for (let i = 0; i < docCount; i++) {
      const doc = docs[i] as number;
      termMask[doc] = 0;
      inTotal[doc] = 0;
    }
    return results;
  }

  /** minisearch's order: the higher score first, and of equal scores the one it met first. */
  const before = (a: number, b: number): number => (final[b] as number) - (final[a] as number) || (order[a] as number) - (order[b] as number);

  /**
   * The first `limit` of the chosen documents in minisearch's order, without sorting them all: the `limit`-th best
   * score is found by selection, and only the documents at or above it are sorted, so a common word's thousands of
   * documents cost a pass or two, not a sort.
   */
  function firstChosen(chosen: Int32Array, limit: number | undefined): number[] {
    if (limit === undefined || limit >= chosen.length) return Array.from(chosen).sort(before);
    if (limit <= 0) return [];
    const scores = values.subarray(0, chosen.length);
    for (let i = 0; i < chosen.length; i++) scores[i] = final[chosen[i] as number] as number;
    const threshold = nthLargest(scores, limit);
    const above: number[] = [];
    for (let i = 0; i < chosen.length; i++) if ((final[chosen[i] as number] as number) >= threshold) above.push(chosen[i] as number);
    return above.sort(before).slice(0, limit);
  }

  /**
   * The results as minisearch makes them: each with the query terms and the document's terms matched, in the
   * order they were met (spec by spec, each spec's terms in order). A term's postings are read through once for
   * all the results, or searched for each when they are many more than the results.
   */
  function resultsOf(shown: readonly number[], specs: readonly QuerySpec[], derivedBySpec: readonly Derived[][]): SearchResult[] {
    const queryTerms: string[][] = shown.map(() => []);
    // Without a prototype, an object starts as a dictionary: a result's terms as keys make no hidden class each.
    const matches: Record<string, string[]>[] = shown.map(() => Object.create(null) as Record<string, string[]>);
    shown.forEach((doc, place) => (resultAt[doc] = place + 1));
    const matched = (place: number, spec: QuerySpec, term: string): void => {
      const asked = queryTerms[place] as string[];
      const match = matches[place] as Record<string, string[]>;
      if (!asked.includes(spec.term)) asked.push(spec.term);
      if (!Object.hasOwn(match, term)) match[term] = [data.field];
    };
    specs.forEach((spec, specIndex) => {
      for (const { term, termNumber } of derivedBySpec[specIndex] ?? []) {
        const start = data.termStarts[termNumber] as number;
        const end = data.termStarts[termNumber + 1] as number;
        if (searchedSooner(end - start, shown.length)) {
          shown.forEach((doc, place) => {
            if (postingsHold(start, end, doc)) matched(place, spec, term);
          });
          continue;
        }
        for (let p = start; p < end; p++) {
          const place = resultAt[data.postingDocs[p] as number] as number;
          if (place > 0) matched(place - 1, spec, term);
        }
      }
    });
    for (const doc of shown) resultAt[doc] = 0;
    return shown.map((doc, place) => {
      const match = matches[place] as Record<string, string[]>;
      return { id: data.ids[doc] as number, score: final[doc] as number, terms: Object.keys(match), queryTerms: queryTerms[place] as string[], match };
    });
  }

  /** Whether the postings from `start` to `end` hold the document. */
  const postingsHold = (start: number, end: number, doc: number): boolean => {
    let low = start;
    let high = end - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = data.postingDocs[middle] as number;
      if (at === doc) return true;
      if (at < doc) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  };

  return {
    documentCount: data.documentCount,
    search,
    frequency: (term) => {
      const number = numberOf(term);
      return number < 0 ? 0 : (data.termStarts[number + 1] ?? 0) - (data.termStarts[number] ?? 0);
    },
    holders: (term) => {
      const number = numberOf(term);
      if (number < 0) return [];
      const postings = data.postingDocs.slice(data.termStarts[number] ?? 0, data.termStarts[number + 1] ?? 0);
      return [...postings].map((doc) => data.ids[doc] ?? -1);
    },
    has: (term) => numberOf(term) >= 0,
    near: (term, distance) => heldTerms(data, terms.near(term, distance)),
    // A typo keeps its first letter: the terms with it are those from one place to another of the sorted list.
    nearSameStart: (term, distance) => (term === '' ? [] : heldTerms(data, terms.near(term, distance, ...terms.prefixRange(term.charAt(0))))),
    data,
  };
}
