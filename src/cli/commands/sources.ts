import { partnersOf, sharesOfListed, coverageShares, type SharingArticle } from '../../answer/shared-text.js';
import { templates } from '../../answer/templates.js';
import type { TextShare } from '../../answer/types.js';
import { signedPairs } from '../../corpus/copies.js';
import { decodeSignature, storySignature } from '../../corpus/text-signature.js';
import type { Article, ArticleMeta } from '../../corpus/types.js';
import { loadCorpusLogged } from '../corpus-loading.js';
import { refuseCorpusWithDatabase, UsageError, type Command, type CommandContext } from '../context.js';
import { openStore } from '../../retrieval/open-store.js';
import { settled } from '../../retrieval/pending.js';
import type { ArticleRecord } from '../../retrieval/snapshot.js';
import { loadConfigFiles } from '../../settings/config-files.js';
import { formatTable } from '../table.js';

/** One article as `sources --json` lists it. */
export interface SourceListing extends Pick<ArticleMeta, 'outlet' | 'url' | 'published' | 'wires' | 'byline' | 'dateline'> {
  id: string;
  headline: string | null;
  /** Null for an article read from a database, which keeps what answers cite (no byline, dateline or file). */
  sentences: number | null;
  origin: string | null;
  /** The other articles it shares long verbatim passages with (answer/shared-text.ts); absent for none. */
  shares?: TextShare[];
}

/** An article as a database holds it. */
function storedListing(article: ArticleRecord): SourceListing {
  const { id, outlet, headline, url, published, wires } = article;
  return { id, outlet, headline, url, published, wires, byline: null, dateline: null, sentences: null, origin: null };
}

async function storedListings(context: CommandContext): Promise<SourceListing[]> {
  const { settings, log } = context;
  const { coverage, close } = await openStore({ corpusPaths: [], cacheDir: settings.cacheDir, cacheMinArticles: 0, ...loadConfigFiles(), log, databaseUrl: settings.databaseUrl, ingest: false });
  try {
    const articles = await settled(() => coverage.articles());
    const shares = await settled(() => coverageShares(coverage, articles.map((article) => article.id)));
    return withShares(articles.map(storedListing), shares);
  } finally {
    await close();
  }
}

function withShares(listings: readonly SourceListing[], shares: ReadonlyMap<string, TextShare[]>): SourceListing[] {
  return listings.map((listing) => {
    const found = shares.get(listing.id);
    return found ? { ...listing, shares: found } : listing;
  });
}

/** What each article of a corpus read whole shares with others, counted on their story texts. */
function corpusShares(articles: readonly Article[]): Map<string, TextShare[]> {
  const sharing = new Map(articles.map((article): [string, SharingArticle] => [
    article.id,
    // The story's sentences, as a store signs them: two sites' furniture is no shared text.
    { id: article.id, outlet: article.meta.outlet, wires: article.meta.wires, text: article.sentences.map((sentence) => sentence.text).join(' ') },
  ]));
  const signed = [...sharing.values()].map(({ id, text }) => {
    const signature = storySignature(text);
    return { id, signature: signature ? decodeSignature(signature) : null };
  });
  return sharesOfListed([...sharing.keys()], partnersOf(signedPairs(signed)), (id) => sharing.get(id));
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
  run: async (context) => {
    const { args, json, corpusPaths, out, log, settings } = context;
    if (args.length > 0) throw new UsageError(`sources takes no arguments (got "${args.join(' ')}")`);
    refuseCorpusWithDatabase(context, 'sources');
    const corpus = settings.databaseUrl === null ? loadCorpusLogged(corpusPaths, log, { maxArticleBytes: settings.maxArticleBytes }) : null;
    const listings = corpus ? withShares(corpus.articles.map(toListing), corpusShares(corpus.articles)) : await storedListings(context);
    if (json) {
      out(`${JSON.stringify({ count: listings.length, articles: listings, warnings: corpus?.warnings ?? [] })}\n`);
      return 0;
    }
    const rows = listings.map((entry) => [
      entry.id,
      entry.outlet ?? '-',
      entry.published ?? '-',
      entry.wires.join(', ') || '-',
      entry.sentences === null ? '-' : String(entry.sentences),
      entry.headline ?? '(no headline)',
      entry.url ?? '-',
    ]);
    out(formatTable(['id', 'outlet', 'published', 'wires', 'sentences', 'headline', 'link'], rows));
    // Under the table, not in it: a column of its own would leave the links too little room.
    const sharing = listings.filter((entry) => entry.shares);
    if (sharing.length > 0) out(`\nText shared with other articles:\n${sharing.map((entry) => `${entry.id}: ${templates.sharedText(entry.shares ?? [])}`).join('\n')}\n`);
    out(`${listings.length} article${listings.length === 1 ? '' : 's'}\n`);
    return 0;
  },
};
