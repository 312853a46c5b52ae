/**
 * An RSS or Atom feed: one article an item, read with
 * @rowanmanning/feed-parser. The item's full content is the story where it
 * has one; an item with only a summary (no content, or content no longer
 * than its description) is read from that summary and marked `summaryOnly`,
 * so answers say what they quote may be cut short.
 */
import { feedParser } from '../libraries.js';
import { toIsoDate } from '../dates.js';
import { checkUrl } from '../metadata.js';
import type { KnownMeta, RawArticle } from '../prepare.js';
import type { LoadWarning } from '../types.js';
import type { ArticleFormat, FormatInput } from './format.js';
import { markupText } from './markup-text.js';
import { rootElement, xmlProblem } from './xml-root.js';
import { lineFinder } from '../lines.js';

type Feed = ReturnType<ReturnType<typeof feedParser>['parseFeed']>;
type FeedItem = Feed['items'][number];

/** The root elements of feeds: RSS 2.0 and 0.9x, Atom, RSS 1.0 (RDF). */
const FEED_ROOTS = new Set(['rss', 'feed', 'RDF']);

/** Where an item stands in the text: the lines of its start and end tags (end null when it is never closed). */
interface ItemSpan {
  start: number;
  end: number | null;
}

/**
 * Where each item stands, in order (the parser keeps no positions): for the
 * lines of warnings and origins, and to tell the items a broken document cuts
 * short. CDATA sections and comments are blanked first, so an `<item>`
 * written inside one is not counted.
 */
/** The text with its CDATA sections and comments blanked, line breaks kept: one pass, one never closed blanking the rest. */
function blankHidden(text: string): string {
  const open = /<!\[CDATA\[|<!--/g;
  let kept = '';
  let at = 0;
  for (let opening = open.exec(text); opening; opening = open.exec(text)) {
    const close = opening[0] === '<!--' ? '-->' : ']]>';
    const end = text.indexOf(close, opening.index + opening[0].length);
    const stop = end === -1 ? text.length : end + close.length;
    kept += text.slice(at, opening.index) + text.slice(opening.index, stop).replace(/[^\n]/g, ' ');
    at = stop;
    open.lastIndex = stop;
  }
  return kept + text.slice(at);
}

function itemSpans(text: string): ItemSpan[] {
  const lineAt = lineFinder(text);
  const masked = blankHidden(text);
  const ends = [...masked.matchAll(/<\/(?:[\w-]+:)?(?:item|entry)\s*>/g)].map((match) => lineAt(match.index));
  return [...masked.matchAll(/<(?:[\w-]+:)?(?:item|entry)[\s>]/g)].map((match, index) => ({ start: lineAt(match.index), end: ends[index] ?? null }));
}

/** Whether an item can be trusted in a document broken at `line`: it is closed, and the break is not inside it. */
function untouched(span: ItemSpan | undefined, line: number): boolean {
  return span !== undefined && span.end !== null && (span.end < line || span.start > line);
}

/** The elements that date an item, as written: "Thu, 10 Dec 2015 19:10:44 -0500" keeps the writer's day, where a Date object would move it to UTC's. */
const DATE_ELEMENTS = ['pubdate', 'published', 'issued', 'date', 'updated', 'modified'];

function publishedOf(item: FeedItem): string | null {
  for (const name of DATE_ELEMENTS) {
    const given = item.element.findElementWithName(name)?.textContent.trim();
    if (given) return toIsoDate(given) ?? given;
  }
  return item.published ? item.published.toISOString().slice(0, 10) : null;
}

/** The item's text, and whether it is only a summary: its content, unless it is no longer than its description. */
export function itemText(content: string | null, description: string | null): { text: string; summaryOnly: boolean } | null {
  const full = content ? markupText(content) : '';
  const summary = description ? markupText(description) : '';
  if (full.length > summary.length) return { text: full, summaryOnly: false };
  return summary === '' ? null : { text: summary, summaryOnly: true };
}

/**
 * What is read once a feed, not once an item: the parser asks the feed for
 * its title or address anew each time, reading all its items again (time
 * squared in a long feed), and an item's link or authors would ask it.
 */
export interface FeedFacts {
  outlet: string | null;
  url: string | null;
}

/** The item's link (Atom's alternate link, RSS's link text), resolved against the feed's address. */
function itemUrl(item: FeedItem, feedUrl: string | null): string | null {
  const links = item.element.findElementsWithName('link');
  const alternate = links.find((link) => link.getAttribute('rel') === 'alternate') ?? links.find((link) => link.getAttribute('rel') === null && link.getAttribute('href') !== null);
  const given = alternate?.getAttributeAsUrl('href') ?? links.find((link) => link.textContentNormalized)?.textContentAsUrl ?? null;
  if (!given) return null;
  try {
    return checkUrl(new URL(given, feedUrl ?? undefined).href);
  } catch {
    return null;
  }
}

/** The item's own authors: an item without any is not given the feed's (its editors, often), which the parser would do. */
function itemByline(item: FeedItem): string | null {
  if (!item.element.hasElementWithName('author') && !item.element.hasElementWithName('creator')) return null;
  const names = item.authors.flatMap((author) => (author.name?.trim() ? [author.name.trim()] : []));
  return names.length > 0 ? names.join(', ') : null;
}

/** What the feed says of an item: headline, outlet (the feed's title), link, date as written, the item's own byline. */
export function metaOf(facts: FeedFacts, item: FeedItem, summaryOnly: boolean): KnownMeta {
  const known: KnownMeta = { summaryOnly };
  const headline = item.title ? markupText(item.title) : '';
  if (headline) known.headline = headline;
  if (facts.outlet) known.outlet = facts.outlet;
  const url = itemUrl(item, facts.url);
  if (url) known.url = url;
  const published = publishedOf(item);
  if (published) known.published = published;
  const byline = itemByline(item);
  if (byline) known.byline = byline;
  return known;
}

/** The feed's facts, read once: its title as the outlet, and the address its items' links are resolved against. */
export function factsOf(feed: Feed, url: string | null): FeedFacts {
  return { outlet: feed.title ? markupText(feed.title) || null : null, url };
}

function parsedFeed(text: string): { feed: Feed } | { error: string } {
  try {
    return { feed: feedParser().parseFeed(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/**
 * The feed's items. A feed that is not well-formed XML (a bare "&", a
 * document cut short) is read as far as it can be, the parser being lenient:
 * the warning names the line, and the items that line breaks are skipped.
 */
function readFeed({ file, id, text }: FormatInput, warnings: LoadWarning[]): RawArticle[] {
  const problem = xmlProblem(text);
  const parsed = parsedFeed(text);
  if (!('feed' in parsed) || parsed.feed.items.length === 0) {
    const why = problem
      ? { line: problem.line, message: `${problem.message}: not read as a feed; skipped` }
      : { message: 'feed' in parsed ? 'is a feed with no items; skipped' : `is not an RSS or Atom feed (${parsed.error}); skipped` };
    warnings.push({ file, ...why });
    return [];
  }
  const { feed } = parsed;
  const facts = factsOf(feed, feed.url);
  const spans = itemSpans(text);
  if (problem) warnings.push({ file, line: problem.line, message: `${problem.message}: the item it breaks is skipped, the others read` });
  return feed.items.flatMap((item, index) => {
    const span = spans[index];
    if (problem && !untouched(span, problem.line)) return [];
    const line = span?.start ?? 1;
    const read = itemText(item.content, item.description);
    if (!read) {
      warnings.push({ file, line, message: `item ${index + 1}${item.title ? ` ("${item.title}")` : ''} has no text (no content or description); skipped` });
      return [];
    }
    const known = metaOf(facts, item, read.summaryOnly);
    const itemId = item.id?.trim() || known.url || `${id}#${index + 1}`;
    return [{ id: itemId, origin: `${file}:${line}`, text: read.text, headlineInText: false, known }];
  });
}

export const feedFormat: ArticleFormat = {
  name: 'RSS or Atom feed',
  extensions: ['.rss', '.atom'],
  holdsMany: true,
  read: readFeed,
};

/** A .xml file whose root element is a feed's. */
export const feedXmlFormat: ArticleFormat = {
  ...feedFormat,
  extensions: ['.xml'],
  claims: (text) => FEED_ROOTS.has(rootElement(text) ?? ''),
};
