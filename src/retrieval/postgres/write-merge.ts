/**
 * Brings the corpus-wide tables (entities, statement clusters and their
 * occurrences) to a new merge. Each row carries a digest of what it holds;
 * only rows that are new, gone or different are written, so an ingest of a
 * few articles rewrites only what they touch. Called inside the ingest's
 * transaction, so a reader sees the old merge or the new, never a mix.
 */
import { createHash } from 'node:crypto';
import type { SpeakerEntity } from '../../attribution/index.js';
import type { CorpusSnapshot, QuoteCluster, StatementOccurrence } from '../snapshot.js';
import { insertRows, type Column } from './bulk-insert.js';
import type { PoolClient } from './pool.js';

type EntityRow = SpeakerEntity & { ordinal: number; digest: string };
type ClusterRow = QuoteCluster & { digest: string };

const ENTITY_COLUMNS: Column<EntityRow>[] = [
  { name: 'id', type: 'text', value: (e) => e.id },
  { name: 'digest', type: 'text', value: (e) => e.digest },
  { name: 'ordinal', type: 'integer', value: (e) => e.ordinal },
  { name: 'kind', type: 'text', value: (e) => e.kind },
  { name: 'name', type: 'text', value: (e) => e.name },
  { name: 'aliases', type: 'text[]', value: (e) => e.aliases },
  { name: 'roles', type: 'text[]', value: (e) => e.roles },
  { name: 'articles', type: 'text[]', value: (e) => e.articles },
  { name: 'anonymous', type: 'boolean', value: (e) => e.anonymous },
];

const CLUSTER_COLUMNS: Column<ClusterRow>[] = [
  { name: 'id', type: 'integer', value: (c) => c.id },
  { name: 'digest', type: 'text', value: (c) => c.digest },
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

const digestOf = (value: unknown): string => createHash('sha1').update(JSON.stringify(value)).digest('base64');

export interface MergeWrites {
  entities: number;
  clusters: number;
}

/** The rows of `rows` to write (new or different) and the stored keys to delete (gone or different). */
function differences<Key, Row extends { digest: string }>(rows: readonly Row[], keyOf: (row: Row) => Key, stored: ReadonlyMap<Key, string>): { write: Row[]; remove: Key[] } {
  const write = rows.filter((row) => stored.get(keyOf(row)) !== row.digest);
  const wanted = new Set(rows.map(keyOf));
  const remove = [...stored.keys()].filter((key) => !wanted.has(key));
  for (const row of write) if (stored.has(keyOf(row))) remove.push(keyOf(row));
  return { write, remove };
}

/** Writes what differs between the stored merge and `snapshot`'s; returns how many entities and clusters were written. */
export async function writeMerge(client: PoolClient, snapshot: CorpusSnapshot): Promise<MergeWrites> {
  const entities = snapshot.entities.map((entity, ordinal) => ({ ...entity, ordinal, digest: digestOf([ordinal, entity]) }));
  const storedEntities = await client.query<{ id: string; digest: string }>('SELECT id, digest FROM entities');
  const entityChanges = differences(entities, (e) => e.id, new Map(storedEntities.rows.map((row) => [row.id, row.digest])));
  if (entityChanges.remove.length > 0) await client.query('DELETE FROM entities WHERE id = ANY($1::text[])', [entityChanges.remove]);
  await insertRows(client, 'entities', ENTITY_COLUMNS, entityChanges.write);

  const clusters = snapshot.clusters.map((cluster) => ({ ...cluster, digest: digestOf(cluster) }));
  const storedClusters = await client.query<{ id: number; digest: string }>('SELECT id, digest FROM clusters');
  const clusterChanges = differences(clusters, (c) => c.id, new Map(storedClusters.rows.map((row) => [row.id, row.digest])));
  if (clusterChanges.remove.length > 0) {
    await client.query('DELETE FROM occurrences WHERE cluster_id = ANY($1::integer[])', [clusterChanges.remove]);
    await client.query('DELETE FROM clusters WHERE id = ANY($1::integer[])', [clusterChanges.remove]);
  }
  await insertRows(client, 'clusters', CLUSTER_COLUMNS, clusterChanges.write);
  const occurrences = clusterChanges.write.flatMap((cluster) => cluster.occurrences.map((o, ordinal) => ({ ...o, clusterId: cluster.id, ordinal })));
  await insertRows(client, 'occurrences', OCCURRENCE_COLUMNS, occurrences);
  return { entities: entityChanges.write.length, clusters: clusterChanges.write.length };
}
