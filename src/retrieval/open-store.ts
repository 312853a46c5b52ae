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
import { openCoverage, type OpenOptions, type Progress } from './open.js';
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
}

export interface OpenedStore {
  store: 'embedded' | 'postgres';
  coverage: Coverage;
  warnings: LoadWarning[];
  /** What an ingest took in; null when nothing was ingested (a database opened as it is, a small corpus built in memory). */
  counts: IngestCounts | null;
  ms: number;
  /** Lets go of the database (nothing to do for the embedded store). */
  close: () => Promise<void>;
}

/** A database that was never ingested into cannot answer anything: said plainly, with what to do. */
export class EmptyStoreError extends Error {
  override name = 'EmptyStoreError';
}

async function ingestCorpus(pool: Pool, options: StoreOptions): Promise<{ warnings: LoadWarning[]; counts: IngestCounts }> {
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

/**
 * Opens the coverage from the store the settings choose.
 *
 * @example
 * const { coverage, close } = await openStore({ ...openOptions, databaseUrl: settings.databaseUrl, ingest: false });
 */
export async function openStore(options: StoreOptions): Promise<OpenedStore> {
  if (options.databaseUrl === null) {
    const opened = openCoverage(options);
    return { store: 'embedded', coverage: opened.coverage, warnings: opened.warnings, counts: opened.counts, ms: opened.ms, close: async () => {} };
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
    const coverage = await openPostgresCoverage(pool);
    const ms = Math.round(performance.now() - started);
    options.log.info({ articles: coverage.articleCount, statements: coverage.statementCount, store: 'postgres', ms }, `coverage of ${coverage.articleCount} articles ready in ${ms} ms (postgres)`);
    return { store: 'postgres', coverage, warnings: ingested?.warnings ?? [], counts: ingested?.counts ?? null, ms, close: () => pool.end() };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}
