/**
 * The items of a feed as links to follow: each item's page, with what the
 * feed says of it (title, date, author) and of itself (its title: the outlet).
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { checkUrl } from '../corpus/metadata.js';

export interface FeedLink {
  /** The item's page (http or https only). */
  url: string;
  headline: string | null;
  /** ISO date-time, when the item has one. */
  published: string | null;
  byline: string | null;
}

export interface FeedLinks {
  /** The feed's own title: the outlet its items come from. */
  outlet: string | null;
  links: FeedLink[];
}

/**
 * Reads a feed's text (RSS or Atom); throws with the parser's reason when it is not a feed.
 *
 * @example
 * linksOfFeed('<rss version="2.0"><channel><title>Kelvale Post</title><item><link>https://kelvale.test/a</link></item></channel></rss>')
 * // { outlet: 'Kelvale Post', links: [{ url: 'https://kelvale.test/a', headline: null, published: null, byline: null }] }
 */
export function linksOfFeed(text: string): FeedLinks {
  const feed = parseFeed(text);
  const links: FeedLink[] = [];
  const seen = new Set<string>();
  for (const item of feed.items) {
    const url = item.url ? checkUrl(item.url) : null;
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const byline = item.authors.map((author) => author.name).filter((name): name is string => Boolean(name)).join(', ');
    links.push({ url, headline: item.title?.trim() || null, published: item.published ? item.published.toISOString() : null, byline: byline || null });
  }
  return { outlet: feed.title?.trim() || null, links };
}
