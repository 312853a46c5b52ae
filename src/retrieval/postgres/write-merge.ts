/**
 * Writes the corpus-wide merge (entities, statement clusters and their
 * occurrences) in place of the previous one. Called inside the ingest's
 * transaction, so a reader sees the old merge or the new, never a mix.
 */
import type { SpeakerEntity } from '../../attribution/index.js';
import type { CorpusSnapshot, QuoteCluster, StatementOccurrence } from '../snapshot.js';
import { insertRows, type Column } from './bulk-insert.js';
import type { PoolClient } from './pool.js';

const ENTITY_COLUMNS: Column<SpeakerEntity & { ordinal: number }>[] = [
  { name: 'id', type: 'text', value: (e) => e.id },
  { name: 'ordinal', type: 'integer', value: (e) => e.ordinal },
  { name: 'kind', type: 'text', value: (e) => e.kind },
  { name: 'name', type: 'text', value: (e) => e.name },
  { name: 'aliases', type: 'text[]', value: (e) => e.aliases },
  { name: 'roles', type: 'text[]', value: (e) => e.roles },
  { name: 'articles', type: 'text[]', value: (e) => e.articles },
  { name: 'anonymous', type: 'boolean', value: (e) => e.anonymous },
];

const CLUSTER_COLUMNS: Column<QuoteCluster>[] = [
  { name: 'id', type: 'integer', value: (c) => c.id },
  { name: 'entity', type: 'text', value: (c) => c.entity },
  { name: 'speaker', type: 'text', value: (c) => c.speaker },
  { name: 'role', type: 'text', value: (c) => c.role },
  { name: 'anonymous', type: 'boolean', value: (c) => c.anonymous },
  { name: 'kind', type: 'text', value: (c) => c.kind },
  { name: 'text', type: 'text', value: (c) => c.text },
];

const OCCURRENCE_COLUMNS: Column<StatementOccurrence & { clusterId: number; ordinal: number }>[] = [
  { name: 'cluster_id', type: 'integer', value: (o) => o.clusterId },
  { name: 'ordinal', type: 'integer', value: (o) => o.ordinal },
  { name: 'article_id', type: 'text', value: (o) => o.articleId },
  { name: 'start_offset', type: 'integer', value: (o) => o.start },
  { name: 'end_offset', type: 'integer', value: (o) => o.end },
  { name: 'text', type: 'text', value: (o) => o.text },
  { name: 'kind', type: 'text', value: (o) => o.kind },
  { name: 'cue', type: 'text', value: (o) => o.cue },
  { name: 'mention', type: 'text', value: (o) => o.mention },
];

export async function writeMerge(client: PoolClient, snapshot: CorpusSnapshot): Promise<void> {
  // DELETE, not TRUNCATE: TRUNCATE would lock readers out until the ingest commits.
  await client.query('DELETE FROM occurrences');
  await client.query('DELETE FROM clusters');
  await client.query('DELETE FROM entities');
  await insertRows(client, 'entities', ENTITY_COLUMNS, snapshot.entities.map((entity, ordinal) => ({ ...entity, ordinal })));
  await insertRows(client, 'clusters', CLUSTER_COLUMNS, snapshot.clusters);
  const occurrences = snapshot.clusters.flatMap((cluster) => cluster.occurrences.map((o, ordinal) => ({ ...o, clusterId: cluster.id, ordinal })));
  await insertRows(client, 'occurrences', OCCURRENCE_COLUMNS, occurrences);
}
