/**
 * Ingestion into PostgreSQL: attributes only the articles that are new or
 * changed (in content or code), removes those gone, then redoes the
 * corpus-wide merge from every unit (the kept ones read back) and rewrites
 * what depends on it. All in one transaction: a reader sees the coverage
 * before the ingest or after it, never half of it. Concurrent ingests take
 * turns (an advisory lock), each seeing what the previous one wrote.
 */
import { createHash } from 'node:crypto';
import type { AttributionConfig } from '../../attribution/config.js';
import type { RawArticle } from '../../corpus/prepare.js';
import type { Logger } from '../../logging/logger.js';
import { sentencesOfUnits, snapshotOfUnits, type ArticleUnit } from '../article-unit.js';
import { coverageVersion } from '../coverage.js';
import { createNormaliser, type Normaliser, type SynonymConfig } from '../normalise.js';
import type { CorpusSnapshot } from '../snapshot.js';
import { inThreadAttributor, startUnitWorkers, type UnitAttributor } from '../unit-workers.js';
import { planIngest, type IngestPlan } from './ingest-plan.js';
import type { SearchWriteThreads, SentenceFeed, StartedIndex } from './search-write.js';
import { inTurn } from './in-turn.js';
import { settleAll } from './settle-all.js';
import type { Pool, PoolClient } from './pool.js';
import { keptUnits, sentenceSpans, storedArticles } from './read-units.js';
import { storeCodeVersion } from './store-version.js';
import { insertUnits, moveArticles, type PlacedUnit } from './write-articles.js';
import { writeContextLinks } from './write-context.js';
import { writeMerge } from './write-merge.js';

/**
 * Writes the search tables of a new snapshot, inside the ingest's transaction (see ./search.js), at the same
 * time as the merge's tables (entities, clusters, context links) are written: it must not read those.
 */
export type WriteSearchIndexes = (client: PoolClient, snapshot: CorpusSnapshot, normaliser: Normaliser, threads?: SearchWriteThreads) => Promise<void>;

export interface IngestOptions {
  config: AttributionConfig;
  /** The normaliser's synonyms (config/ and the corpus's own): statement clusters depend on them. */
  synonyms: SynonymConfig;
  /** `codeVersion()` of ../code-version.js: a stored article made by other code is attributed again. */
  codeVersion: string;
  /** Called after each batch of articles attributed: how many of those to attribute are done. */
  onProgress?: (done: number, total: number) => void;
  log: Logger;
  /**
   * Worker threads attributing articles; 0: in-thread. Default: the cores available (os.availableParallelism())
   * when there are THREADED_ATTRIBUTION_MIN articles or more to attribute, else in-thread.
   */
  attributionThreads?: number;
  /** The hook where the search tables are written from the new snapshot; none: no search tables. */
  writeSearchIndexes?: WriteSearchIndexes;
  /**
   * Starts the sentence index on a thread of its own before the merge (search-write.ts's
   * startSentenceFeed), handed to writeSearchIndexes; none: writeSearchIndexes builds every index.
   */
  startSentenceFeed?: (normaliser: Normaliser, threads: SearchWriteThreads) => SentenceFeed;
}

export interface IngestReport {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  ms: number;
}

/** Any fixed number: the key of the advisory lock ingests take turns on. */
const INGEST_LOCK = 7_361_920_115;
/** Articles attributed between two writes: the server stores one batch while the next is attributed. */
const ATTRIBUTION_BATCH = 500;
/** Fewer articles are attributed in-thread by default: starting threads (a second or so) would cost more than they save. */
export const THREADED_ATTRIBUTION_MIN = 2_000;

/** What the merge and the tables made from it depend on besides the units: a change redoes them even when no article changed. */
function mergeKeyOf(options: IngestOptions): string {
  return createHash('sha256')
    .update(options.codeVersion).update('\u0000')
    .update(storeCodeVersion()).update('\u0000')
    .update(JSON.stringify(options.synonyms))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Brings the database's coverage to `raws` (in corpus order).
 *
 * @example
 * const report = await ingestIntoPostgres(pool, readCorpus(paths).raws, { config, synonyms, codeVersion: codeVersion(), log });
 */
export async function ingestIntoPostgres(pool: Pool, raws: readonly RawArticle[], options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
    const plan = planIngest(raws, await storedArticles(client), options.codeVersion);
    const mergeKey = mergeKeyOf(options);
    const state = await client.query<{ merge_key: string }>('SELECT merge_key FROM coverage_state');
    const nothingChanged = plan.added.length + plan.changed.length + plan.removed.length === 0 && !plan.reordered;
    const apply = !nothingChanged || state.rows[0]?.merge_key !== mergeKey;
    if (apply) await applyPlan(client, plan, options, mergeKey);
    await client.query('COMMIT');
    // Fresh statistics for the planner after a large change (a tenth of the articles or more, as autovacuum
    // counts, but at once): right after a bulk load, look-ups joined by scanning (measured on Reuters: 9 ms
    // instead of well under 1 ms for one speaker's statements). Every table, the search tables included.
    const touched = plan.added.length + plan.changed.length + plan.removed.length;
    if (apply && touched * 10 >= touched + plan.unchanged + 1) await timed(options.log, 'analyze', () => client.query('ANALYZE'));
    const report = { added: plan.added.length, changed: plan.changed.length, removed: plan.removed.length, unchanged: plan.unchanged, ms: Math.round(performance.now() - started) };
    options.log.info(report, `ingest: ${report.added} added, ${report.changed} changed, ${report.removed} removed, ${report.unchanged} unchanged in ${report.ms} ms`);
    return report;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Runs one step of an ingest, logging its time at debug level (where an ingest's time goes). */
async function timed<T>(log: Logger, step: string, run: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await run();
  log.debug({ step, ms: Math.round(performance.now() - started) }, `ingest step ${step}`);
  return result;
}

async function applyPlan(client: PoolClient, plan: IngestPlan, options: IngestOptions, mergeKey: string): Promise<void> {
  const { log } = options;
  // Changed articles go too: they come back with the new ones, their sentences with them (ON DELETE CASCADE).
  const gone = [...plan.removed, ...plan.changed];
  if (gone.length > 0) await timed(log, 'delete', () => client.query('DELETE FROM articles WHERE id = ANY($1::text[])', [gone]));
  const normaliser = createNormaliser(options.synonyms);
  // The sentence index depends on the units alone: its thread loads while articles are attributed, gets the
  // sentences once the kept units are read, and builds the index while the merge runs (fed while attributing,
  // it took CPU from the attribution threads and made that step twice as long at 10x Reuters).
  const large = plan.corpus.length >= THREADED_ATTRIBUTION_MIN || (options.attributionThreads ?? 0) > 0;
  const feed = options.writeSearchIndexes && large ? (options.startSentenceFeed?.(normaliser, { synonyms: options.synonyms, log }) ?? null) : null;
  let snapshot: CorpusSnapshot;
  try {
    const fresh = await timed(log, 'attribute', () => attributeFresh(client, plan, options));
    const kept = await timed(log, 'read kept units', () => keptUnits(client, [...fresh.keys()]));
    const units = plan.corpus.map(({ raw }) => {
      const unit = fresh.get(raw.id) ?? kept.get(raw.id);
      if (!unit) throw new Error(`article "${raw.id}" is neither attributed nor stored`);
      return unit;
    });
    const sentences = sentencesOfUnits(units);
    const sentenceIndex = (await feed?.finish(sentences)) ?? null;
    snapshot = await timed(log, 'merge', () => snapshotOfUnits(units, normaliser, options.config, sentences));
    await writeFromMerge(client, snapshot, normaliser, options, sentenceIndex);
  } finally {
    await feed?.close();
  }
  await client.query(
    `INSERT INTO coverage_state (singleton, merge_key, synonyms, version) VALUES (true, $1, $2, $3)
     ON CONFLICT (singleton) DO UPDATE SET merge_key = EXCLUDED.merge_key, synonyms = EXCLUDED.synonyms, version = EXCLUDED.version, updated_at = now()`,
    [mergeKey, JSON.stringify(options.synonyms), coverageVersion(snapshot)],
  );
}

/** Writes the tables made from the merge: entities, clusters and occurrences, context links, the search indexes. */
export async function writeFromMerge(
  client: PoolClient,
  snapshot: CorpusSnapshot,
  normaliser: Normaliser,
  options: Pick<IngestOptions, 'log' | 'synonyms' | 'writeSearchIndexes'>,
  sentenceIndex: StartedIndex | null = null,
): Promise<void> {
  const { log } = options;
  // At once on the one connection, its statements sent in turn: each step's rows are worked out while the server stores another's.
  const writer = inTurn(client);
  const [written] = await timed(log, 'writes from the merge', () =>
    settleAll([
      timed(log, 'write merge', () => writeMerge(writer, snapshot, normaliser)),
      timed(log, 'context links', () => writeContextLinks(writer, snapshot)),
      timed(log, 'search indexes', () => options.writeSearchIndexes?.(writer, snapshot, normaliser, { synonyms: options.synonyms, log, started: sentenceIndex })),
    ]),
  );
  log.debug(written, `ingest wrote ${written.entities} of ${snapshot.entities.length} entities and ${written.clusters} of ${snapshot.clusters.length} clusters`);
}

/**
 * Attributes the new and changed articles in corpus order and writes them,
 * numbering sentences across the corpus as it goes; moves kept articles
 * whose place changed. Returns the new units by id.
 */
async function attributeFresh(client: PoolClient, plan: IngestPlan, options: IngestOptions): Promise<Map<string, ArticleUnit>> {
  const spans = await sentenceSpans(client);
  const total = plan.added.length + plan.changed.length;
  const threads = options.attributionThreads ?? (total >= THREADED_ATTRIBUTION_MIN ? undefined : 0);
  const attributor = total > 0 ? await startUnitWorkers(options.config, { threads, log: options.log }) : inThreadAttributor(options.config);
  if (attributor.threads > 0) options.log.debug({ threads: attributor.threads }, `ingest attributes on ${attributor.threads} worker threads`);
  try {
    return await attributeInBatches(client, plan, options, spans, attributor);
  } finally {
    await attributor.close();
  }
}

async function attributeInBatches(
  client: PoolClient,
  plan: IngestPlan,
  options: IngestOptions,
  spans: Awaited<ReturnType<typeof sentenceSpans>>,
  attributor: UnitAttributor,
): Promise<Map<string, ArticleUnit>> {
  const total = plan.added.length + plan.changed.length;
  const fresh = new Map<string, ArticleUnit>();
  const moves: { id: string; position: number; firstSentence: number }[] = [];
  const batches = freshBatches(plan, attributor);
  let batch: PlacedUnit[] = [];
  // One write in flight while the next batch is attributed; its failure surfaces at the next await.
  let writing: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    await writing;
    writing = insertUnits(client, batch, options.codeVersion);
    writing.catch(() => undefined);
    batch = [];
    options.onProgress?.(fresh.size, total);
  };
  let next = 0;
  let attributed = 0;
  let units: ArticleUnit[] = [];
  for (const [position, entry] of plan.corpus.entries()) {
    if (entry.fresh) {
      if (attributed % ATTRIBUTION_BATCH === 0) units = await batches.units(attributed / ATTRIBUTION_BATCH);
      const unit = units[attributed++ % ATTRIBUTION_BATCH] as ArticleUnit;
      fresh.set(entry.raw.id, unit);
      batch.push({ unit, fingerprint: entry.fingerprint, position, firstSentence: next });
      next += unit.sentences.length;
      if (batch.length >= ATTRIBUTION_BATCH) await flush();
    } else {
      const span = spans.get(entry.raw.id) ?? { count: 0, first: next };
      // Only those that move: adding articles at the end moves none.
      if (span.first !== next || entry.stored?.position !== position) moves.push({ id: entry.raw.id, position, firstSentence: next });
      next += span.count;
    }
  }
  if (batch.length > 0) await flush();
  await timed(options.log, 'last write', () => writing);
  await timed(options.log, 'move kept articles', () => moveArticles(client, moves));
  return fresh;
}

/**
 * The units of the fresh articles in batches of ATTRIBUTION_BATCH, in corpus order, each taken once. With
 * worker threads every batch is asked for at once (the threads work ahead while earlier batches are
 * written); in-thread, each when it is taken, so that a batch is written while the next is attributed.
 */
function freshBatches(plan: IngestPlan, attributor: UnitAttributor): { units: (batch: number) => Promise<ArticleUnit[]> } {
  const raws = plan.corpus.filter((entry) => entry.fresh).map((entry) => entry.raw);
  const asked = new Map<number, Promise<ArticleUnit[]>>();
  const ask = (batch: number): Promise<ArticleUnit[]> => {
    let units = asked.get(batch);
    if (!units) {
      units = attributor.attribute(raws.slice(batch * ATTRIBUTION_BATCH, (batch + 1) * ATTRIBUTION_BATCH));
      // A failure surfaces when its batch is awaited.
      units.catch(() => undefined);
      asked.set(batch, units);
    }
    return units;
  };
  if (attributor.threads > 0) for (let batch = 0; batch * ATTRIBUTION_BATCH < raws.length; batch++) ask(batch);
  return {
    units: (batch) => {
      const units = ask(batch);
      asked.delete(batch);
      return units;
    },
  };
}
