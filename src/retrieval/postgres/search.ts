/**
 * Full-text search in PostgreSQL that answers exactly as minisearch does for
 * the same documents, Options and query (see search-scoring.ts for the
 * scoring, search-write.ts for the tables it reads). `among` restricts the
 * results to some documents, as a filter would, without changing any score.
 */
import type { Options, SearchOptions, SearchResult } from 'minisearch';
import { readPostings, type Postings } from './postings.js';
import { anyTermQuery } from './tsvector-text.js';
import { exactTerms, nearbyTerms, prefixTerms, type Queryable } from './term-lookups.js';
import {
  combinedResults,
  derivedTerms,
  effectiveSearchOptions,
  fuzzyDistance,
  queryTermResults,
  queryTermCeiling,
  queryTerms,
  type DerivedTerm,
  type QueryTerm,
  type IndexStatistics,
  type IndexedTerm,
  type Posting,
} from './search-scoring.js';
import { compareTreePaths } from './term-tree.js';

export type SearchIndexName = 'statements' | 'sentences' | 'speakers';

export type IndexSearchOptions = SearchOptions & {
  /** Only these documents (by id) may be results; scores are those of the whole index. */
  among?: readonly number[];
  /** Only the first results: minisearch's results cut to this many (common terms then need not be read whole). */
  limit?: number;
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

/**
 * The first `limit` results of an OR search without reading every posting
 * of common terms. Query terms are read whole from the rarest up; the
 * documents found so far (candidates) are scored exactly, the other terms
 * read for them alone. A document that is no candidate holds none of the
 * terms read whole, so it scores at most the other terms' ceilings times
 * their number (the quality factor); once the candidates' limit-th score is
 * above that, no other document can enter, and the candidates' order is
 * minisearch's (scores and ties alike). Null when no ceiling can be had.
 */
async function topOrResults(client: Queryable, plan: Plan, limit: number): Promise<SearchResult[] | null> {
  const frequenciesOf = (term: string) => plan.known.get(term)?.frequencies;
  const ceilings = plan.specs.map((spec, at) => queryTermCeiling(spec, plan.derived[at] ?? [], plan.effective, plan.statistics, frequenciesOf));
  if (ceilings.some((ceiling) => ceiling === null)) return null;
  const cost = (at: number) => (plan.derived[at] ?? []).reduce((sum, d) => sum + (frequenciesOf(d.term) ?? []).reduce((a, b) => a + b, 0), 0);
  const order = plan.specs.map((_, at) => at).sort((a, b) => cost(a) - cost(b));
  const fieldCount = plan.statistics.fields.length;
  const whole: Postings = new Map();
  for (let read = 1; read <= order.length; read++) {
    const unread = order.slice(read);
    const wholeTerms = termsOf(order.slice(0, read).map((at) => plan.derived[at] ?? []));
    const fresh = wholeTerms.filter((term) => !whole.has(term));
    const found = await readPostings(client, plan.name, anyTermQuery(fresh), fresh, fieldCount, plan.among);
    for (const term of fresh) whole.set(term, found.get(term) ?? []);
    if (unread.length === 0) return scored(plan, fromPostings(whole)).slice(0, limit);
    const candidates = new Set<number>();
    for (const perField of whole.values()) for (const list of perField) for (const posting of list) candidates.add(posting.id);
    const otherTerms = termsOf(unread.map((at) => plan.derived[at] ?? [])).filter((term) => !whole.has(term));
    const partial = await readPostings(client, plan.name, anyTermQuery(otherTerms), otherTerms, fieldCount, [...candidates]);
    const results = scored(plan, fromPostings(whole, partial));
    const ceiling = unread.reduce((sum, at) => sum + (ceilings[at] as number), 0) * new Set(unread.map((at) => plan.specs[at]?.term)).size;
    const last = results[limit - 1];
    // A margin for the order floats were added in.
    if (last && last.score > ceiling * (1 + 1e-9)) return results.slice(0, limit);
  }
  return null;
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
  const { among, limit, ...rest } = searchOptions;
  if (rest.boostDocument) throw new Error('searchIndex: boostDocument is not supported');
  const statistics = await indexStatistics(client, name);
  const effective = effectiveSearchOptions(options, rest);
  const specs = queryTerms(query, effective);
  if (specs.length === 0) return [];
  const finish = (results: SearchResult[]): SearchResult[] => {
    const kept = rest.filter ? results.filter(rest.filter) : results;
    return limit === undefined ? kept : kept.slice(0, limit);
  };
  if (!statistics) return finish(combinedResults(specs.map(() => new Map()), effective.combineWith));
  const known = new Map<string, IndexedTerm>(await exactTerms(client, name, specs.map((spec) => spec.term)));
  const derived: DerivedTerm[][] = [];
  for (const spec of specs) {
    const prefixed = spec.prefix ? await prefixTerms(client, name, spec.term) : [];
    const distance = fuzzyDistance(spec, effective);
    const near = distance > 0 ? await nearbyTerms(client, name, spec.term, distance) : [];
    for (const term of [...prefixed, ...near]) known.set(term.term, term);
    derived.push(derivedTerms(spec, effective, known.has(spec.term), prefixed, near));
  }
  const plan: Plan = { name, statistics, effective, specs, derived, known, among };
  const combineWith = (effective.combineWith ?? 'or').toLowerCase();
  const fieldCount = statistics.fields.length;
  if (combineWith === 'and') {
    // Only documents holding a term of every query term can be results: the GIN index intersects.
    if (derived.some((list) => list.length === 0)) return [];
    const every = derived.map((list) => `(${anyTermQuery(list.map((d) => d.term))})`).join(' & ');
    return finish(scored(plan, fromPostings(await readPostings(client, name, every, termsOf(derived), fieldCount, among))));
  }
  if (combineWith === 'or' && limit !== undefined && !rest.filter) {
    const top = await topOrResults(client, plan, limit);
    if (top) return top;
  }
  const all = termsOf(derived);
  return finish(scored(plan, fromPostings(await readPostings(client, name, anyTermQuery(all), all, fieldCount, among))));
}

/** Whether any of the indexes holds `term`. */
export async function hasTerm(client: Queryable, names: readonly SearchIndexName[], term: string): Promise<boolean> {
  const { rows } = await client.query('SELECT 1 FROM search_terms WHERE index_name = ANY($1::text[]) AND term = $2 LIMIT 1', [names, term]);
  return rows.length > 0;
}

/**
 * The indexes' terms within `distance` edits of `term`, as vocabulary.ts
 * lists them from minisearch (each index's fuzzy matches in its tree order,
 * the indexes in turn, each term once).
 */
export async function nearTerms(client: Queryable, names: readonly SearchIndexName[], term: string, distance: number): Promise<string[]> {
  const found: string[] = [];
  for (const name of names) {
    const near = await nearbyTerms(client, name, term, distance);
    near.sort((a, b) => compareTreePaths(a.treePath, b.treePath));
    found.push(...near.map((n) => n.term));
  }
  return [...new Set(found)];
}
