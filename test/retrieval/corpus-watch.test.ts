import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { listingStamp, watchCorpus, type CorpusWatch } from '../../src/retrieval/corpus-watch.js';

const log = pino({ level: 'silent' });
const folders: string[] = [];
const watches: CorpusWatch[] = [];

function folder(): string {
  const made = mkdtempSync(path.join(tmpdir(), 'qw-watch-'));
  folders.push(made);
  return made;
}

/** Waits until `done()` holds, up to a generous bound (file events come within milliseconds, but machines are shared). */
async function until(done: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
}

afterEach(() => {
  for (const watch of watches.splice(0)) watch.close();
  for (const made of folders.splice(0)) rmSync(made, { recursive: true, force: true });
});

describe('watchCorpus', () => {
  it('reads the corpus again once after a burst of new files, nested ones included', async () => {
    const root = folder();
    mkdirSync(path.join(root, 'desk'));
    let refreshes = 0;
    watches.push(watchCorpus({ paths: [root], log, settleMs: 100, refresh: async () => void refreshes++ }));
    for (let i = 0; i < 5; i++) writeFileSync(path.join(root, 'desk', `story-${i}.txt`), `Kelvale ferry story ${i}\n`);
    await until(() => refreshes > 0);
    await watches[0]?.idle();
    expect(refreshes).toBe(1);
  });

  it('leaves hidden and editor files alone', async () => {
    const root = folder();
    let refreshes = 0;
    watches.push(watchCorpus({ paths: [root], log, settleMs: 50, refresh: async () => void refreshes++ }));
    writeFileSync(path.join(root, '.draft.txt'), 'not yet\n');
    writeFileSync(path.join(root, 'story.txt.swp'), 'swap\n');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(refreshes).toBe(0);
    writeFileSync(path.join(root, 'story.txt'), 'Nora Quill said the bridge would reopen.\n');
    await until(() => refreshes > 0);
    expect(refreshes).toBe(1);
  });

  it('watches a single file through its folder, and only that file', async () => {
    const root = folder();
    const archive = path.join(root, 'archive.jsonl');
    writeFileSync(archive, '{"id":"a","body":"One."}\n');
    let refreshes = 0;
    watches.push(watchCorpus({ paths: [archive], log, settleMs: 50, refresh: async () => void refreshes++ }));
    writeFileSync(path.join(root, 'other.txt'), 'elsewhere\n');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(refreshes).toBe(0);
    writeFileSync(archive, '{"id":"a","body":"One."}\n{"id":"b","body":"Two."}\n');
    await until(() => refreshes > 0);
    expect(refreshes).toBe(1);
  });

  it('never runs two refreshes at once, and runs one more for changes made during one', async () => {
    const root = folder();
    let running = 0;
    let most = 0;
    let refreshes = 0;
    let release: () => void = () => {};
    const refresh = async (): Promise<void> => {
      running++;
      most = Math.max(most, running);
      refreshes++;
      if (refreshes === 1) await new Promise<void>((resolve) => (release = resolve));
      running--;
    };
    const watch = watchCorpus({ paths: [root], log, settleMs: 30, refresh });
    watches.push(watch);
    writeFileSync(path.join(root, 'first.txt'), 'first\n');
    await until(() => refreshes === 1);
    writeFileSync(path.join(root, 'second.txt'), 'second\n');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(refreshes).toBe(1);
    release();
    await until(() => refreshes === 2);
    await watch.idle();
    expect(refreshes).toBe(2);
    expect(most).toBe(1);
  });

  it('watches a folder replaced whole (removed, made anew) as it watched the old one', async () => {
    const root = folder();
    const corpus = path.join(root, 'corpus');
    mkdirSync(corpus);
    let refreshes = 0;
    // The listing is never compared here: only the watch made anew can hear the new files.
    const watch = watchCorpus({ paths: [corpus], log, settleMs: 30, pollMs: 100, listingEvery: 1e9, refresh: async () => void refreshes++ });
    watches.push(watch);
    rmSync(corpus, { recursive: true });
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, 'a.txt'), 'Jane Roe said the pier would reopen.\n');
    await until(() => refreshes > 0);
    await watch.idle();
    const before = refreshes;
    writeFileSync(path.join(corpus, 'b.txt'), 'Tom Varga said the tram would close.\n');
    await until(() => refreshes > before);
    expect(refreshes).toBeGreaterThan(before);
  });

  it('stamps a corpus whose folders link back into themselves, once each', () => {
    const root = folder();
    mkdirSync(path.join(root, 'desk'));
    writeFileSync(path.join(root, 'desk', 'a.txt'), 'Jane Roe said so.\n');
    symlinkSync('..', path.join(root, 'desk', 'up'));
    symlinkSync('.', path.join(root, 'desk', 'here'));
    const before = listingStamp([root]);
    writeFileSync(path.join(root, 'desk', 'b.txt'), 'Tom Varga said so.\n');
    expect(listingStamp([root])).not.toBe(before);
  });

  it('keeps watching after a refresh fails', async () => {
    const root = folder();
    let calls = 0;
    const watch = watchCorpus({
      paths: [root],
      log,
      settleMs: 30,
      refresh: async () => {
        calls++;
        if (calls === 1) throw new Error('disk went away');
      },
    });
    watches.push(watch);
    writeFileSync(path.join(root, 'a.txt'), 'a\n');
    await until(() => calls === 1);
    await watch.idle();
    writeFileSync(path.join(root, 'b.txt'), 'b\n');
    await until(() => calls === 2);
    expect(calls).toBe(2);
  });
});
