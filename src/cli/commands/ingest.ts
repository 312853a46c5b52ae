/**
 * `ingest`: brings the store up to date with a corpus, attributing only the
 * articles that are new or changed and forgetting those removed; later
 * starts (the bot, `ask`, `quotes`) then open the stored coverage at once.
 * The store is PostgreSQL when DATABASE_URL is set, else the embedded one.
 */
import { existsSync } from 'node:fs';
import { openStore, type OpenedStore } from '../../retrieval/open-store.js';
import { redactDatabaseUrl } from '../../retrieval/postgres/database-url.js';
import { loadConfigFiles } from '../../settings/config-files.js';
import { UsageError, type Command } from '../context.js';
import { createProgress } from '../progress.js';

function summary(opened: OpenedStore, where: string): string {
  const counts = opened.counts;
  const n = (value: number): string => value.toLocaleString('en-US');
  const seconds = (opened.ms / 1000).toFixed(1);
  if (!counts) return `${n(opened.coverage.articleCount)} articles built in ${seconds} s\n`;
  const changes = `${n(counts.added)} added, ${n(counts.changed)} changed, ${n(counts.removed)} removed, ${n(counts.unchanged)} unchanged`;
  return `${n(counts.articles)} articles in ${where}: ${changes}; ${n(opened.coverage.statementCount)} statements; ${seconds} s\n`;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'store the coverage of a corpus, attributing only new or changed articles',
  usage: 'ingest [--json] [--corpus PATH]...',
  run: async ({ args, json, corpusPaths, corpusGiven, out, log, settings }) => {
    if (args.length > 0) throw new UsageError(`ingest takes no arguments (got "${args.join(' ')}")`);
    // An ingest removes what the corpus no longer holds: a database is never brought to the seeds by default.
    if (settings.databaseUrl !== null && !corpusGiven && settings.corpusPaths.length === 0) {
      throw new UsageError('with DATABASE_URL set, name the corpus to ingest: --corpus PATH (or CORPUS_PATHS)');
    }
    const missing = corpusPaths.filter((given) => !existsSync(given));
    if (missing.length > 0) throw new UsageError(`${missing.join(', ')} ${missing.length === 1 ? 'does' : 'do'} not exist: nothing was ingested (an ingest would remove their articles from the store)`);
    const opened = await openStore({
      corpusPaths, cacheDir: settings.cacheDir, maxArticleBytes: settings.maxArticleBytes, ...loadConfigFiles(), log,
      // Every corpus is stored, however small: that is what ingesting asks for.
      cacheMinArticles: 0,
      databaseUrl: settings.databaseUrl,
      ingest: true,
      progress: (total) => createProgress({ total, label: 'articles attributed', stream: process.stderr, log }),
    });
    try {
      const where = opened.store === 'postgres' && settings.databaseUrl ? redactDatabaseUrl(settings.databaseUrl) : settings.cacheDir;
      if (json) out(`${JSON.stringify({ store: opened.store, where, ...opened.counts, statements: opened.coverage.statementCount, ms: opened.ms, warnings: opened.warnings })}\n`);
      else out(summary(opened, where));
      return 0;
    } finally {
      await opened.close();
    }
  },
};
