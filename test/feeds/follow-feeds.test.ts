import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followFeeds, pagePath, type FeedFollower } from '../../src/feeds/follow-feeds.js';
import { FeedServer } from './feed-server.js';

let site: FeedServer;
let folder: string;
const followers: FeedFollower[] = [];
const lines: string[] = [];
const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });

function follow(): FeedFollower {
  const follower = followFeeds({ feeds: [site.feedUrl], folder, intervalMs: 60_000, log, maxBytes: 1 << 20, timeoutMs: 5_000 });
  followers.push(follower);
  return follower;
}

const item = (slug: string, title: string): FeedServer['items'][number] => ({
  slug, title, published: '2026-03-02T09:30:00Z', author: 'Nora Quill',
  paragraphs: [`"${title} is good news for the harbour," said Tom Varga, the Kelvale mayor.`],
});

beforeEach(async () => {
  site = new FeedServer();
  await site.start();
  folder = mkdtempSync(path.join(tmpdir(), 'qw-feeds-'));
  lines.length = 0;
});

afterEach(async () => {
  for (const follower of followers.splice(0)) follower.close();
  await site.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('followFeeds', () => {
  it("saves each new item's page with the feed's facts in sources.json, and asks again conditionally", async () => {
    site.items.push(item('ferry', 'Ferry returns'), item('bridge', 'Bridge reopens'));
    const follower = follow();
    expect(await follower.poll()).toEqual({ saved: 2, unchanged: 0, failed: 0 });
    const ferry = pagePath(`${site.origin}/news/ferry.html`);
    expect(readFileSync(path.join(folder, ferry), 'utf8')).toContain('said Tom Varga');
    const sources = JSON.parse(readFileSync(path.join(folder, 'sources.json'), 'utf8')) as { articles: Record<string, string>[] };
    expect(sources.articles).toContainEqual({
      id: ferry.replace(/\.html$/, '').split(path.sep).join('/'), outlet: 'Kelvale Courier', url: `${site.origin}/news/ferry.html`,
      published: '2026-03-02', headline: 'Ferry returns', byline: 'Nora Quill',
    });
    // Nothing new: the feed answers 304 to the validator it gave, and no page is fetched again.
    site.log.length = 0;
    expect(await follower.poll()).toEqual({ saved: 0, unchanged: 1, failed: 0 });
    expect(site.log).toEqual(['GET /feed.xml 304']);
    site.items.push(item('school', 'School roof mended'));
    expect(await follower.poll()).toEqual({ saved: 1, unchanged: 0, failed: 0 });
    expect(site.log.slice(1)).toEqual(['GET /feed.xml 200', 'GET /news/school.html 200']);
  });

  it('remembers what it took in across restarts', async () => {
    site.items.push(item('ferry', 'Ferry returns'));
    await follow().poll();
    site.log.length = 0;
    expect(await follow().poll()).toEqual({ saved: 0, unchanged: 1, failed: 0 });
    expect(site.log).toEqual(['GET /feed.xml 304']);
  });

  it('tries a failing page again next round, and gives up after three', async () => {
    site.items.push(item('ferry', 'Ferry returns'), item('strike', 'Dock strike'));
    site.failing.set('strike', 503);
    const follower = follow();
    expect(await follower.poll()).toEqual({ saved: 1, unchanged: 0, failed: 1 });
    expect(lines.join('')).toMatch(/feed item http:\/\/127\.0\.0\.1:\d+\/news\/strike\.html could not be fetched \(answered 503\); tried again next round/);
    site.failing.delete('strike');
    expect(await follower.poll()).toEqual({ saved: 1, unchanged: 0, failed: 0 });
    site.items.push(item('storm', 'Storm warning'));
    site.failing.set('storm', 500);
    for (let round = 0; round < 3; round++) await follower.poll();
    expect(lines.join('')).toContain('given up after 3 tries');
    site.log.length = 0;
    await follower.poll();
    expect(site.log.filter((line) => line.includes('storm'))).toEqual([]);
  });

  it('says plainly when a feed is not a feed or cannot be reached, and keeps going', async () => {
    site.feedBody = '<html><body>Moved</body></html>';
    const follower = follow();
    expect(await follower.poll()).toEqual({ saved: 0, unchanged: 0, failed: 1 });
    expect(lines.join('')).toMatch(/feed http:\/\/127\.0\.0\.1:\d+\/feed\.xml is not an RSS or Atom feed/);
    await site.stop();
    expect(await follower.poll()).toEqual({ saved: 0, unchanged: 0, failed: 1 });
    expect(lines.join('')).toMatch(/feed http:\/\/127\.0\.0\.1:\d+\/feed\.xml could not be read/);
    await site.start();
  });

  it('writes nothing half-done: no temporary file is left', async () => {
    site.items.push(item('ferry', 'Ferry returns'));
    await follow().poll();
    const host = path.dirname(pagePath(`${site.origin}/news/ferry.html`));
    expect(existsSync(path.join(folder, host))).toBe(true);
    expect(readFileSync(path.join(folder, '.feeds-state.json'), 'utf8')).toContain('ferry.html');
  });
});
