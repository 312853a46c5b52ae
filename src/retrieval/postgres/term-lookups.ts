/**
 * The vocabulary look-ups of a search: exact terms, terms starting with a
 * prefix (a range of the terms' byte-ordered primary key) and terms within an
 * edit distance (pg_trgm's GIN index narrows, fuzzystrmatch's levenshtein on
 * the trigram keys narrows further, minisearch's own distance decides).
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

export interface TermRequests {
  exact: readonly string[];
  /** Distinct prefixes. */
  prefixes: readonly string[];
  near: readonly { term: string; distance: number }[];
}

export interface TermAnswers {
  exact: Map<string, IndexedTerm>;
  /** By prefix. */
  prefixed: Map<string, IndexedTerm[]>;
  /** In the order of the requests. */
  near: (IndexedTerm & { distance: number })[][];
}

/**
 * All of a search's look-ups in one statement (one branch each), so a
 * question costs the same few round trips however many words it has.
 */
export async function lookUpTerms(client: Queryable, name: string, requests: TermRequests): Promise<TermAnswers> {
  const parameters: unknown[] = [name];
  const parameter = (value: unknown): string => `$${parameters.push(value)}`;
  const branches: string[] = [];
  const exact = [...new Set(requests.exact)];
  if (exact.length > 0) branches.push(`SELECT 'e' AS kind, 0 AS request, ${COLUMNS} FROM search_terms WHERE index_name = $1 AND term = ANY(${parameter(exact)}::text[])`);
  requests.prefixes.forEach((prefix, at) => {
    const end = prefixEnd(prefix);
    branches.push(
      `SELECT 'p' AS kind, ${at} AS request, ${COLUMNS} FROM search_terms WHERE index_name = $1 AND term >= ${parameter(prefix)}${end === null ? '' : ` AND term < ${parameter(end)}`}`,
    );
  });
  const floors: number[] = [];
  requests.near.forEach(({ term, distance }, at) => {
    const key = trigramKey(term);
    const floor = similarityFloor(key, distance);
    if (floor !== null) floors.push(floor);
    const keyParameter = parameter(key);
    const distanceParameter = parameter(distance);
    // levenshtein_less_equal takes at most 255 characters; longer keys are checked in TypeScript only.
    const edits = key.length <= 255 ? ` AND (length(trigram_key) > 255 OR levenshtein_less_equal(trigram_key, ${keyParameter}, ${distanceParameter}::int) <= ${distanceParameter}::int)` : '';
    branches.push(
      `SELECT 'n' AS kind, ${at} AS request, ${COLUMNS} FROM search_terms WHERE index_name = $1${floor === null ? '' : ` AND trigram_key % ${keyParameter}`}
       AND length BETWEEN ${parameter(term.length - distance)} AND ${parameter(term.length + distance)}${edits}`,
    );
  });
  const answers: TermAnswers = { exact: new Map(), prefixed: new Map(requests.prefixes.map((p) => [p, []])), near: requests.near.map(() => []) };
  if (branches.length === 0) return answers;
  // `%` reads its threshold from a setting (kept on this connection; every look-up sets its own): the
  // lowest any request needs, each branch then checking its own distance.
  if (floors.length > 0) await client.query("SELECT set_config('pg_trgm.similarity_threshold', $1, false)", [String(Math.min(...floors))]);
  const { rows } = await client.query<TermRow & { kind: string; request: number }>(branches.join('\nUNION ALL\n'), parameters);
  for (const row of rows) {
    if (row.kind === 'e') answers.exact.set(row.term, indexed(row));
    else if (row.kind === 'p') {
      const prefix = requests.prefixes[row.request] as string;
      if (row.term.startsWith(prefix)) answers.prefixed.get(prefix)?.push(indexed(row));
    } else {
      const { term, distance } = requests.near[row.request] as { term: string; distance: number };
      const edits = boundedLevenshtein(term, row.term, distance);
      if (edits !== null) answers.near[row.request]?.push({ ...indexed(row), distance: edits });
    }
  }
  return answers;
}
