/**
 * Writes what one ingest attributed: each article's row (record, fingerprint,
 * code version, resolved statements) and its sentences, numbered across the
 * corpus from `firstSentence`.
 */
import type { ArticleUnit } from '../article-unit.js';
import { insertRows, type Column } from './bulk-insert.js';
import type { PoolClient } from './pool.js';

/** One attributed article and where it stands in the corpus. */
export interface PlacedUnit {
  unit: ArticleUnit;
  fingerprint: string;
  position: number;
  /** The corpus-wide id of its first sentence. */
  firstSentence: number;
}

const ARTICLE_COLUMNS: Column<PlacedUnit & { codeVersion: string }>[] = [
  { name: 'id', type: 'text', value: (p) => p.unit.record.id },
  { name: 'position', type: 'integer', value: (p) => p.position },
  { name: 'fingerprint', type: 'text', value: (p) => p.fingerprint },
  { name: 'code_version', type: 'text', value: (p) => p.codeVersion },
  { name: 'outlet', type: 'text', value: (p) => p.unit.record.outlet },
  { name: 'headline', type: 'text', value: (p) => p.unit.record.headline },
  { name: 'url', type: 'text', value: (p) => p.unit.record.url },
  { name: 'published', type: 'text', value: (p) => p.unit.record.published },
  { name: 'wires', type: 'text[]', value: (p) => p.unit.record.wires },
  { name: 'text_at_url', type: 'boolean', value: (p) => p.unit.record.textAtUrl },
  { name: 'summary_only', type: 'boolean', value: (p) => p.unit.record.summaryOnly },
  { name: 'signature', type: 'text', value: (p) => p.unit.record.signature },
  { name: 'resolved', type: 'json', value: (p) => p.unit.resolved },
];

interface SentenceRow {
  articleId: string;
  ordinal: number;
  id: number;
  start: number;
  end: number;
  text: string;
}

const SENTENCE_COLUMNS: Column<SentenceRow>[] = [
  { name: 'article_id', type: 'text', value: (s) => s.articleId },
  { name: 'ordinal', type: 'integer', value: (s) => s.ordinal },
  { name: 'id', type: 'integer', value: (s) => s.id },
  { name: 'start_offset', type: 'integer', value: (s) => s.start },
  { name: 'end_offset', type: 'integer', value: (s) => s.end },
  { name: 'text', type: 'text', value: (s) => s.text },
];

/** Inserts attributed articles (none of them in the table: changed ones were deleted first) and their sentences. */
export async function insertUnits(client: PoolClient, placed: readonly PlacedUnit[], codeVersion: string): Promise<void> {
  await insertRows(client, 'articles', ARTICLE_COLUMNS, placed.map((p) => ({ ...p, codeVersion })));
  const sentences = placed.flatMap((p) =>
    p.unit.sentences.map((s, ordinal) => ({ articleId: p.unit.record.id, ordinal, id: p.firstSentence + ordinal, start: s.start, end: s.end, text: s.text })),
  );
  await insertRows(client, 'sentences', SENTENCE_COLUMNS, sentences);
}

/** Moves kept articles to their new places: positions, and the corpus-wide numbers of their sentences. */
export async function moveArticles(client: PoolClient, moves: readonly { id: string; position: number; firstSentence: number }[]): Promise<void> {
  if (moves.length === 0) return;
  const ids = moves.map((m) => m.id);
  await client.query(
    `UPDATE articles a SET position = m.position FROM unnest($1::text[], $2::integer[]) AS m (id, position)
     WHERE a.id = m.id AND a.position <> m.position`,
    [ids, moves.map((m) => m.position)],
  );
  // Only sentences whose number changes are written: adding articles at the end rewrites none.
  await client.query(
    `UPDATE sentences s SET id = m.first + s.ordinal FROM unnest($1::text[], $2::integer[]) AS m (id, first)
     WHERE s.article_id = m.id AND s.id <> m.first + s.ordinal`,
    [ids, moves.map((m) => m.firstSentence)],
  );
}
