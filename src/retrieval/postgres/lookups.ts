/**
 * The per-item look-ups answering needs, each one query against the
 * coverage tables: what the in-memory Coverage (../coverage.ts) answers from
 * Maps, asked of the database instead. Same records, same order; a missing
 * item is undefined, as there.
 */
import type { SpeakerEntity } from '../../attribution/index.js';
import type { ArticleRecord, QuoteCluster, SentenceRecord } from '../snapshot.js';
import type { Pool } from './pool.js';
import {
  ARTICLE_COLUMNS, articleOf, CLUSTERS_WITH_OCCURRENCES, clustersOf, ENTITY_COLUMNS, entityOf, SENTENCE_COLUMNS, sentenceOf,
  type ArticleRow, type ClusterRow, type EntityRow, type OccurrenceRow, type SentenceRow,
} from './records.js';

type ClusterJoinRow = ClusterRow & OccurrenceRow;

export interface OutletCount {
  outlet: string;
  articles: number;
}

export interface CoverageLookups {
  article(id: string): Promise<ArticleRecord | undefined>;
  /** Every article, in corpus order. */
  articles(): Promise<ArticleRecord[]>;
  /** Every outlet named by an article, with how many articles it has, by name. */
  outlets(): Promise<OutletCount[]>;
  entity(id: string): Promise<SpeakerEntity | undefined>;
  /** Every entity, in the merge's order. */
  entities(): Promise<SpeakerEntity[]>;
  /** The statements of one speaker (entity), by cluster id. */
  clustersOf(entityId: string): Promise<QuoteCluster[]>;
  cluster(id: number): Promise<QuoteCluster | undefined>;
  /** The clusters of these ids that exist, by id. */
  clusters(ids: readonly number[]): Promise<QuoteCluster[]>;
  /** One article's sentences in reading order. */
  sentencesOf(articleId: string): Promise<SentenceRecord[]>;
  /** A sentence by its corpus-wide id. */
  sentence(id: number): Promise<SentenceRecord | undefined>;
  /** How many statements (clusters) an article carries. */
  statementsPerArticle(articleId: string): Promise<number>;
  /** The clusters with an occurrence in any of these articles, by id, with all their occurrences. */
  clustersInArticles(articleIds: readonly string[]): Promise<QuoteCluster[]>;
}

export function coverageLookups(pool: Pool): CoverageLookups {
  const rows = async <Row extends object>(sql: string, values: unknown[] = []): Promise<Row[]> => (await pool.query<Row>(sql, values)).rows;
  return {
    article: async (id) => (await rows<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = $1`, [id])).map(articleOf)[0],
    articles: async () => (await rows<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a ORDER BY a.position`)).map(articleOf),
    outlets: async () =>
      rows<OutletCount>('SELECT outlet, count(*)::integer AS articles FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY outlet COLLATE "C"'),
    entity: async (id) => (await rows<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id = $1`, [id])).map(entityOf)[0],
    entities: async () => (await rows<EntityRow>(`SELECT ${ENTITY_COLUMNS} FROM entities e ORDER BY e.ordinal`)).map(entityOf),
    clustersOf: async (entityId) => clustersOf(await rows<ClusterJoinRow>(`${CLUSTERS_WITH_OCCURRENCES} WHERE c.entity = $1 ORDER BY c.id, o.ordinal`, [entityId])),
    cluster: async (id) => clustersOf(await rows<ClusterJoinRow>(`${CLUSTERS_WITH_OCCURRENCES} WHERE c.id = $1 ORDER BY o.ordinal`, [id]))[0],
    clusters: async (ids) => clustersOf(await rows<ClusterJoinRow>(`${CLUSTERS_WITH_OCCURRENCES} WHERE c.id = ANY($1::integer[]) ORDER BY c.id, o.ordinal`, [ids])),
    sentencesOf: async (articleId) => (await rows<SentenceRow>(`SELECT ${SENTENCE_COLUMNS} FROM sentences s WHERE s.article_id = $1 ORDER BY s.ordinal`, [articleId])).map(sentenceOf),
    sentence: async (id) => (await rows<SentenceRow>(`SELECT ${SENTENCE_COLUMNS} FROM sentences s WHERE s.id = $1`, [id])).map(sentenceOf)[0],
    statementsPerArticle: async (articleId) =>
      (await rows<{ count: number }>('SELECT count(DISTINCT cluster_key)::integer AS count FROM occurrences WHERE article_id = $1', [articleId]))[0]?.count ?? 0,
    clustersInArticles: async (articleIds) =>
      clustersOf(
        await rows<ClusterJoinRow>(
          `${CLUSTERS_WITH_OCCURRENCES} WHERE c.key IN (SELECT cluster_key FROM occurrences WHERE article_id = ANY($1::text[])) ORDER BY c.id, o.ordinal`,
          [articleIds],
        ),
      ),
  };
}
