/**
 * Follows news feeds (FEEDS=url,url): each feed is asked for at an interval
 * with the validators of the last copy (ETag, Last-Modified), so a feed with
 * nothing new costs a 304; each new item's page is fetched and saved as an
 * HTML file in a folder that is part of the corpus, with what the feed says
 * of it (outlet, link, date, headline, author) in that folder's
 * sources.json. The corpus watch (corpus-watch.ts) then takes the pages in.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logging/logger.js';
import { linksOfFeed, type FeedLink } from './feed-links.js';
import { FetchError, fetchText } from './fetch-text.js';
import { isPrivateHost } from './private-address.js';

export interface FollowOptions {
  feeds: readonly string[];
  /** Where the pages go (a corpus folder of its own). */
  folder: string;
  intervalMs: number;
  log: Logger;
  /** The largest feed or page read. */
  maxBytes: number;
  /** How long one fetch may take. Default 20 s. */
  timeoutMs?: number;
}

/** What one round of asking every feed brought. */
export interface PollReport {
  /** Pages saved. */
  saved: number;
  /** Feeds that answered 304: nothing new. */
  unchanged: number;
  /** Feeds or pages that could not be had this time (said in the log). */
  failed: number;
}

export interface FeedFollower {
  /** Asks every feed now (a round already under way is waited for instead). */
  poll(): Promise<PollReport>;
  close(): void;
}

interface FeedState {
  etag: string | null;
  lastModified: string | null;
  /** Item links taken in (or given up on), newest last. */
  seen: string[];
  /** Item links whose page failed, with how many times. */
  failures: Record<string, number>;
}

interface SourceEntry {
  id: string;
  outlet?: string;
  url: string;
  published?: string;
  headline?: string;
  byline?: string;
}

const STATE_FILE = '.feeds-state.json';
const SOURCES_FILE = 'sources.json';
/** Links remembered per feed: far more than a feed lists at once. */
const SEEN_KEPT = 5000;
/** A page that fails this many rounds is given up on. */
const ATTEMPTS = 3;

/** The record without `key`. */
const without = (record: Record<string, number>, key: string): Record<string, number> => Object.fromEntries(Object.entries(record).filter(([held]) => held !== key));

/** A name for a file: lower-case letters, digits and dashes. */
function slug(text: string, most = 60): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, most) || 'item';
}

/** Where an item's page is saved, relative to the folder: one folder per site, a name from the link. */
export function pagePath(url: string): string {
  const parsed = new URL(url);
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 8);
  const last = parsed.pathname.split('/').filter(Boolean).at(-1) ?? 'index';
  return path.join(slug(parsed.hostname), `${slug(last.replace(/\.[a-z0-9]+$/i, ''))}-${hash}.html`);
}

function readJson<T>(file: string, fallback: T): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return fallback;
  }
}

/** Written whole or not at all: the temporary name starts with a dot, which corpus reads and the watch pass over. */
function writeAtomically(file: string, data: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/**
 * Starts following `feeds`: a round every `intervalMs`; `poll()` asks for one now (at start, say).
 *
 * @example
 * const follower = followFeeds({ feeds: ['https://kelvale.test/feed.xml'], folder: '.cache/feeds', intervalMs: 300_000, log, maxBytes: 5 << 20 });
 * await follower.poll();
 */
export function followFeeds(options: FollowOptions): FeedFollower {
  const { folder, log, maxBytes } = options;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const stateFile = path.join(folder, STATE_FILE);
  const states = readJson<Record<string, FeedState>>(stateFile, {});
  let round: Promise<PollReport> | null = null;
  let closed = false;

  const savePage = async (feed: string, link: FeedLink, outlet: string | null, sources: Map<string, SourceEntry>): Promise<boolean> => {
    // A feed on the open web may not send the bot to this machine or a private network; one that lives there may.
    const page = await fetchText(link.url, { maxBytes, timeoutMs, allowPrivate: isPrivateHost(feed) });
    if (page.status !== 200) throw new FetchError(`answered ${page.status}`);
    if (!page.contentType || !/\b(?:text\/html|application\/xhtml\+xml)\b/i.test(page.contentType)) throw new FetchError(`is ${page.contentType ?? 'of no content type'}, not an HTML page`);
    const relative = pagePath(link.url);
    writeAtomically(path.join(folder, relative), page.body);
    const id = relative.replace(/\.html$/, '').split(path.sep).join('/');
    const entry: SourceEntry = { id, url: link.url };
    if (outlet) entry.outlet = outlet;
    if (link.published) entry.published = link.published;
    if (link.headline) entry.headline = link.headline;
    if (link.byline) entry.byline = link.byline;
    sources.set(id, entry);
    // The page's facts with it, not at the round's end: the watch takes the page in within a fraction of a second.
    writeSources(sources);
    return true;
  };

  const pollFeed = async (feed: string, sources: Map<string, SourceEntry>, report: PollReport): Promise<void> => {
    const state: FeedState = (states[feed] ??= { etag: null, lastModified: null, seen: [], failures: {} });
    let fetched;
    try {
      fetched = await fetchText(feed, { etag: state.etag, lastModified: state.lastModified, maxBytes, timeoutMs });
    } catch (error) {
      report.failed++;
      log.warn({ feed }, `feed ${feed} could not be read: ${(error as Error).message}; asked again next round`);
      return;
    }
    if (fetched.status === 304) {
      report.unchanged++;
      return;
    }
    if (fetched.status !== 200) {
      report.failed++;
      log.warn({ feed, status: fetched.status }, `feed ${feed} answered ${fetched.status}; asked again next round`);
      return;
    }
    let links;
    try {
      links = linksOfFeed(fetched.body.toString('utf8'), feed);
    } catch (error) {
      report.failed++;
      log.warn({ feed }, `feed ${feed} is not an RSS or Atom feed (${(error as Error).message}); asked again next round`);
      return;
    }
    const seen = new Set(state.seen);
    for (const link of links.links.filter((one) => !seen.has(one.url))) {
      if (closed) break;
      try {
        await savePage(feed, link, links.outlet, sources);
        report.saved++;
        state.seen.push(link.url);
        state.failures = without(state.failures, link.url);
        log.info({ feed, url: link.url }, `feed item saved: ${link.headline ?? link.url}`);
      } catch (error) {
        report.failed++;
        const tries = (state.failures[link.url] ?? 0) + 1;
        state.failures[link.url] = tries;
        const givenUp = tries >= ATTEMPTS;
        if (givenUp) {
          state.seen.push(link.url);
          state.failures = without(state.failures, link.url);
        }
        log.warn({ feed, url: link.url }, `feed item ${link.url} could not be fetched (${(error as Error).message}); ${givenUp ? `given up after ${ATTEMPTS} tries` : 'tried again next round'}`);
      }
    }
    state.seen = state.seen.slice(-SEEN_KEPT);
    // Validators kept only once every item they cover is in: with a page to try again (or a round cut short), the whole feed is asked for.
    const complete = !closed && Object.keys(state.failures).length === 0;
    state.etag = complete ? fetched.etag : null;
    state.lastModified = complete ? fetched.lastModified : null;
  };

  const sourcesFile = path.join(folder, SOURCES_FILE);
  const writeSources = (sources: ReadonlyMap<string, SourceEntry>): void => writeAtomically(sourcesFile, `${JSON.stringify({ articles: [...sources.values()] }, null, 1)}\n`);

  const pollAll = async (): Promise<PollReport> => {
    const report: PollReport = { saved: 0, unchanged: 0, failed: 0 };
    const listed = readJson<{ articles?: SourceEntry[] }>(sourcesFile, {}).articles ?? [];
    const sources = new Map(listed.map((entry) => [entry.id, entry]));
    for (const feed of options.feeds) {
      if (closed) break;
      await pollFeed(feed, sources, report);
    }
    writeAtomically(stateFile, JSON.stringify(states));
    return report;
  };

  const poll = (): Promise<PollReport> => (round ??= pollAll().finally(() => (round = null)));
  mkdirSync(folder, { recursive: true });
  const timer = setInterval(() => void poll().catch((error: unknown) => log.error({ err: error }, `following the feeds failed: ${(error as Error).message}`)), options.intervalMs);
  timer.unref();
  log.info({ feeds: options.feeds, intervalMs: options.intervalMs }, `following ${options.feeds.length} feed(s) every ${options.intervalMs / 1000} s into ${folder}`);
  return {
    poll,
    close() {
      closed = true;
      clearInterval(timer);
    },
  };
}
