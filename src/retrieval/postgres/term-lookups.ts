/**
 * The vocabulary look-ups of a search: exact terms, terms starting with a
 * prefix (a range of the terms' byte-ordered primary key) and terms within an
 * edit distance (pg_trgm's GIN index narrows, minisearch's distance decides).
 */
import type pg from 'pg';
import { boundedLevenshtein } from './levenshtein.js';
import type { IndexedTerm } from './search-scoring.js';
import { similarityFloor, trigramKey } from './trigram-key.js';

export type Queryable = Pick<pg.ClientBase, 'query'>;

interface TermRow {
  term: string;
  frequencies: number[];
  tree_path: number[];
}

const COLUMNS = 'term, frequencies, tree_path';

function indexed(row: TermRow): IndexedTerm {
  return { term: row.term, frequencies: row.frequencies, treePath: row.tree_path };
}

export async function exactTerms(client: Queryable, name: string, terms: readonly string[]): Promise<Map<string, IndexedTerm>> {
  if (terms.length === 0) return new Map();
  const { rows } = await client.query<TermRow>(
    `SELECT ${COLUMNS} FROM search_terms WHERE index_name = $1 AND term = ANY($2::text[])`,
    [name, [...new Set(terms)]],
  );
  return new Map(rows.map((row) => [row.term, indexed(row)]));
}

/** The smallest string after every string that starts with `prefix`, in code point (UTF-8 byte) order; null if none. */
function prefixEnd(prefix: string): string | null {
  const codePoints = Array.from(prefix);
  while (codePoints.length > 0) {
    const last = (codePoints.pop() as string).codePointAt(0) as number;
    if (last < 0x10ffff) {
      const next = last + 1 === 0xd800 ? 0xe000 : last + 1;
      return codePoints.join('') + String.fromCodePoint(next);
    }
  }
  return null;
}

/** Terms starting with `prefix` (the prefix itself included when it is a term). */
export async function prefixTerms(client: Queryable, name: string, prefix: string): Promise<IndexedTerm[]> {
  const end = prefixEnd(prefix);
  const { rows } = await client.query<TermRow>(
    `SELECT ${COLUMNS} FROM search_terms WHERE index_name = $1 AND term >= $2 ${end === null ? '' : 'AND term < $3'}`,
    end === null ? [name, prefix] : [name, prefix, end],
  );
  return rows.filter((row) => row.term.startsWith(prefix)).map(indexed);
}

/** Terms within `distance` edits of `term` (itself included), each with its distance. */
export async function nearbyTerms(
  client: Queryable,
  name: string,
  term: string,
  distance: number,
): Promise<(IndexedTerm & { distance: number })[]> {
  const key = trigramKey(term);
  const floor = similarityFloor(key, distance);
  // levenshtein_less_equal takes at most 255 characters; longer keys are checked here only.
  const sqlDistance =
    key.length <= 255 ? 'AND (length(trigram_key) > 255 OR levenshtein_less_equal(trigram_key, $2, $5::int) <= $5::int)' : 'AND $5::int IS NOT NULL';
  const lengths = 'length BETWEEN $3 AND $4';
  const parameters = [name, key, term.length - distance, term.length + distance, distance];
  let rows: TermRow[];
  if (floor === null) {
    ({ rows } = await client.query<TermRow>(
      `SELECT ${COLUMNS} FROM search_terms WHERE index_name = $1 AND ${lengths} ${sqlDistance}`,
      parameters,
    ));
  } else {
    // `%` reads its threshold from a setting (kept on this connection; every look-up sets its own).
    await client.query("SELECT set_config('pg_trgm.similarity_threshold', $1, false)", [String(floor)]);
    ({ rows } = await client.query<TermRow>(
      `SELECT ${COLUMNS} FROM search_terms WHERE index_name = $1 AND trigram_key % $2 AND ${lengths} ${sqlDistance}`,
      parameters,
    ));
  }
  const found: (IndexedTerm & { distance: number })[] = [];
  for (const row of rows) {
    const edits = boundedLevenshtein(term, row.term, distance);
    if (edits !== null) found.push({ ...indexed(row), distance: edits });
  }
  return found;
}
