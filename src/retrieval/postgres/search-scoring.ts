/**
 * minisearch's search (MiniSearch#search, 7.x) over rows fetched from
 * PostgreSQL: the same query terms, the same derived terms (exact, prefix,
 * fuzzy) in the same order with the same weights, BM25+ with the same
 * parameters, the same OR/AND combination and the same sort. Everything that
 * decides an order (a result's terms, tied results, the order floats are
 * added in) follows minisearch's own steps, so the output is the same to the
 * last bit but for the average field length (a sum divided here, a running
 * average there).
 */
import { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import { analysersOf } from './document-terms.js';
import { compareTreePaths, type TreePath } from './term-tree.js';

/** A query term as minisearch expands it (its QuerySpec). */
export interface QueryTerm {
  term: string;
  fuzzy: number | boolean;
  prefix: boolean;
  termBoost: number;
}

/** A term of the index, with what search needs of it. */
export interface IndexedTerm {
  term: string;
  /** Documents holding it, per field of the index. */
  frequencies: readonly number[];
  treePath: TreePath;
}

export interface DerivedTerm {
  term: string;
  weight: number;
}

/** One document holding a term in one field. */
export interface Posting {
  /** minisearch's short id: the order the document was added in. */
  seq: number;
  id: number;
  frequency: number;
  fieldLength: number;
}

export interface IndexStatistics {
  fields: readonly string[];
  documentCount: number;
  averageFieldLengths: readonly number[];
}

/** The postings of a term in a field (by field number), in `seq` order. */
export type PostingsOf = (term: string, field: number) => readonly Posting[];

interface RawResult {
  id: number;
  score: number;
  terms: string[];
  match: Record<string, string[]>;
}

type RawResults = Map<number, RawResult>;

const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const DEFAULT_BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** The search options in force: the index's defaults under the call's, as executeQuery merges them. */
export function effectiveSearchOptions(options: Options, searchOptions: SearchOptions): SearchOptions {
  const { tokenize, processTerm } = analysersOf(options);
  return {
    tokenize,
    processTerm,
    combineWith: 'or',
    prefix: false,
    fuzzy: false,
    maxFuzzy: 6,
    boost: {},
    weights: DEFAULT_WEIGHTS,
    bm25: DEFAULT_BM25,
    ...(options.searchOptions ?? {}),
    ...searchOptions,
  } as SearchOptions;
}

/** The query's terms (executeQuery and termToQuerySpec). */
export function queryTerms(query: string, effective: SearchOptions): QueryTerm[] {
  const tokenize = effective.tokenize as (text: string) => string[];
  const processTerm = effective.processTerm as (term: string) => string | string[] | null | undefined | false;
  const terms = tokenize(query)
    .flatMap((token) => processTerm(token))
    .filter((term): term is string => !!term);
  return terms.map((term, i) => ({
    term,
    fuzzy: typeof effective.fuzzy === 'function' ? effective.fuzzy(term, i, terms) : effective.fuzzy || false,
    prefix: typeof effective.prefix === 'function' ? effective.prefix(term, i, terms) : effective.prefix === true,
    termBoost: typeof effective.boostTerm === 'function' ? effective.boostTerm(term, i, terms) : 1,
  }));
}

/** The edit distance fuzzy search allows a query term (0: none). */
export function fuzzyDistance(query: QueryTerm, effective: SearchOptions): number {
  if (!query.fuzzy) return 0;
  const fuzzy = query.fuzzy === true ? 0.2 : query.fuzzy;
  return fuzzy < 1 ? Math.min(effective.maxFuzzy ?? 6, Math.round(query.term.length * fuzzy)) : fuzzy;
}

/**
 * The terms a query term finds, in the order minisearch scores them: the term
 * itself, prefix matches (reverse tree order), then fuzzy matches (tree
 * order) that are not prefix matches. `fuzzy` holds each fuzzy match's distance.
 */
export function derivedTerms(
  query: QueryTerm,
  effective: SearchOptions,
  exact: boolean,
  prefixMatches: readonly IndexedTerm[],
  fuzzyMatches: readonly (IndexedTerm & { distance: number })[],
): DerivedTerm[] {
  const { fuzzy: fuzzyWeight, prefix: prefixWeight } = { ...DEFAULT_WEIGHTS, ...effective.weights };
  const derived: DerivedTerm[] = exact ? [{ term: query.term, weight: 1 }] : [];
  const asPrefix = new Set<string>();
  for (const { term } of [...prefixMatches].sort((a, b) => compareTreePaths(b.treePath, a.treePath))) {
    const distance = term.length - query.term.length;
    if (!distance) continue;
    asPrefix.add(term);
    derived.push({ term, weight: (prefixWeight * term.length) / (term.length + 0.3 * distance) });
  }
  for (const { term, distance } of [...fuzzyMatches].sort((a, b) => compareTreePaths(a.treePath, b.treePath))) {
    if (!distance || asPrefix.has(term)) continue;
    derived.push({ term, weight: (fuzzyWeight * term.length) / (term.length + distance) });
  }
  return derived;
}

const getOwnProperty = <T>(object: Record<string, T> | undefined, property: string): T | undefined =>
  object && Object.prototype.hasOwnProperty.call(object, property) ? object[property] : undefined;

/** The fields a search scores, each with its boost, in minisearch's order. */
export function fieldBoosts(effective: SearchOptions, statistics: IndexStatistics): (readonly [string, number])[] {
  const fields = effective.fields ?? statistics.fields;
  return fields.map((field) => [field, getOwnProperty(effective.boost, field) || 1] as const);
}

export function bm25ParamsOf(effective: SearchOptions): { k: number; b: number; d: number } {
  return (effective.bm25 ?? DEFAULT_BM25) as { k: number; b: number; d: number };
}

/** minisearch's BM25+ (calcBM25Score). */
function bm25(frequency: number, matching: number, total: number, fieldLength: number, average: number, params: { k: number; b: number; d: number }): number {
  const { k, b, d } = params;
  const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return invDocFreq * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * fieldLength) / average)));
}

/** One query term's results (executeQuerySpec and termResults). */
export function queryTermResults(
  query: QueryTerm,
  derived: readonly DerivedTerm[],
  effective: SearchOptions,
  statistics: IndexStatistics,
  frequenciesOf: (term: string) => readonly number[] | undefined,
  postingsOf: PostingsOf,
): RawResults {
  const boosts = fieldBoosts(effective, statistics);
  const params = bm25ParamsOf(effective);
  const results: RawResults = new Map();
  for (const { term: derivedTerm, weight } of derived) {
    const frequencies = frequenciesOf(derivedTerm);
    if (!frequencies) continue;
    for (const [field, fieldBoost] of boosts) {
      const fieldId = statistics.fields.indexOf(field);
      const matching = fieldId < 0 ? 0 : (frequencies[fieldId] ?? 0);
      if (!matching) continue;
      const average = statistics.averageFieldLengths[fieldId] as number;
      for (const posting of postingsOf(derivedTerm, fieldId)) {
        const rawScore = bm25(posting.frequency, matching, statistics.documentCount, posting.fieldLength, average, params);
        const weightedScore = weight * query.termBoost * fieldBoost * 1 * rawScore;
        const result = results.get(posting.seq);
        if (result) {
          result.score += weightedScore;
          if (!result.terms.includes(query.term)) result.terms.push(query.term);
          const match = getOwnProperty(result.match, derivedTerm);
          if (match) match.push(field);
          else result.match[derivedTerm] = [field];
        } else {
          results.set(posting.seq, { id: posting.id, score: weightedScore, terms: [query.term], match: { [derivedTerm]: [field] } });
        }
      }
    }
  }
  return results;
}

function addUnique(target: string[], source: readonly string[]): void {
  for (const term of source) if (!target.includes(term)) target.push(term);
}

const combinators: Record<string, (a: RawResults, b: RawResults) => RawResults> = {
  or: (a, b) => {
    for (const [seq, result] of b) {
      const existing = a.get(seq);
      if (existing == null) {
        a.set(seq, result);
      } else {
        existing.score = existing.score + result.score;
        existing.match = Object.assign(existing.match, result.match);
        addUnique(existing.terms, result.terms);
      }
    }
    return a;
  },
  and: (a, b) => {
    const combined: RawResults = new Map();
    for (const [seq, result] of b) {
      const existing = a.get(seq);
      if (existing == null) continue;
      addUnique(existing.terms, result.terms);
      combined.set(seq, { id: existing.id, score: existing.score + result.score, terms: existing.terms, match: Object.assign(existing.match, result.match) });
    }
    return combined;
  },
  and_not: (a, b) => {
    for (const seq of b.keys()) a.delete(seq);
    return a;
  },
};

/** The query terms' results combined (combineResults), as minisearch's sorted SearchResults. */
export function combinedResults(perQueryTerm: readonly RawResults[], combineWith: string | undefined): SearchResult[] {
  let raw: RawResults = new Map();
  if (perQueryTerm.length > 0) {
    const combinator = combinators[(combineWith ?? 'or').toLowerCase()];
    if (!combinator) throw new Error(`Invalid combination operator: ${combineWith}`);
    raw = perQueryTerm.reduce(combinator);
  }
  const results: SearchResult[] = [];
  for (const { id, score, terms, match } of raw.values()) {
    const quality = terms.length || 1;
    results.push({ id, score: score * quality, terms: Object.keys(match), queryTerms: terms, match });
  }
  return results.sort((a, b) => b.score - a.score);
}
