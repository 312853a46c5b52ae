/**
 * Reads back what the articles table keeps of articles an ingest does not
 * attribute again: their units (record, sentences, resolved statements), and
 * where their sentences stand in the corpus-wide numbering.
 */
import type { ResolvedArticle } from '../../attribution/index.js';
import type { ArticleUnit } from '../article-unit.js';
import { ARTICLE_COLUMNS, articleOf, type ArticleRow } from './records.js';
import type { PoolClient } from './pool.js';
import type { StoredArticle } from './ingest-plan.js';

/** Fingerprint, code version and place of every stored article. */
export async function storedArticles(client: PoolClient): Promise<Map<string, StoredArticle>> {
  const { rows } = await client.query<{ id: string; fingerprint: string; code_version: string; position: number }>(
    'SELECT id, fingerprint, code_version, position FROM articles',
  );
  return new Map(rows.map((row) => [row.id, { fingerprint: row.fingerprint, codeVersion: row.code_version, position: row.position }]));
}

/** How many sentences each stored article has, and the corpus-wide id of its first. */
export async function sentenceSpans(client: PoolClient): Promise<Map<string, { count: number; first: number }>> {
  const { rows } = await client.query<{ article_id: string; count: number; first: number }>(
    'SELECT article_id, count(*)::integer AS count, min(id) AS first FROM sentences GROUP BY article_id',
  );
  return new Map(rows.map((row) => [row.article_id, { count: row.count, first: row.first }]));
}

/** The units of every stored article except `skipped` (those attributed anew), by id. */
export async function keptUnits(client: PoolClient, skipped: readonly string[]): Promise<Map<string, ArticleUnit>> {
  const articles = await client.query<ArticleRow & { resolved: ResolvedArticle }>(
    `SELECT ${ARTICLE_COLUMNS}, a.resolved FROM articles a WHERE NOT (a.id = ANY($1::text[]))`,
    [skipped],
  );
  const units = new Map<string, ArticleUnit>(articles.rows.map((row) => [row.id, { record: articleOf(row), sentences: [], resolved: row.resolved }]));
  const sentences = await client.query<{ article_id: string; start_offset: number; end_offset: number; text: string }>(
    'SELECT s.article_id, s.start_offset, s.end_offset, s.text FROM sentences s WHERE NOT (s.article_id = ANY($1::text[])) ORDER BY s.article_id, s.ordinal',
    [skipped],
  );
  for (const row of sentences.rows) units.get(row.article_id)?.sentences.push({ start: row.start_offset, end: row.end_offset, text: row.text });
  return units;
}
