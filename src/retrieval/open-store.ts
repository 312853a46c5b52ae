/**
 * Opens the store the settings choose: PostgreSQL when DATABASE_URL is set,
 * the embedded store otherwise. Ingesting (reading a corpus and storing what
 * is new, changed or gone) is asked for explicitly: the embedded store
 * always reads its corpus; a database is ingested into only when a corpus is
 * given, and otherwise answers from what it holds.
 */
import { readCorpus } from '../corpus/load.js';
import type { LoadWarning } from '../corpus/types.js';
import { describeWarning } from '../corpus/warnings.js';
import { codeVersion } from './code-version.js';
import type { Coverage } from './coverage.js';
import type { IngestCounts } from './embedded/store.js';
import { withCorpusSynonyms } from './normalise.js';
import { storeOnThread, RefreshThreadError, type StoredOnThread } from './refresh-thread.js';
import { openCoverage, openStored, type OpenedCoverage, type OpenOptions, type Progress } from './open.js';
import { ingestIntoPostgres } from './postgres/ingest.js';
import { migrate } from './postgres/migrations.js';
import { checkConnection, createPool, type Pool } from './postgres/pool.js';
import { openPostgresCoverage } from './postgres/postgres-coverage.js';
import { startSentenceFeed, writeSearchIndexes } from './postgres/search-write.js';

export interface StoreOptions extends OpenOptions {
  /** PostgreSQL's address (DATABASE_URL), or null for the embedded store. */
  databaseUrl: string | null;
  /** Whether `corpusPaths` are to be ingested into a database (the embedded store reads them anyway). */
  ingest: boolean;
  /** Whether the corpus is read again while the job answers (CORPUS_WATCH, FEEDS): a database's answers then check every fetch. */
  followed?: boolean;
}

export interface OpenedStore {
  store: 'embedded' | 'postgres';
  /** The coverage: the latest, once refreshed. */
  readonly coverage: Coverage;
  warnings: LoadWarning[];
  /** What an ingest took in; null when nothing was ingested (a database opened as it is, a small corpus built in memory). */
  counts: IngestCounts | null;
  ms: number;
  /**
   * Reads the corpus again and stores what is new, changed or gone (only
   * those articles are attributed), giving the coverage now: the one held
   * when nothing changed (no article, and not its version). Answers under
   * way keep the coverage they began with.
   */
  refresh: () => Promise<RefreshedCoverage>;
  /** Lets go of the database (nothing to do for the embedded store). */
  close: () => Promise<void>;
}

/** The coverage after a refresh, and what it took in. */
export type RefreshedCoverage = Pick<OpenedStore, 'coverage' | 'warnings' | 'counts' | 'ms'> & {
  /** How the embedded store made it: the changes layered on the stored coverage, or the corpus-wide steps redone (only the new articles attributed either way). */
  origin?: OpenedCoverage['origin'];
};

/** A database that was never ingested into cannot answer anything: said plainly, with what to do. */
export class EmptyStoreError extends Error {
  override name = 'EmptyStoreError';
}

/** Reads the corpus and ingests it into the database: what is new, changed or gone. */
export async function ingestCorpus(pool: Pool, options: StoreOptions): Promise<{ warnings: LoadWarning[]; counts: IngestCounts }> {
  const { raws, warnings, synonyms: own } = readCorpus(options.corpusPaths, { maxArticleBytes: options.maxArticleBytes });
  for (const warning of warnings) options.log.warn({ file: warning.file, line: warning.line }, describeWarning(warning));
  let progress: Progress | undefined;
  const report = await ingestIntoPostgres(pool, raws, {
    config: options.attribution,
    synonyms: withCorpusSynonyms(options.synonyms, own),
    codeVersion: codeVersion(),
    log: options.log,
    writeSearchIndexes,
    startSentenceFeed,
    onProgress: (done, total) => (progress ??= options.progress?.(total))?.update(done),
  });
  progress?.finish();
  return { warnings, counts: { articles: raws.length, added: report.added, changed: report.changed, removed: report.removed, unchanged: report.unchanged } };
}

/** Whether a coverage read again differs from the one held: an article added, changed or removed, or its version (new synonyms, another order). */
function changedFrom(held: Coverage, read: Coverage, counts: IngestCounts): boolean {
  return counts.added + counts.changed + counts.removed > 0 || read.version !== held.version;
}

/** An article's words as a coverage holds them: what tells a changed article from an unchanged one. */
function wordsOf(coverage: Coverage, id: string): string {
  return JSON.stringify([coverage.article(id), coverage.sentencesOf(id).map((sentence) => sentence.text)]);
}

/**
 * What changed from one coverage built in memory to the next (a small corpus
 * keeps no store that would count it): articles by id, and by their words.
 */
export function countsBetween(before: Coverage, after: Coverage): IngestCounts {
  const earlier = new Set(before.articles().map((article) => article.id));
  const counts: IngestCounts = { articles: after.articleCount, added: 0, changed: 0, removed: 0, unchanged: 0 };
  for (const { id } of after.articles()) {
    if (!earlier.delete(id)) counts.added++;
    else if (wordsOf(before, id) === wordsOf(after, id)) counts.unchanged++;
    else counts.changed++;
  }
  counts.removed = earlier.size;
  return counts;
}

/**
 * The coverage a refresh gives, and what it took in: what the thread stored,
 * opened as it stored it (no file read here). A small corpus the thread built
 * in memory is built here (its warnings were logged there). With no thread,
 * or an entry that does not open, the corpus is read here.
 */
function openAfterThread(options: OpenOptions, stored: StoredOnThread | null): Pick<RefreshedCoverage, 'coverage' | 'warnings' | 'counts' | 'origin'> {
  if (stored?.stored) {
    const held = openStored(options, stored.stored);
    if (held) return { coverage: held, warnings: stored.warnings, counts: stored.counts, ...(stored.origin ? { origin: stored.origin } : {}) };
    options.log.warn('the coverage the refresh thread stored could not be opened: reading the corpus again here');
    return openCoverage(options);
  }
  if (!stored) return openCoverage(options);
  const built = openCoverage({ ...options, log: options.log.child({}, { level: 'error' }) });
  return { coverage: built.coverage, warnings: stored.warnings, counts: built.counts, origin: built.origin };
}

/**
 * The corpus read and stored on a thread (refresh-thread.ts); null when the
 * thread cannot start (logged: the caller refreshes in-thread) or the corpus
 * has no article there (read here, it fails here alike, as it always has).
 * Any other failure there (the database, the disk) is the refresh's, thrown:
 * done again here, it would hold this thread for what the thread was for.
 */
async function storedOnThread(options: OpenOptions, databaseUrl: string | null = null): Promise<StoredOnThread | null> {
  try {
    return await storeOnThread(options, databaseUrl);
  } catch (error) {
    if (error instanceof RefreshThreadError) {
      if (error.name === 'CorpusError') return null;
      throw error;
    }
    options.log.warn({ err: error }, `the corpus could not be read on a thread of its own (${(error as Error).message}): reading it on the main thread`);
    return null;
  }
}

/**
 * Opens the coverage from the store the settings choose.
 *
 * @example
 * const { coverage, close } = await openStore({ ...openOptions, databaseUrl: settings.databaseUrl, ingest: false });
 */
export async function openStore(options: StoreOptions): Promise<OpenedStore> {
  if (options.databaseUrl === null) {
    const first = openCoverage(options);
    let last = first.coverage;
    const refresh = async (): Promise<RefreshedCoverage> => {
      const started = performance.now();
      // A stored coverage is read and stored again on a thread, this one answering meanwhile, then opened here as
      // stored (openAfterThread); a small corpus is built here, in memory. A corpus that had articles and now reads as none is refused (a folder gone or unmounted), the coverage kept.
      const now = { ...options, emptyAllowed: options.emptyAllowed === true && last.articleCount === 0 };
      const stored = last.articleCount >= options.cacheMinArticles ? await storedOnThread(now) : null;
      const { coverage, warnings, counts, origin } = openAfterThread(now, stored);
      const ms = Math.round(performance.now() - started);
      const counted = counts ?? countsBetween(last, coverage);
      // The same coverage read again (a file touched): the store opened the one it had packed, and the one held stays
      // (the new copy is let go). New synonyms change no article and not the version, but the store's key: it builds
      // anew. One built in memory (a small corpus) is taken whatever it counts.
      if (counts && origin === 'cache' && !changedFrom(last, coverage, counted)) return { coverage: last, warnings, counts: counted, ms, origin };
      last = coverage;
      return { coverage, warnings, counts: counted, ms, origin };
    };
    return {
      store: 'embedded',
      // The latest: the first coverage is let go once refreshed and no answer uses it.
      get coverage() {
        return last;
      },
      warnings: first.warnings, counts: first.counts, ms: first.ms, refresh, close: async () => {},
    };
  }
  const started = performance.now();
  const pool = createPool(options.databaseUrl);
  try {
    await checkConnection(pool, options.databaseUrl);
    const applied = await migrate(pool);
    if (applied.length > 0) options.log.info({ migrations: applied }, `database migrated: ${applied.join(', ')}`);
    const ingested = options.ingest ? await ingestCorpus(pool, options) : null;
    const state = await pool.query('SELECT 1 FROM coverage_state');
    if (state.rowCount === 0) throw new EmptyStoreError('the database holds no coverage yet: run `npm run cli -- ingest --corpus PATH` with DATABASE_URL set, then ask again');
    const coverageOptions = { verifyEachFetch: options.followed === true };
    const coverage = await openPostgresCoverage(pool, coverageOptions);
    const ms = Math.round(performance.now() - started);
    options.log.info({ articles: coverage.articleCount, statements: coverage.statementCount, store: 'postgres', ms }, `coverage of ${coverage.articleCount} articles ready in ${ms} ms (postgres)`);
    let latest = coverage;
    const refresh = async (): Promise<RefreshedCoverage> => {
      const began = performance.now();
      // On a thread of its own, as the embedded store's refresh (this one answers meanwhile); here when that fails.
      const onThread = await storedOnThread(options, options.databaseUrl);
      const again = onThread?.counts ? { warnings: onThread.warnings, counts: onThread.counts } : await ingestCorpus(pool, options);
      const opened = await openPostgresCoverage(pool, coverageOptions);
      if (changedFrom(latest, opened, again.counts)) latest = opened;
      return { coverage: latest, warnings: again.warnings, counts: again.counts, ms: Math.round(performance.now() - began) };
    };
    return {
      store: 'postgres',
      get coverage() {
        return latest;
      },
      warnings: ingested?.warnings ?? [], counts: ingested?.counts ?? null, ms, refresh, close: () => pool.end(),
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}
