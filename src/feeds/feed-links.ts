/**
 * The items of a feed as links to follow: each item's page, with what the
 * feed says of it, read as a feed file's items are (corpus/formats/feed.ts):
 * the date as its writer gave it, the item's own byline (never the feed's),
 * its link resolved against the feed's address, the feed's title as outlet.
 */
import { feedParser } from '../corpus/libraries.js';
import { factsOf, metaOf } from '../corpus/formats/feed.js';

export interface FeedLink {
  /** The item's page (http or https only). */
  url: string;
  headline: string | null;
  /** The date as the feed gives it (ISO, the writer's own day). */
  published: string | null;
  byline: string | null;
}

export interface FeedLinks {
  /** The feed's own title: the outlet its items come from. */
  outlet: string | null;
  links: FeedLink[];
}

/**
 * Reads a feed's text (RSS or Atom) fetched from `feedUrl`; throws with the parser's reason when it is not a feed.
 *
 * @example
 * linksOfFeed('<rss version="2.0"><channel><title>Kelvale Post</title><item><link>/a</link></item></channel></rss>', 'https://kelvale.test/feed.xml')
 * // { outlet: 'Kelvale Post', links: [{ url: 'https://kelvale.test/a', headline: null, published: null, byline: null }] }
 */
export function linksOfFeed(text: string, feedUrl: string): FeedLinks {
  const feed = feedParser().parseFeed(text);
  const facts = factsOf(feed, feedUrl);
  const links: FeedLink[] = [];
  const seen = new Set<string>();
  for (const item of feed.items) {
    const known = metaOf(facts, item, false);
    if (!known.url || seen.has(known.url)) continue;
    seen.add(known.url);
    links.push({ url: known.url, headline: known.headline ?? null, published: known.published ?? null, byline: known.byline ?? null });
  }
  return { outlet: facts.outlet, links };
}
