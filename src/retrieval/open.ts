/**
 * Opens the coverage of a corpus for answering: from the on-disk cache when
 * it holds a valid snapshot of this corpus and code, otherwise by building it
 * (and then caching it). Small corpora such as the seeds are simply built.
 */
import type { AttributionConfig } from '../attribution/config.js';
import { readCorpus } from '../corpus/load.js';
import { prepareArticle } from '../corpus/prepare.js';
import type { LoadWarning } from '../corpus/types.js';
import { describeWarning } from '../corpus/warnings.js';
import type { Logger } from '../logging/logger.js';
import { cacheKey, codeVersion, readCache, removeStaleTemporaryFiles, writeCache } from './cache.js';
import { buildCoverage, buildSnapshot, coverageOf, type Coverage } from './coverage.js';
import { createNormaliser, withCorpusSynonyms, type SynonymConfig } from './normalise.js';
import { buildIndexes } from './search-index.js';

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
}

export interface OpenedCoverage {
  coverage: Coverage;
  warnings: LoadWarning[];
  /** Where it came from: built from the articles, or loaded from the cache. */
  origin: 'built' | 'cache';
  ms: number;
}

/** Opens the coverage; warnings about the corpus are logged and returned. */
export function openCoverage(options: OpenOptions): OpenedCoverage {
  const started = performance.now();
  const { log, attribution: config } = options;
  const { raws, warnings, synonyms: own } = readCorpus(options.corpusPaths, { maxArticleBytes: options.maxArticleBytes });
  const synonyms = withCorpusSynonyms(options.synonyms, own);
  for (const warning of warnings) log.warn({ file: warning.file, line: warning.line }, describeWarning(warning));
  const done = (coverage: Coverage, origin: 'built' | 'cache'): OpenedCoverage => {
    const ms = Math.round(performance.now() - started);
    log.info({ articles: raws.length, statements: coverage.statementCount, origin, ms }, `coverage of ${raws.length} articles ready in ${ms} ms (${origin})`);
    return { coverage, warnings, origin, ms };
  };
  if (raws.length < options.cacheMinArticles) {
    return done(buildCoverage(raws.map(prepareArticle), synonyms, config), 'built');
  }
  const normaliser = createNormaliser(synonyms);
  // The corpus's own synonyms shape its index as config/ does: they are part of the key.
  const key = cacheKey(raws, `${codeVersion()}:${JSON.stringify(own)}`);
  // A write killed midway (kill -9) leaves its temporary file: old ones go at start.
  for (const file of removeStaleTemporaryFiles(options.cacheDir)) log.warn({ file }, `removed ${file}, left by a cache write that never finished`);
  const cached = readCache(options.cacheDir, key, normaliser);
  if (cached.status === 'hit') {
    try {
      return done(coverageOf(cached.snapshot, cached.indexes, normaliser), 'cache');
    } catch (error) {
      // The shape checks passed but the entry still cannot be used: rebuilt like a damaged one, never a crash.
      const reason = `the cached snapshot could not be opened: ${(error as Error).message}`;
      log.warn({ reason }, `cached snapshot rejected, rebuilding: ${reason}`);
    }
  } else if (cached.status === 'damaged') log.warn({ reason: cached.reason }, `cached snapshot rejected, rebuilding: ${cached.reason}`);
  else log.info(`no cached snapshot (${cached.reason}); building one`);
  const snapshot = buildSnapshot(raws.map(prepareArticle), normaliser, config);
  const indexes = buildIndexes(snapshot, normaliser);
  try {
    const file = writeCache(options.cacheDir, key, snapshot, indexes);
    log.info({ file }, `cached the snapshot in ${file}`);
  } catch (error) {
    log.warn({ error: (error as Error).message }, `could not write the snapshot cache: ${(error as Error).message}`);
  }
  return done(coverageOf(snapshot, indexes, normaliser), 'built');
}
