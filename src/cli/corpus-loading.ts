import { loadCorpus, type ReadOptions } from '../corpus/load.js';
import type { Corpus } from '../corpus/types.js';
import { describeWarning } from '../corpus/warnings.js';
import type { Logger } from '../logging/logger.js';

/** Loads the corpus and logs each warning and the time taken. */
export function loadCorpusLogged(paths: readonly string[], log: Logger, options: ReadOptions = {}): Corpus {
  const started = performance.now();
  const corpus = loadCorpus(paths, options);
  for (const warning of corpus.warnings) log.warn({ file: warning.file, line: warning.line }, describeWarning(warning));
  const ms = Math.round(performance.now() - started);
  log.info({ articles: corpus.articles.length, warnings: corpus.warnings.length, ms }, `loaded ${corpus.articles.length} articles in ${ms} ms`);
  return corpus;
}
