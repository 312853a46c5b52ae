/**
 * The words of the PostgreSQL search indexes, for telling a typo from a word
 * as src/retrieval/vocabulary.ts does with minisearch's term trees: the same
 * answers, in the same order.
 */
import type { SearchIndexName } from './search.js';
import { lookUpTerms, type Queryable } from './term-lookups.js';
import { compareTreePaths } from './term-tree.js';

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
    const near = (await lookUpTerms(client, name, { exact: [], prefixes: [], near: [{ term, distance }] })).near[0] ?? [];
    near.sort((a, b) => compareTreePaths(a.treePath, b.treePath));
    found.push(...near.map((n) => n.term));
  }
  return [...new Set(found)];
}
