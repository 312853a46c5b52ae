/**
 * Opens the coverage of a corpus for answering, through the embedded store
 * (embedded/store.ts): the stored coverage when it is of this corpus and
 * code, otherwise the articles new or changed are attributed and the
 * coverage stored. Small corpora such as the seeds are simply built in memory.
 */
import path from 'node:path';
import type { AttributionConfig } from '../attribution/config.js';
import { readCorpus } from '../corpus/load.js';
import { prepareArticle } from '../corpus/prepare.js';
import type { LoadWarning } from '../corpus/types.js';
import { describeWarning } from '../corpus/warnings.js';
import type { Logger } from '../logging/logger.js';
import { codeVersion, removeStaleTemporaryFiles } from './code-version.js';
import { buildCoverage, type Coverage } from './coverage.js';
import { filesRead, freshRecord, recordKey, saveRecord, stampFiles, type FileStamp, type ReadRecord } from './embedded/read-record.js';
import { ingestEmbedded, openStoredCoverage, type IngestCounts } from './embedded/store.js';
import { createNormaliser, withCorpusSynonyms, type SynonymConfig } from './normalise.js';

export interface OpenOptions {
  corpusPaths: readonly string[];
  cacheDir: string;
  cacheMinArticles: number;
  /** The largest article read, in bytes (the MAX_ARTICLE_BYTES setting); default 5 MB. */
  maxArticleBytes?: number;
  /** The search synonyms and the attribution facts, as read from the config files (src/settings/config-files.ts); a corpus's own synonyms.json adds to these. */
  synonyms: SynonymConfig;
  attribution: AttributionConfig;
  log: Logger;
  /** Shows the progress of attributing `total` articles (a terminal line, or log lines). */
  progress?: (total: number) => Progress;
}

export interface Progress {
  update(done: number): void;
  finish(): void;
}

export interface OpenedCoverage {
  coverage: Coverage;
  warnings: LoadWarning[];
  /** Where it came from: built from the articles, loaded from the cache, or loaded with the few articles changed since layered on it. */
  origin: 'built' | 'cache' | 'layered';
  ms: number;
  /** What the store took in: articles added, changed, removed (null for a corpus built in memory, unstored). */
  counts: IngestCounts | null;
}

/** How a corpus of files was last read, when its files are unchanged since (embedded/read-record.ts). */
interface RecordedRead {
  key: string;
  stamps: FileStamp[];
  record: ReadRecord | null;
}

function recordedRead(options: OpenOptions): RecordedRead | null {
  const files = filesRead(options.corpusPaths);
  const stamps = files && stampFiles(files);
  if (!files || !stamps) return null;
  // Whatever else shapes what a read gives and what is built from it: the settings passed, and the code.
  // The paths as given too: their warnings name them so, and a path given twice is warned about.
  const settings = JSON.stringify([options.corpusPaths, options.maxArticleBytes ?? null, options.synonyms, options.attribution, options.cacheMinArticles]);
  const key = recordKey(files, settings, codeVersion());
  return { key, stamps, record: freshRecord(options.cacheDir, key, stamps) };
}

/** Opens the coverage; warnings about the corpus are logged and returned. */
export function openCoverage(options: OpenOptions): OpenedCoverage {
  const started = performance.now();
  const { log } = options;
  const recorded = recordedRead(options);
  const done = (coverage: Coverage, origin: OpenedCoverage['origin'], warnings: LoadWarning[], counts: IngestCounts | null = null): OpenedCoverage => {
    const ms = Math.round(performance.now() - started);
    log.info({ articles: coverage.articleCount, statements: coverage.statementCount, origin, ms }, `coverage of ${coverage.articleCount} articles ready in ${ms} ms (${origin})`);
    return { coverage, warnings, origin, ms, counts };
  };
  if (recorded?.record) {
    const { record } = recorded;
    removeLeftovers(options);
    const opened = openStoredCoverage(options.cacheDir, record.coverageKey, createNormaliser(withCorpusSynonyms(options.synonyms, record.synonyms)));
    if (opened) {
      logWarnings(log, record.warnings);
      return done(opened.coverage, 'cache', record.warnings, opened.counts);
    }
  }
  return readAndOpen(options, recorded, done);
}

/** A write killed midway (kill -9) leaves its temporary file: old ones go at start. */
function removeLeftovers({ cacheDir, log }: OpenOptions): void {
  for (const file of [cacheDir, path.join(cacheDir, 'units')].flatMap((folder) => removeStaleTemporaryFiles(folder))) log.warn({ file }, `removed ${file}, left by a write that never finished`);
}

function logWarnings(log: Logger, warnings: readonly LoadWarning[]): void {
  for (const warning of warnings) log.warn({ file: warning.file, line: warning.line }, describeWarning(warning));
}

type Done = (coverage: Coverage, origin: OpenedCoverage['origin'], warnings: LoadWarning[], counts?: IngestCounts | null) => OpenedCoverage;

/** Reads every article and opens their coverage, attributing those the store does not hold; records the read. */
function readAndOpen(options: OpenOptions, recorded: RecordedRead | null, finish: Done): OpenedCoverage {
  const { log, attribution: config } = options;
  const { raws, warnings, synonyms: own } = readCorpus(options.corpusPaths, { maxArticleBytes: options.maxArticleBytes });
  const synonyms = withCorpusSynonyms(options.synonyms, own);
  logWarnings(log, warnings);
  const done = (coverage: Coverage, origin: OpenedCoverage['origin'], counts: IngestCounts | null = null): OpenedCoverage => finish(coverage, origin, warnings, counts);
  if (raws.length < options.cacheMinArticles) {
    return done(buildCoverage(raws.map(prepareArticle), synonyms, config), 'built');
  }
  removeLeftovers(options);
  let progress: Progress | undefined;
  const ingested = ingestEmbedded(raws, {
    folder: options.cacheDir,
    normaliser: createNormaliser(synonyms),
    attribution: config,
    // The corpus's own synonyms shape its index as config/ does: they are part of the key.
    salt: JSON.stringify(own),
    onProgress: (done, total) => (progress ??= options.progress?.(total))?.update(done),
  });
  progress?.finish();
  // Stamped before the read and again after it: a file that changed in between is not recorded (one changed and put back within the read would be).
  if (ingested.key && recorded && JSON.stringify(stampFiles(recorded.stamps.map((stamp) => stamp.file))) === JSON.stringify(recorded.stamps)) {
    const record = { stamps: recorded.stamps, warnings, synonyms: own, coverageKey: ingested.key };
    try {
      saveRecord(options.cacheDir, recorded.key, record);
    } catch (error) {
      log.warn({ err: error }, `could not record the corpus read in ${options.cacheDir}: the next start reads every article again (${(error as Error).message})`);
    }
  }
  if (ingested.rejected) log.warn({ reason: ingested.rejected }, `stored coverage rejected, rebuilding: ${ingested.rejected}`);
  const { added, changed, removed } = ingested.counts;
  if (ingested.origin === 'built') log.info({ added, changed, removed }, `stored the coverage in ${options.cacheDir}: ${added} articles added, ${changed} changed, ${removed} removed`);
  if (ingested.origin === 'layered') log.info({ added, changed, removed }, `${added} articles added, ${changed} changed, ${removed} removed, on top of the coverage stored in ${options.cacheDir}`);
  return done(ingested.coverage, ingested.origin === 'packed' ? 'cache' : ingested.origin, ingested.counts);
}
