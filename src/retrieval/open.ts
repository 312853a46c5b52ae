/**
 * Opens the coverage of a corpus for answering, through the embedded store
 * (embedded/store.ts): the stored coverage when it is of this corpus and
 * code, otherwise the articles new or changed are attributed and the
 * coverage stored. Small corpora such as the seeds are simply built in memory.
 */
import path from 'node:path';
import type { AttributionConfig } from '../attribution/config.js';
import { readAppended, readCorpus, type ArchiveEnd } from '../corpus/load.js';
import { prepareArticle } from '../corpus/prepare.js';
import type { LoadWarning } from '../corpus/types.js';
import { describeWarning } from '../corpus/warnings.js';
import type { Logger } from '../logging/logger.js';
import { codeVersion, removeStaleTemporaryFiles } from './code-version.js';
import { buildCoverage, type Coverage } from './coverage.js';
import { filesRead, grownArchive, readRecord, recordKey, saveRecord, stampFiles, stampFilesWithPrefixes, type FileStamp, type ReadRecord } from './embedded/read-record.js';
import { ingestAppended, ingestEmbedded, openStoredCoverage, type EmbeddedIngest, type EmbeddedOptions, type IngestCounts, type StoredCoverage } from './embedded/store.js';
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
  /** Whether a corpus of no article opens as an empty coverage (news feeds not yet fetched), rather than failing. */
  emptyAllowed?: boolean;
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
  /** True when opened from the record of the last read, no file read again (the files unchanged since). */
  recorded?: boolean;
  /** Where the store holds it (a coverage built in memory is held nowhere), and the corpus's own synonyms: what opens it again (openStored). */
  stored?: StoredEntry;
}

/** A coverage as the embedded store holds it, and the synonyms of the corpus it was read from. */
export interface StoredEntry {
  coverage: StoredCoverage;
  synonyms: string[][];
}

/**
 * Opens a coverage the store holds (one a refresh thread stored) without
 * reading the corpus; null when it cannot be opened.
 */
export function openStored(options: Pick<OpenOptions, 'cacheDir' | 'synonyms' | 'attribution'>, entry: StoredEntry): Coverage | null {
  return openStoredCoverage(options.cacheDir, entry.coverage, createNormaliser(withCorpusSynonyms(options.synonyms, entry.synonyms)), options.attribution)?.coverage ?? null;
}

/** How a corpus of files was last read (embedded/read-record.ts), and the files' stamps now. */
interface RecordedRead {
  key: string;
  stamps: FileStamp[];
  /** The record, when the files are unchanged since. */
  record: ReadRecord | null;
  /** The record, when the corpus is a JSONL archive only lines were appended to since, and the bytes appended. */
  grown: { record: ReadRecord & { archive: ArchiveEnd }; to: number } | null;
}

function recordedRead(options: OpenOptions): RecordedRead | null {
  const files = filesRead(options.corpusPaths);
  if (!files) return null;
  // Whatever else shapes what a read gives and what is built from it: the settings passed, and the code.
  // The paths as given too: their warnings name them so, and a path given twice is warned about.
  const settings = JSON.stringify([options.corpusPaths, options.maxArticleBytes ?? null, options.synonyms, options.attribution, options.cacheMinArticles]);
  const key = recordKey(files, settings, codeVersion());
  const record = readRecord(options.cacheDir, key);
  const { archive } = record ?? {};
  const stamped = stampFilesWithPrefixes(files, new Map(archive ? [[path.resolve(archive.file), archive.bytes]] : []));
  if (!stamped) return null;
  const { stamps } = stamped;
  if (record && JSON.stringify(record.stamps) === JSON.stringify(stamps)) return { key, stamps, record, grown: null };
  const grown = record && archive ? grownArchive(record, stamped) : null;
  return { key, stamps, record: null, grown: record && archive && grown ? { record: { ...record, archive }, to: grown.to } : null };
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
    const stored = { key: record.coverageKey, ...(record.layer ? { layer: record.layer } : {}) };
    const opened = openStoredCoverage(options.cacheDir, stored, createNormaliser(withCorpusSynonyms(options.synonyms, record.synonyms)), options.attribution);
    if (opened) {
      logWarnings(log, record.warnings);
      return { ...done(opened.coverage, opened.origin === 'packed' ? 'cache' : opened.origin, record.warnings, opened.counts), recorded: true, stored: { coverage: stored, synonyms: record.synonyms } };
    }
  }
  return (recorded?.grown && openGrown(options, recorded, done)) || readAndOpen(options, recorded, done);
}

/** The store's options for a corpus with these synonyms of its own. */
function storeOptions(options: OpenOptions, own: string[][], onProgress: EmbeddedOptions['onProgress']): EmbeddedOptions {
  return {
    folder: options.cacheDir,
    normaliser: createNormaliser(withCorpusSynonyms(options.synonyms, own)),
    attribution: options.attribution,
    // The corpus's own synonyms shape its index as config/ does: they are part of the key.
    salt: JSON.stringify(own),
    onProgress,
  };
}

/**
 * Opens the coverage of an archive only lines were appended to since it was
 * recorded, reading only those lines; null when all are to be read (see
 * readAppended and ingestAppended).
 */
function openGrown(options: OpenOptions, recorded: RecordedRead, finish: Done): OpenedCoverage | null {
  const { record, to } = recorded.grown ?? {};
  if (!record || to === undefined) return null;
  const read = readAppended(record.archive, to, record.warnings, { maxArticleBytes: options.maxArticleBytes });
  if (!read) return null;
  removeLeftovers(options);
  let progress: Progress | undefined;
  const stored = { key: record.coverageKey, ...(record.layer ? { layer: record.layer } : {}) };
  const ingested = ingestAppended(stored, read.raws, storeOptions(options, record.synonyms, (done, total) => (progress ??= options.progress?.(total))?.update(done)));
  progress?.finish();
  if (!ingested) return null;
  logWarnings(options.log, read.warnings);
  return opened(options, recorded, { warnings: read.warnings, synonyms: record.synonyms, ...(read.archive ? { archive: read.archive } : {}) }, ingested, finish);
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
  const read = readCorpus(options.corpusPaths, { maxArticleBytes: options.maxArticleBytes, emptyAllowed: options.emptyAllowed === true });
  const { raws, warnings, synonyms: own } = read;
  const synonyms = withCorpusSynonyms(options.synonyms, own);
  logWarnings(log, warnings);
  const done = (coverage: Coverage, origin: OpenedCoverage['origin'], counts: IngestCounts | null = null): OpenedCoverage => finish(coverage, origin, warnings, counts);
  if (raws.length === 0 || raws.length < options.cacheMinArticles) {
    return done(buildCoverage(raws.map(prepareArticle), synonyms, config), 'built');
  }
  removeLeftovers(options);
  let progress: Progress | undefined;
  const ingested = ingestEmbedded(raws, storeOptions(options, own, (done, total) => (progress ??= options.progress?.(total))?.update(done)));
  progress?.finish();
  const { archive } = read;
  // The archive's end is recorded only as it was stamped: what was read is what the stamp says.
  const exact = archive && recorded?.stamps.some((stamp) => stamp.file === path.resolve(archive.file) && 'size' in stamp && stamp.size === archive.bytes);
  return opened(options, recorded, { warnings, synonyms: own, ...(exact ? { archive } : {}) }, ingested, finish);
}

/** Records the read (unless a file changed meanwhile), logs what the store took in, and gives the coverage. */
function opened(options: OpenOptions, recorded: RecordedRead | null, read: Pick<ReadRecord, 'warnings' | 'synonyms' | 'archive'>, ingested: EmbeddedIngest, finish: Done): OpenedCoverage {
  const { log } = options;
  // Stamped before the read and again after it: a file that changed in between is not recorded (one changed and put back within the read would be).
  if (recorded && JSON.stringify(stampFiles(recorded.stamps.map((stamp) => stamp.file))) === JSON.stringify(recorded.stamps)) {
    const { key, layer } = ingested.stored;
    const record: ReadRecord = { stamps: recorded.stamps, ...read, coverageKey: key, ...(layer ? { layer } : {}) };
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
  return { ...finish(ingested.coverage, ingested.origin === 'packed' ? 'cache' : ingested.origin, read.warnings, ingested.counts), stored: { coverage: ingested.stored, synonyms: read.synonyms } };
}
