/**
 * FEEDS: the offline console follows a feed served on 127.0.0.1; an item added to the feed while it runs is
 * answered from within one polling interval (and the time it took is printed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnConsole } from '../console/spawn-console.js';
import { FeedServer } from './feed-server.js';

const INTERVAL_S = 3;
let site: FeedServer;
let cache: string;

beforeAll(async () => {
  site = new FeedServer();
  await site.start();
  cache = mkdtempSync(path.join(tmpdir(), 'qw-feeds-e2e-'));
  site.items.push({
    slug: 'harbour', title: 'Kelvale harbour to reopen', published: '2026-03-02T09:30:00Z', author: 'Jane Roe',
    paragraphs: ['The harbour will reopen to fishing boats in the spring after two years of repairs.', '"The crews can come home at last," said Nora Quill, who runs the Kelvale harbour.'],
  });
});

afterAll(async () => {
  await site.stop();
  rmSync(cache, { recursive: true, force: true });
});

describe('following a feed', () => {
  it('answers from an item added to the feed within one polling interval', async () => {
    const run = spawnConsole({ FEEDS: site.feedUrl, FEEDS_INTERVAL: String(INTERVAL_S), CACHE_DIR: cache, CORPUS_PATHS: '' });
    const { child, until } = run;
    try {
      await until(run.stderr, 'watching', 30_000);
      child.stdin.write('/who-said statement:the crews can come home at last\n');
      await until(run.stdout, 'Nora Quill', 10_000);
      // Asked again with the validator it was given: nothing new, a 304.
      await until(() => site.log.join('\n'), 'GET /feed.xml 304', (INTERVAL_S + 10) * 1000);
      const added = Date.now();
      site.items.push({
        slug: 'tram', title: 'Tram line to close for the summer', published: '2026-03-03T08:00:00Z',
        paragraphs: ['Springfield will close its tram line for track work.', '"The tram line will close for the summer," said Tom Varga, the transit chief.'],
      });
      await until(run.stderr, 'corpus changed: 1 added', (INTERVAL_S + 10) * 1000);
      const ms = Date.now() - added;
      process.stdout.write(`a new feed item was taken in ${ms} ms after it was published (polling every ${INTERVAL_S} s)\n`);
      // One interval, and the time to fetch the page and take it in (generous: these machines are shared).
      expect(ms).toBeLessThan(INTERVAL_S * 1000 + 5000);
      const before = run.stdout().length;
      child.stdin.end('/who-said statement:the tram line will close for the summer\n');
      expect(await run.exited).toBe(0);
      expect(run.stdout().slice(before)).toContain('Tom Varga');
      expect(run.stdout().slice(before)).toContain('Kelvale Courier');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);

  it('refuses to start when a corpus named beside the feeds cannot be read, even while the feeds have no item', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'qw-feeds-missing-'));
    const run = spawnConsole({ FEEDS: 'http://127.0.0.1:9/feed.xml', CACHE_DIR: folder, CORPUS_PATHS: path.join(folder, 'no-such-archive') });
    try {
      run.child.stdin.end();
      expect(await run.exited).toBe(1);
      expect(run.stderr()).toContain('no article could be loaded');
    } finally {
      if (run.child.exitCode === null) run.child.kill('SIGKILL');
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('starts with a feed of no item yet, answers "not found", then from its first item', async () => {
    const empty = new FeedServer();
    await empty.start();
    const folder = mkdtempSync(path.join(tmpdir(), 'qw-feeds-empty-'));
    const run = spawnConsole({ FEEDS: empty.feedUrl, FEEDS_INTERVAL: String(INTERVAL_S), CACHE_DIR: folder, CORPUS_PATHS: '' });
    const { child, until } = run;
    try {
      await until(run.stderr, 'no article yet', 30_000);
      await until(run.stderr, 'watching', 10_000);
      child.stdin.write('/who-said statement:the ferry will run all winter\n');
      await until(run.stdout, 'No one in this coverage', 10_000);
      empty.items.push({
        slug: 'ferry', title: 'Ferry to run all winter', published: '2026-03-04T08:00:00Z',
        paragraphs: ['"The ferry will run all winter," said Tom Varga, who runs the Ostby line.'],
      });
      await until(run.stderr, 'corpus changed: 1 added', (INTERVAL_S + 10) * 1000);
      child.stdin.end('/who-said statement:the ferry will run all winter\n');
      expect(await run.exited).toBe(0);
      expect(run.stdout()).toContain('Tom Varga');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await empty.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
