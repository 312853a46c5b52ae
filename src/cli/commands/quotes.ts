import path from 'node:path';
import { attributeCorpus, type Statement } from '../../attribution/index.js';
import { CorpusError, readArticleFile } from '../../corpus/load.js';
import { prepareArticle } from '../../corpus/prepare.js';
import type { Article, LoadWarning } from '../../corpus/types.js';
import { describeWarning } from '../../corpus/warnings.js';
import { loadAttributionConfig, loadConfigFiles } from '../../settings/config-files.js';
import { loadCorpusLogged } from '../corpus-loading.js';
import { refuseCorpusWithDatabase, type Command, type CommandContext } from '../context.js';
import { openStore } from '../../retrieval/open-store.js';
import { settled } from '../../retrieval/pending.js';
import { formatTable } from '../table.js';

/** One line of `quotes --json`: a statement with offsets into its file's text. */
export interface QuoteLine {
  file: string;
  start: number;
  end: number;
  text: string;
  kind: Statement['kind'];
  speaker: {
    name: string | null;
    mention: string | null;
    start: number | null;
    end: number | null;
    anonymous: boolean;
    role: string | null;
    entity: string | null;
  };
  /** Where the cue stands; null offsets for statements read from a database, which keeps the cue's words only. */
  cue: { text: string; start: number | null; end: number | null } | null;
  article: string;
}

export function toQuoteLine(statement: Statement, file: string): QuoteLine {
  const { speaker, cue } = statement;
  return {
    file,
    start: statement.start,
    end: statement.end,
    text: statement.text,
    kind: statement.kind,
    speaker: {
      name: speaker.anonymous ? null : speaker.name,
      mention: speaker.mention?.text ?? null,
      start: speaker.mention?.start ?? null,
      end: speaker.mention?.end ?? null,
      anonymous: speaker.anonymous,
      role: speaker.role,
      entity: speaker.entity,
    },
    cue: cue ? { text: cue.text, start: cue.start, end: cue.end } : null,
    article: statement.articleId,
  };
}

/** Reads each FILE as one article; unreadable ones are warned about and skipped. */
function readFiles(files: readonly string[], context: CommandContext): Map<string, Article> {
  const articles = new Map<string, Article>();
  const warnings: LoadWarning[] = [];
  files.forEach((file) => {
    // The path as given is the id, so two files with one name in different folders stay apart.
    for (const raw of readArticleFile(file, file, warnings)) if (!articles.has(raw.id)) articles.set(raw.id, prepareArticle(raw));
  });
  for (const warning of warnings) context.log.warn({ file: warning.file }, describeWarning(warning));
  if (articles.size === 0) throw new CorpusError('none of the files given could be read', warnings);
  return articles;
}

function articlesToQuote(context: CommandContext): Map<string, Article> {
  if (context.args.length > 0) return readFiles(context.args, context);
  const corpus = loadCorpusLogged(context.corpusPaths, context.log, { maxArticleBytes: context.settings.maxArticleBytes });
  return new Map(corpus.articles.map((article) => [path.relative(process.cwd(), article.origin) || article.origin, article]));
}

/** Every statement the database holds, one line an article that carries it, by statement and then article order. */
async function storedQuoteLines(context: CommandContext): Promise<QuoteLine[]> {
  const { settings, log } = context;
  const { coverage, close } = await openStore({ corpusPaths: [], cacheDir: settings.cacheDir, cacheMinArticles: 0, ...loadConfigFiles(), log, databaseUrl: settings.databaseUrl, ingest: false });
  try {
    const clusters = await settled(() => coverage.clusters());
    return clusters.flatMap((cluster) => cluster.occurrences.map((occurrence): QuoteLine => ({
      file: occurrence.articleId,
      start: occurrence.start,
      end: occurrence.end,
      text: occurrence.text,
      kind: occurrence.kind,
      speaker: { name: cluster.speaker, mention: occurrence.mention, start: null, end: null, anonymous: cluster.anonymous, role: cluster.role, entity: cluster.entity },
      cue: occurrence.cue ? { text: occurrence.cue, start: null, end: null } : null,
      article: occurrence.articleId,
    })));
  } finally {
    await close();
  }
}

function attributedQuoteLines(context: CommandContext): QuoteLine[] {
  const byFile = articlesToQuote(context);
  const fileOf = new Map([...byFile].map(([file, article]) => [article.id, file]));
  const started = performance.now();
  const { statements } = attributeCorpus([...byFile.values()], loadAttributionConfig());
  const ms = Math.round(performance.now() - started);
  context.log.info({ statements: statements.length, ms }, `found ${statements.length} statements in ${ms} ms`);
  return statements.map((statement) => toQuoteLine(statement, fileOf.get(statement.articleId) ?? statement.articleId));
}

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'every statement and its speaker (JSON Lines with --json); with DATABASE_URL and no FILE, those the database holds',
  usage: 'quotes [--json] [--corpus PATH]... [FILE...]',
  run: async (context) => {
    refuseCorpusWithDatabase(context, 'quotes');
    // Files named are read and attributed as they are, database or not: that is what naming them asks for.
    const lines = context.settings.databaseUrl !== null && context.args.length === 0 ? await storedQuoteLines(context) : attributedQuoteLines(context);
    if (context.json) {
      context.out(lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
      return 0;
    }
    const rows = lines.map((line) => [
      `${path.basename(line.file)}:${line.start}`,
      line.kind,
      line.speaker.anonymous ? `(anonymous) ${line.speaker.mention ?? ''}` : (line.speaker.name ?? line.speaker.mention ?? '?'),
      line.cue?.text ?? '-',
      line.text,
    ]);
    context.out(formatTable(['where', 'kind', 'speaker', 'cue', 'statement'], rows));
    context.out(`${lines.length} statement${lines.length === 1 ? '' : 's'}\n`);
    return 0;
  },
};
