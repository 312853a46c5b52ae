import type { Article, ArticleMeta } from '../../corpus/types.js';
import { loadCorpusLogged } from '../corpus-loading.js';
import { UsageError, type Command } from '../context.js';
import { formatTable } from '../table.js';

/** One article as `sources --json` lists it. */
export interface SourceListing extends Pick<ArticleMeta, 'outlet' | 'url' | 'published' | 'wires' | 'byline' | 'dateline'> {
  id: string;
  headline: string | null;
  sentences: number;
  origin: string;
}

export function toListing(article: Article): SourceListing {
  const { meta } = article;
  return {
    id: article.id,
    outlet: meta.outlet,
    headline: article.headline,
    url: meta.url,
    published: meta.published,
    wires: meta.wires,
    byline: meta.byline,
    dateline: meta.dateline,
    sentences: article.sentences.length,
    origin: article.origin,
  };
}

export const sourcesCommand: Command = {
  name: 'sources',
  summary: 'list the articles of the corpus',
  usage: 'sources [--json] [--corpus PATH]...',
  run: ({ args, json, corpusPaths, out, log, settings }) => {
    if (args.length > 0) throw new UsageError(`sources takes no arguments (got "${args.join(' ')}")`);
    const corpus = loadCorpusLogged(corpusPaths, log, { maxArticleBytes: settings.maxArticleBytes });
    const listings = corpus.articles.map(toListing);
    if (json) {
      out(`${JSON.stringify({ count: listings.length, articles: listings, warnings: corpus.warnings })}\n`);
      return 0;
    }
    const rows = listings.map((entry) => [
      entry.id,
      entry.outlet ?? '-',
      entry.published ?? '-',
      entry.wires.join(', ') || '-',
      String(entry.sentences),
      entry.headline ?? '(no headline)',
      entry.url ?? '-',
    ]);
    out(formatTable(['id', 'outlet', 'published', 'wires', 'sentences', 'headline', 'link'], rows));
    out(`${listings.length} article${listings.length === 1 ? '' : 's'}\n`);
    return 0;
  },
};
