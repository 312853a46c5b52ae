/**
 * Full-text search in PostgreSQL that answers exactly as minisearch does for
 * the same documents, Options and query (see search-scoring.ts for the
 * scoring, search-write.ts for the tables it reads). `among` restricts the
 * results to some documents, as a filter would, without changing any score.
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
  queryTermCeiling,
  queryTerms,
  type DerivedTerm,
  type QueryTerm,
  type IndexStatistics,
  type IndexedTerm,
  type Posting,
} from './search-scoring.js';
import type { HeldTerms } from './held-terms.js';

export type SearchIndexName = 'statements' | 'sentences' | 'speakers';

export type IndexSearchOptions = SearchOptions & {
  /** The index's vocabulary held in the process (held-terms.ts): terms derived there, the database asked for postings only. */
  held?: HeldTerms;
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

/** The postings a search reads whole, as a share of the index's documents, before it reads common terms only where two meet. */
const READ_SHARE = 0.02;
function groupsOf<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, at) => groupsOf(items.slice(at + 1), size - 1).map((rest) => [item, ...rest]));
}

/**
 * The first `limit` results of an OR search without reading every posting
 * of common terms. Rare query terms (up to READ_SHARE of the documents' postings) are read
 * whole; of the common ones, only documents holding at least two of them
 * are read, found by the GIN index. These candidates are scored exactly, as
 * minisearch scores them. Any other document holds one common query term at
 * most and no rare one, so it scores at most the largest common term's
 * ceiling (minisearch's quality factor is then 1); once the candidates' limit-th score is
 * above that, no other document can reach the first `limit`, and the
 * candidates' order (scores and ties) is minisearch's. Null when that
 * cannot be shown: the caller reads everything.
 */
async function topOrResults(client: Queryable, plan: Plan, limit: number): Promise<SearchResult[] | null> {
  const frequenciesOf = (term: string) => plan.known.get(term)?.frequencies;
  const ceilings = plan.specs.map((spec, at) => queryTermCeiling(spec, plan.derived[at] ?? [], plan.effective, plan.statistics, frequenciesOf));
  if (limit <= 0 || ceilings.some((ceiling) => ceiling === null)) return null;
  const termsOfSpec = (at: number) => (plan.derived[at] ?? []).map((d) => d.term);
  const cost = (at: number) => termsOfSpec(at).reduce((sum, term) => sum + (frequenciesOf(term) ?? []).reduce((a, b) => a + b, 0), 0);
  const order = plan.specs.map((_, at) => at).filter((at) => termsOfSpec(at).length > 0).sort((a, b) => cost(a) - cost(b));
  const rare: number[] = [];
  let budget = READ_SHARE * plan.statistics.documentCount;
  for (const at of order) {
    if (cost(at) > budget) break;
    rare.push(at);
    budget -= cost(at);
  }
  const common = order.filter((at) => !rare.includes(at));
  if (common.length === 0 || (rare.length === 0 && common.length < 2)) return null;
  const ceilingOf = (group: readonly number[]) =>
    group.reduce((sum, at) => sum + (ceilings[at] as number), 0) * new Set(group.map((at) => plan.specs[at]?.term)).size;
  const anyOf = (ats: readonly number[]) => anyTermQuery([...new Set(ats.flatMap(termsOfSpec))]);
  // Documents holding two common terms are at most the smaller term's postings, pair by pair; when that
  // is near reading everything, reading everything at once is cheaper than trying first.
  const candidatesAtMost = rare.reduce((sum, at) => sum + cost(at), 0) + groupsOf(common, 2).reduce((sum, [a, b]) => sum + Math.min(cost(a as number), cost(b as number)), 0);
  if (candidatesAtMost > 0.5 * order.reduce((sum, at) => sum + cost(at), 0)) return null;
  const pairs = groupsOf(common, 2).map((pair) => `((${anyOf([pair[0] as number])}) & (${anyOf([pair[1] as number])}))`);
  const documents = [...(rare.length > 0 ? [`(${anyOf(rare)})`] : []), ...pairs].join(' | ');
  const postings = await readPostings(client, plan.name, documents, termsOf(plan.derived), plan.statistics.fields.length, plan.among);
  const results = scored(plan, fromPostings(postings));
  const others = Math.max(...common.map((at) => ceilingOf([at])));
  const last = results[limit - 1];
  // A margin for the order floats were added in.
  if (last && last.score > others * (1 + 1e-9)) return results.slice(0, limit);
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
  const { among, limit, held, ...rest } = searchOptions;
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
