/**
 * Full-text search in PostgreSQL that answers exactly as minisearch does for
 * the same documents, Options and query (see search-scoring.ts for the
 * scoring, search-write.ts for the tables it reads). Each query word's lists
 * come whole from search_postings; with `limit`, top-results.ts picks the
 * first results in plain arrays, passing over the common words' postings
 * that cannot change them, and only those become result objects.
 * `among` restricts the results to some documents, as a filter would, without
 * changing any score: their tsvectors are read instead (postings.ts).
 */
import type { Options, SearchOptions, SearchResult } from 'minisearch';
import { readPostings, type Postings } from './postings.js';
import { anyTermQuery } from './tsvector-text.js';
import { lookUpTerms, type Queryable } from './term-lookups.js';
import {
  combinedResults,
  derivedTerms,
  effectiveSearchOptions,
  fuzzyDistance,
  queryTermResults,
  fieldBoosts,
  bm25ParamsOf,
  queryTerms,
  type DerivedTerm,
  type QueryTerm,
  type IndexStatistics,
  type IndexedTerm,
  type Posting,
} from './search-scoring.js';
import type { HeldTerms } from './held-terms.js';
import type { ListCache } from './list-cache.js';
import { postingsOf, readTermLists, type TermLists } from './postings-read.js';
import { topSeqs, type ScoredList } from './top-results.js';

export type SearchIndexName = 'statements' | 'sentences' | 'speakers';

export type IndexSearchOptions = SearchOptions & {
  /** The index's vocabulary held in the process (held-terms.ts): terms derived there, the database asked for postings only. */
  held?: HeldTerms;
  /** Only these documents (by id) may be results; scores are those of the whole index. */
  among?: readonly number[];
  /** Only the first results: minisearch's results cut to this many (common terms then need not be read whole). */
  limit?: number;
  /** Where common words' lists are kept between searches (list-cache.ts). */
  cache?: ListCache;
};

export async function indexStatistics(client: Queryable, name: string): Promise<IndexStatistics | null> {
  const { rows } = await client.query<{ fields: string[]; document_count: number; field_length_sums: string[] }>(
    'SELECT fields, document_count, field_length_sums FROM search_indexes WHERE name = $1',
    [name],
  );
  const row = rows[0];
  if (!row) return null;
  const count = row.document_count;
  return {
    fields: row.fields,
    documentCount: count,
    averageFieldLengths: row.field_length_sums.map((sum) => (count === 0 ? 0 : Number(sum) / count)),
  };
}

/** What searchIndex has worked out before reading postings. */
interface Plan {
  name: SearchIndexName;
  statistics: IndexStatistics;
  effective: SearchOptions;
  specs: QueryTerm[];
  derived: DerivedTerm[][];
  known: Map<string, IndexedTerm>;
  among: readonly number[] | undefined;
}

function scored(plan: Plan, postings: (term: string, field: number) => readonly Posting[]): SearchResult[] {
  const perSpec = plan.specs.map((spec, at) =>
    queryTermResults(spec, plan.derived[at] ?? [], plan.effective, plan.statistics, (term) => plan.known.get(term)?.frequencies, postings),
  );
  return combinedResults(perSpec, plan.effective.combineWith);
}

const fromPostings =
  (...maps: Postings[]) =>
  (term: string, field: number): readonly Posting[] => {
    for (const map of maps) {
      const found = map.get(term);
      if (found) return found[field] ?? [];
    }
    return [];
  };

function termsOf(derived: readonly DerivedTerm[][]): string[] {
  return [...new Set(derived.flatMap((list) => list.map((d) => d.term)))];
}

/** The lists topSeqs scores, in minisearch's order: query term, derived term, field. */
function scoredLists(plan: Plan, lists: TermLists): ScoredList[] {
  const boosts = fieldBoosts(plan.effective, plan.statistics);
  const scoredLists: ScoredList[] = [];
  plan.specs.forEach((spec, at) => {
    for (const { term, weight } of plan.derived[at] ?? []) {
      const frequencies = plan.known.get(term)?.frequencies;
      if (!frequencies) continue;
      for (const [field, fieldBoost] of boosts) {
        const fieldId = plan.statistics.fields.indexOf(field);
        const matching = fieldId < 0 ? 0 : (frequencies[fieldId] ?? 0);
        const data = lists.get(term)?.[fieldId];
        if (!matching || !data) continue;
        const average = plan.statistics.averageFieldLengths[fieldId] as number;
        scoredLists.push({ spec: at, data, factor: weight * spec.termBoost * fieldBoost * 1, matching, average });
      }
    }
  });
  return scoredLists;
}

/**
 * The first `limit` results, the documents chosen by topSeqs from plain
 * arrays, then only those scored into results; null when topSeqs declines.
 */
function topResults(plan: Plan, lists: TermLists, combineWith: 'or' | 'and', limit: number): SearchResult[] | null {
  const distinct = [...new Set(plan.specs.map((spec) => spec.term))];
  const seqs = topSeqs({
    lists: scoredLists(plan, lists),
    termOf: plan.specs.map((spec) => distinct.indexOf(spec.term)),
    combineWith,
    documentCount: plan.statistics.documentCount,
    params: bm25ParamsOf(plan.effective),
    limit,
  });
  if (!seqs) return null;
  // The kept documents' postings only, found by skipping the lists' other blocks.
  return scored(plan, fromPostings(postingsOf(lists, plan.statistics.fields.length, [...seqs].sort((a, b) => a - b)))).slice(0, limit);
}

/**
 * The index's search, as `new MiniSearch(options)` holding the same
 * documents would answer `query`; with `limit`, its first `limit` results.
 */
export async function searchIndex(
  client: Queryable,
  name: SearchIndexName,
  query: string,
  options: Options,
  searchOptions: IndexSearchOptions = {},
): Promise<SearchResult[]> {
  const { among, limit, held, cache, ...rest } = searchOptions;
  if (rest.boostDocument) throw new Error('searchIndex: boostDocument is not supported');
  const statistics = held ? held.statistics : await indexStatistics(client, name);
  const effective = effectiveSearchOptions(options, rest);
  const specs = queryTerms(query, effective);
  if (specs.length === 0) return [];
  const finish = (results: SearchResult[]): SearchResult[] => {
    const kept = rest.filter ? results.filter(rest.filter) : results;
    return limit === undefined ? kept : kept.slice(0, limit);
  };
  if (!statistics) return finish(combinedResults(specs.map(() => new Map()), effective.combineWith));
  const distances = specs.map((spec) => fuzzyDistance(spec, effective));
  const near = specs.flatMap((spec, at) => ((distances[at] as number) > 0 ? [{ term: spec.term, distance: distances[at] as number }] : []));
  const requests = {
    exact: specs.map((spec) => spec.term),
    prefixes: [...new Set(specs.filter((spec) => spec.prefix).map((spec) => spec.term))],
    near,
  };
  const answers = held ? held.lookUp(requests) : await lookUpTerms(client, name, requests);
  const known = new Map<string, IndexedTerm>(answers.exact);
  const derived: DerivedTerm[][] = [];
  let nearAt = 0;
  for (const [at, spec] of specs.entries()) {
    const prefixed = spec.prefix ? (answers.prefixed.get(spec.term) ?? []) : [];
    const nearby = (distances[at] as number) > 0 ? (answers.near[nearAt++] ?? []) : [];
    for (const term of [...prefixed, ...nearby]) known.set(term.term, term);
    derived.push(derivedTerms(spec, effective, answers.exact.has(spec.term), prefixed, nearby));
  }
  const plan: Plan = { name, statistics, effective, specs, derived, known, among };
  const combineWith = (effective.combineWith ?? 'or').toLowerCase();
  if (combineWith === 'and' && derived.some((list) => list.length === 0)) return [];
  if (among) {
    // A few documents: their tsvectors, by primary key, hold every posting they need.
    const fieldCount = statistics.fields.length;
    const documents = combineWith === 'and' ? derived.map((list) => `(${anyTermQuery(list.map((d) => d.term))})`).join(' & ') : anyTermQuery(termsOf(derived));
    return finish(scored(plan, fromPostings(await readPostings(client, name, documents, termsOf(derived), fieldCount, among))));
  }
  const lists = await readTermLists(client, name, termsOf(derived), cache);
  if ((combineWith === 'or' || combineWith === 'and') && limit !== undefined && !rest.filter) {
    const top = topResults(plan, lists, combineWith, limit);
    if (top) return top;
  }
  return finish(scored(plan, fromPostings(postingsOf(lists, statistics.fields.length))));
}
