import path from 'node:path';
import { attributeCorpus, type Statement } from '../../attribution/index.js';
import { CorpusError, readText } from '../../corpus/load.js';
import { prepareArticle } from '../../corpus/prepare.js';
import type { Article, LoadWarning } from '../../corpus/types.js';
import { describeWarning } from '../../corpus/warnings.js';
import { loadAttributionConfig } from '../../settings/config-files.js';
import { loadCorpusLogged } from '../corpus-loading.js';
import type { Command, CommandContext } from '../context.js';
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
  cue: { text: string; start: number; end: number } | null;
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
    const read = readText(file);
    if ('problem' in read) {
      warnings.push({ file, message: `${read.problem}; skipped` });
      return;
    }
    // The path as given is the id, so two files with one name in different folders stay apart.
    if (!articles.has(file)) articles.set(file, prepareArticle({ id: file, origin: file, text: read.text, headlineInText: true }));
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

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'every statement and its speaker (JSON Lines with --json)',
  usage: 'quotes [--json] [--corpus PATH]... [FILE...]',
  run: (context) => {
    const byFile = articlesToQuote(context);
    const fileOf = new Map([...byFile].map(([file, article]) => [article.id, file]));
    const started = performance.now();
    const { statements } = attributeCorpus([...byFile.values()], loadAttributionConfig());
    const ms = Math.round(performance.now() - started);
    context.log.info({ statements: statements.length, ms }, `found ${statements.length} statements in ${ms} ms`);
    const lines = statements.map((statement) => toQuoteLine(statement, fileOf.get(statement.articleId) ?? statement.articleId));
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
