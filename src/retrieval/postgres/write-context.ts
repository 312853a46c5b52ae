/**
 * The context links of a snapshot, written whole (sentence and statement ids are renumbered by an ingest,
 * so every link may move).
 */
import { contextLinks, type ContextLink } from '../context-links.js';
import type { CorpusSnapshot, SentenceRecord } from '../snapshot.js';
import { insertRows, type Column } from './bulk-insert.js';
import type { PoolClient } from './pool.js';

interface LinkRow extends ContextLink {
  sentence: number;
  ordinal: number;
}

const COLUMNS: readonly Column<LinkRow>[] = [
  { name: 'sentence_id', type: 'integer', value: (row) => row.sentence },
  { name: 'ordinal', type: 'integer', value: (row) => row.ordinal },
  { name: 'cluster_id', type: 'integer', value: (row) => row.cluster },
  { name: 'own', type: 'boolean', value: (row) => row.own },
];

export async function writeContextLinks(client: PoolClient, snapshot: CorpusSnapshot): Promise<void> {
  const byArticle = new Map<string, SentenceRecord[]>();
  for (const sentence of snapshot.sentences) {
    const list = byArticle.get(sentence.articleId);
    if (list) list.push(sentence);
    else byArticle.set(sentence.articleId, [sentence]);
  }
  const rows: LinkRow[] = [];
  for (const [sentence, links] of contextLinks(snapshot.clusters, (id) => byArticle.get(id) ?? [])) {
    links.forEach((link, ordinal) => rows.push({ sentence, ordinal, ...link }));
  }
  await client.query('DELETE FROM context_links');
  await insertRows(client, 'context_links', COLUMNS, rows);
}
