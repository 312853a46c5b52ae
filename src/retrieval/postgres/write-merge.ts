/**
 * Brings the corpus-wide tables (entities with the words of their names and
 * roles, statement clusters and their occurrences) to a new merge. Each entity and cluster row carries a hash of
 * what it holds besides its place in the merge's order (ordinal, id): rows
 * that are new, gone or different are written, kept ones only renumbered
 * when their place moved, so an ingest of a few articles rewrites only what
 * they touch. Called inside the ingest's transaction, so a reader sees the
 * old merge or the new, never a mix.
 */
import { createHash } from 'node:crypto';
import type { SpeakerEntity } from '../../attribution/index.js';
import type { Normaliser } from '../normalise.js';
import type { CorpusSnapshot, QuoteCluster, StatementOccurrence } from '../snapshot.js';
import { nameWordsOf, roleWordsOf } from '../speaker-lookups.js';
import { insertRows, type Column } from './bulk-insert.js';
import type { PoolClient } from './pool.js';

/** An entity as written: its place, its statements counted, and the words of its name and roles (speaker-lookups.ts). */
type EntityRow = SpeakerEntity & { ordinal: number; statements: number; nameWords: string[]; roleWords: string[]; digest: string };
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
  { name: 'statements', type: 'integer', value: (e) => e.statements },
];

interface SpeakerWordRow {
  field: 'name' | 'role';
  word: string;
  entity: string;
}

const SPEAKER_WORD_COLUMNS: Column<SpeakerWordRow>[] = [
  { name: 'field', type: 'text', value: (w) => w.field },
  { name: 'word', type: 'text', value: (w) => w.word },
  { name: 'entity', type: 'text', value: (w) => w.entity },
];

const CLUSTER_COLUMNS: Column<ClusterRow>[] = [
  { name: 'key', type: 'text', value: (c) => c.digest },
  { name: 'id', type: 'integer', value: (c) => c.id },
  { name: 'entity', type: 'text', value: (c) => c.entity },
  { name: 'speaker', type: 'text', value: (c) => c.speaker },
  { name: 'role', type: 'text', value: (c) => c.role },
  { name: 'anonymous', type: 'boolean', value: (c) => c.anonymous },
  { name: 'kind', type: 'text', value: (c) => c.kind },
  { name: 'text', type: 'text', value: (c) => c.text },
];

const OCCURRENCE_COLUMNS: Column<StatementOccurrence & { clusterKey: string; ordinal: number }>[] = [
  { name: 'cluster_key', type: 'text', value: (o) => o.clusterKey },
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

/** The rows to write (new or different) and the stored keys to delete (gone or different). */
function differences<Key, Row>(rows: readonly Row[], keyOf: (row: Row) => Key, digestOfRow: (row: Row) => string, stored: ReadonlyMap<Key, string>): { write: Row[]; remove: Key[] } {
  const write = rows.filter((row) => stored.get(keyOf(row)) !== digestOfRow(row));
  const wanted = new Set(rows.map(keyOf));
  const remove = [...stored.keys()].filter((key) => !wanted.has(key));
  for (const row of write) if (stored.has(keyOf(row))) remove.push(keyOf(row));
  return { write, remove };
}

/** The entities as rows; the digest covers all but the place, so a count or a word that changes rewrites the row. */
function entityRows(snapshot: CorpusSnapshot, normaliser: Normaliser): EntityRow[] {
  const statements = new Map<string, number>();
  for (const cluster of snapshot.clusters) if (cluster.entity !== null) statements.set(cluster.entity, (statements.get(cluster.entity) ?? 0) + 1);
  return snapshot.entities.map((entity, ordinal) => {
    const own = { ...entity, statements: statements.get(entity.id) ?? 0, nameWords: nameWordsOf(normaliser, entity), roleWords: roleWordsOf(entity) };
    return { ...own, ordinal, digest: digestOf(own) };
  });
}

const wordsOfRow = (entity: EntityRow): SpeakerWordRow[] => [
  ...entity.nameWords.map((word) => ({ field: 'name' as const, word, entity: entity.id })),
  ...entity.roleWords.map((word) => ({ field: 'role' as const, word, entity: entity.id })),
];

async function writeEntities(client: PoolClient, snapshot: CorpusSnapshot, normaliser: Normaliser): Promise<number> {
  const entities = entityRows(snapshot, normaliser);
  const stored = await client.query<{ id: string; digest: string; ordinal: number }>('SELECT id, digest, ordinal FROM entities');
  const changes = differences(entities, (e) => e.id, (e) => e.digest, new Map(stored.rows.map((row) => [row.id, row.digest])));
  if (changes.remove.length > 0) {
    await client.query('DELETE FROM entities WHERE id = ANY($1::text[])', [changes.remove]);
    await client.query('DELETE FROM speaker_words WHERE entity = ANY($1::text[])', [changes.remove]);
  }
  // Kept entities whose place in the order moved (one came before them): renumbered, nothing else written.
  const kept = new Map(stored.rows.map((row) => [row.id, row]));
  const moved = entities.filter((e) => kept.get(e.id)?.digest === e.digest && kept.get(e.id)?.ordinal !== e.ordinal);
  if (moved.length > 0) {
    await client.query(
      'UPDATE entities e SET ordinal = m.ordinal FROM unnest($1::text[], $2::integer[]) AS m (id, ordinal) WHERE e.id = m.id',
      [moved.map((e) => e.id), moved.map((e) => e.ordinal)],
    );
  }
  await insertRows(client, 'entities', ENTITY_COLUMNS, changes.write);
  await insertRows(client, 'speaker_words', SPEAKER_WORD_COLUMNS, changes.write.flatMap(wordsOfRow));
  return changes.write.length;
}

async function writeClusters(client: PoolClient, snapshot: CorpusSnapshot): Promise<number> {
  // The key leaves the id out: a statement that moves in the order keeps its row.
  const clusters: ClusterRow[] = snapshot.clusters.map((cluster) => ({ ...cluster, digest: digestOf({ ...cluster, id: undefined }) }));
  const stored = await client.query<{ key: string; id: number }>('SELECT key, id FROM clusters');
  const changes = differences(clusters, (c) => c.digest, (c) => c.digest, new Map(stored.rows.map((row) => [row.key, row.key])));
  if (changes.remove.length > 0) {
    await client.query('DELETE FROM occurrences WHERE cluster_key = ANY($1::text[])', [changes.remove]);
    await client.query('DELETE FROM clusters WHERE key = ANY($1::text[])', [changes.remove]);
  }
  // Kept clusters whose id moved: renumbered (none after a first ingest, when nothing is sent).
  const storedIds = new Map(stored.rows.map((row) => [row.key, row.id]));
  const moved = clusters.filter((c) => storedIds.has(c.digest) && storedIds.get(c.digest) !== c.id);
  if (moved.length > 0) {
    await client.query('UPDATE clusters c SET id = m.id FROM unnest($1::text[], $2::integer[]) AS m (key, id) WHERE c.key = m.key', [
      moved.map((c) => c.digest),
      moved.map((c) => c.id),
    ]);
  }
  await insertRows(client, 'clusters', CLUSTER_COLUMNS, changes.write);
  const occurrences = changes.write.flatMap((cluster) => cluster.occurrences.map((o, ordinal) => ({ ...o, clusterKey: cluster.digest, ordinal })));
  await insertRows(client, 'occurrences', OCCURRENCE_COLUMNS, occurrences);
  return changes.write.length;
}

/**
 * Writes what differs between the stored merge and `snapshot`'s; returns how many entities and clusters were
 * written. `normaliser` splits speakers' names into the words questions are matched with.
 */
export async function writeMerge(client: PoolClient, snapshot: CorpusSnapshot, normaliser: Normaliser): Promise<MergeWrites> {
  return { entities: await writeEntities(client, snapshot, normaliser), clusters: await writeClusters(client, snapshot) };
}
