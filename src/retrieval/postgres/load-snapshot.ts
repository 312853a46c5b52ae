/**
 * The whole coverage read back from the database as a CorpusSnapshot, equal
 * to the one built in memory from the same articles. One transaction
 * (repeatable read), so the four reads see the same ingest.
 */
import type { CorpusSnapshot } from '../snapshot.js';
import type { Pool } from './pool.js';
import {
  ARTICLE_COLUMNS, articleOf, clustersOf, clustersWhere, ENTITY_COLUMNS, entityOf, SENTENCE_COLUMNS, sentenceOf,
  type ArticleRow, type ClusterWithOccurrencesRow, type EntityRow, type SentenceRow,
} from './records.js';

export async function loadSnapshotFromPostgres(pool: Pool): Promise<CorpusSnapshot> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const articles = await client.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a ORDER BY a.position`);
    const clusters = await client.query<ClusterWithOccurrencesRow>(clustersWhere(null));
    const entities = await client.query<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entities e ORDER BY e.ordinal`);
    const sentences = await client.query<SentenceRow>(`SELECT ${SENTENCE_COLUMNS} FROM sentences s ORDER BY s.id`);
    await client.query('COMMIT');
    return {
      articles: articles.rows.map(articleOf),
      clusters: clustersOf(clusters.rows),
      entities: entities.rows.map(entityOf),
      sentences: sentences.rows.map(sentenceOf),
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
