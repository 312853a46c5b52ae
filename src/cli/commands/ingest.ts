/**
 * `ingest`: brings the store up to date with a corpus, attributing only the
 * articles that are new or changed and forgetting those removed; later
 * starts (the bot, `ask`, `quotes`) then open the stored coverage at once.
 */
import { openCoverage, type OpenedCoverage } from '../../retrieval/open.js';
import { loadConfigFiles } from '../../settings/config-files.js';
import { UsageError, type Command } from '../context.js';
import { createProgress } from '../progress.js';

function summary(opened: OpenedCoverage, where: string): string {
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
  run: ({ args, json, corpusPaths, out, log, settings }) => {
    if (args.length > 0) throw new UsageError(`ingest takes no arguments (got "${args.join(' ')}")`);
    const opened = openCoverage({
      corpusPaths, cacheDir: settings.cacheDir, maxArticleBytes: settings.maxArticleBytes, ...loadConfigFiles(), log,
      // Every corpus is stored, however small: that is what ingesting asks for.
      cacheMinArticles: 0,
      progress: (total) => createProgress({ total, label: 'articles attributed', stream: process.stderr, log }),
    });
    const { counts } = opened;
    if (json) out(`${JSON.stringify({ store: 'embedded', folder: settings.cacheDir, ...counts, statements: opened.coverage.statementCount, ms: opened.ms, warnings: opened.warnings })}\n`);
    else out(summary(opened, settings.cacheDir));
    return 0;
  },
};
