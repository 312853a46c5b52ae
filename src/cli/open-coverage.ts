import type { Coverage } from '../retrieval/coverage.js';
import { openStore } from '../retrieval/open-store.js';
import { loadConfigFiles } from '../settings/config-files.js';
import { refuseCorpusWithDatabase, type CommandContext } from './context.js';

/**
 * Runs `use` on the coverage a command answers from (the corpus, or the
 * database with DATABASE_URL), opened for it and closed after, whatever happens.
 */
export async function withCoverage<T>(context: CommandContext, command: string, use: (coverage: Coverage) => Promise<T>): Promise<T> {
  refuseCorpusWithDatabase(context, command);
  const { corpusPaths, log, settings } = context;
  const { coverage, close } = await openStore({
    corpusPaths, cacheDir: settings.cacheDir, cacheMinArticles: settings.cacheMinArticles, maxArticleBytes: settings.maxArticleBytes, ...loadConfigFiles(), log,
    databaseUrl: settings.databaseUrl, ingest: false,
  });
  try {
    return await use(coverage);
  } finally {
    await close();
  }
}
