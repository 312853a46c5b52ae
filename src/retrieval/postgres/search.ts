/**
 * Full-text search in PostgreSQL that answers exactly as minisearch does for
 * the same documents, Options and query (see search-scoring.ts for the
 * scoring, search-write.ts for the tables it reads). `among` restricts the
 * results to some documents, as a filter would, without changing any score.
 */
import type { Options, SearchOptions, SearchResult } from 'minisearch';
import { decodePosition, frequencySpan, anyTermQuery } from './tsvector-text.js';
import { exactTerms, nearbyTerms, prefixTerms, type Queryable } from './term-lookups.js';
import {
  combinedResults,
  derivedTerms,
  effectiveSearchOptions,
  fuzzyDistance,
  queryTermResults,
  queryTerms,
  type DerivedTerm,
  type IndexStatistics,
  type IndexedTerm,
  type Posting,
} from './search-scoring.js';
import { compareTreePaths } from './term-tree.js';

export type SearchIndexName = 'statements' | 'sentences' | 'speakers';

export type IndexSearchOptions = SearchOptions & {
  /** Only these documents (by id) may be results; scores are those of the whole index. */
  among?: readonly number[];
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

interface PostingRow {
  id: number;
  seq: string;
  lengths: number[];
  lexeme: string;
  positions: number[];
}

/** Every document holding any of `terms` (within `among`), as postings per term and field in `seq` order. */
async function postingsOf(
  client: Queryable,
  name: string,
  terms: readonly string[],
  fieldCount: number,
  among: readonly number[] | undefined,
): Promise<Map<string, Posting[][]>> {
  const postings = new Map<string, Posting[][]>();
  if (terms.length === 0 || (among && among.length === 0)) return postings;
  const parameters: unknown[] = [name, anyTermQuery(terms), terms];
  if (among) parameters.push(among);
  const { rows } = await client.query<PostingRow>(
    `SELECT d.id, d.seq, d.lengths, u.lexeme, u.positions
     FROM search_documents d CROSS JOIN LATERAL unnest(d.terms) AS u
     WHERE d.index_name = $1 AND d.terms @@ $2::tsquery AND u.lexeme = ANY($3::text[])
       ${among ? 'AND d.id = ANY($4::int[])' : ''}`,
    parameters,
  );
  const span = frequencySpan(fieldCount);
  const overflowing: { id: number; term: string; field: number; posting: Posting }[] = [];
  for (const row of rows) {
    let perField = postings.get(row.lexeme);
    if (!perField) postings.set(row.lexeme, (perField = Array.from({ length: fieldCount }, () => [])));
    for (const position of row.positions) {
      const { field, frequency, overflow } = decodePosition(position, span);
      const posting: Posting = { seq: Number(row.seq), id: row.id, frequency, fieldLength: row.lengths[field] as number };
      perField[field]?.push(posting);
      if (overflow) overflowing.push({ id: row.id, term: row.lexeme, field, posting });
    }
  }
  if (overflowing.length > 0) await readOverflow(client, name, overflowing);
  for (const perField of postings.values()) for (const list of perField) list.sort((a, b) => a.seq - b.seq);
  return postings;
}

async function readOverflow(client: Queryable, name: string, wanted: { id: number; term: string; field: number; posting: Posting }[]): Promise<void> {
  const { rows } = await client.query<{ id: number; term: string; field: number; frequency: number }>(
    'SELECT id, term, field, frequency FROM search_frequency_overflow WHERE index_name = $1 AND id = ANY($2::int[])',
    [name, [...new Set(wanted.map((w) => w.id))]],
  );
  const exact = new Map(rows.map((row) => [`${row.id}\u0000${row.field}\u0000${row.term}`, row.frequency]));
  for (const w of wanted) w.posting.frequency = exact.get(`${w.id}\u0000${w.field}\u0000${w.term}`) ?? w.posting.frequency;
}

/** The index's search, as `new MiniSearch(options)` holding the same documents would answer `query`. */
export async function searchIndex(
  client: Queryable,
  name: SearchIndexName,
  query: string,
  options: Options,
  searchOptions: IndexSearchOptions = {},
): Promise<SearchResult[]> {
  const { among, ...rest } = searchOptions;
  if (rest.boostDocument) throw new Error('searchIndex: boostDocument is not supported');
  const statistics = await indexStatistics(client, name);
  const effective = effectiveSearchOptions(options, rest);
  const specs = queryTerms(query, effective);
  if (specs.length === 0) return [];
  if (!statistics) return combinedResults(specs.map(() => new Map()), effective.combineWith);
  const known = new Map<string, IndexedTerm>(await exactTerms(client, name, specs.map((spec) => spec.term)));
  const derivedPerSpec: DerivedTerm[][] = [];
  for (const spec of specs) {
    const prefixed = spec.prefix ? await prefixTerms(client, name, spec.term) : [];
    const distance = fuzzyDistance(spec, effective);
    const near = distance > 0 ? await nearbyTerms(client, name, spec.term, distance) : [];
    for (const term of [...prefixed, ...near]) known.set(term.term, term);
    derivedPerSpec.push(derivedTerms(spec, effective, known.has(spec.term), prefixed, near));
  }
  const allDerived = [...new Set(derivedPerSpec.flatMap((derived) => derived.map((d) => d.term)))];
  const postings = await postingsOf(client, name, allDerived, statistics.fields.length, among);
  const perSpec = specs.map((spec, at) =>
    queryTermResults(
      spec,
      derivedPerSpec[at] ?? [],
      effective,
      statistics,
      (term) => known.get(term)?.frequencies,
      (term, field) => postings.get(term)?.[field] ?? [],
    ),
  );
  const results = combinedResults(perSpec, effective.combineWith);
  return rest.filter ? results.filter(rest.filter) : results;
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
