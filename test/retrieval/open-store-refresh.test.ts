import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type OpenedStore } from '../../src/retrieval/open-store.js';
import { loadConfigFiles } from '../../src/settings/config-files.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function corpusFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'qw-refresh-'));
  folders.push(folder);
  writeFileSync(path.join(folder, 'ferry.txt'), 'Ferry to run all winter\n\n"The ferry will run all winter," said Jane Roe, the Kelvale harbour master.\n');
  writeFileSync(path.join(folder, 'tram.txt'), 'Tram line to close\n\n"The tram line will close for the summer," said Tom Varga.\n');
  return folder;
}

async function stored(corpus: string, cacheMinArticles: number): Promise<OpenedStore> {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'qw-refresh-cache-'));
  folders.push(cacheDir);
  return openStore({ corpusPaths: [corpus], cacheDir, cacheMinArticles, ...loadConfigFiles(), log: pino({ level: 'silent' }), databaseUrl: null, ingest: true });
}

describe('OpenedStore.refresh, embedded', () => {
  it('gives back the coverage it holds when nothing changed, and a new one with what changed counted', async () => {
    const corpus = corpusFolder();
    const store = await stored(corpus, 0);
    const first = store.coverage;
    expect((await store.refresh()).coverage).toBe(first);
    writeFileSync(path.join(corpus, 'pier.txt'), 'Pier reopens\n\n"The pier is safe again," said Nora Quill.\n');
    const grown = await store.refresh();
    expect(grown.counts).toMatchObject({ added: 1, changed: 0, removed: 0 });
    expect(grown.coverage).not.toBe(first);
    expect(store.coverage).toBe(grown.coverage);
  });

  it('reads and stores a stored coverage again on a thread of its own, its log lines relayed', async () => {
    const corpus = corpusFolder();
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'qw-refresh-cache-'));
    folders.push(cacheDir);
    const lines: { thread?: string; level: number; msg: string }[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as { level: number; msg: string }) });
    const store = await openStore({ corpusPaths: [corpus], cacheDir, cacheMinArticles: 0, ...loadConfigFiles(), log, databaseUrl: null, ingest: true });
    lines.length = 0;
    writeFileSync(path.join(corpus, 'broken.html'), '<html><body></body></html>');
    writeFileSync(path.join(corpus, 'pier.txt'), 'Pier reopens\n\n"The pier is safe again," said Nora Quill.\n');
    const grown = await store.refresh();
    expect(grown.counts).toMatchObject({ added: 1 });
    expect(grown.coverage.articleCount).toBe(3);
    const fromThread = lines.filter((line) => line.thread === 'refresh');
    expect(fromThread.some((line) => /added/.test(line.msg))).toBe(true);
    // The broken page is reported once, by the thread that read it; nothing fell back to the main thread.
    expect(lines.filter((line) => line.msg.includes('broken.html'))).toHaveLength(1);
    expect(lines.filter((line) => line.msg.includes('broken.html'))[0]?.thread).toBe('refresh');
    expect(lines.some((line) => /on the main thread/.test(line.msg))).toBe(false);
  });

  it('opens a folder of no article when allowed (news feeds not yet fetched), then keeps a coverage whose folder empties', async () => {
    const corpus = mkdtempSync(path.join(tmpdir(), 'qw-refresh-empty-'));
    folders.push(corpus);
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'qw-refresh-cache-'));
    folders.push(cacheDir);
    const store = await openStore({ corpusPaths: [corpus], cacheDir, cacheMinArticles: 0, ...loadConfigFiles(), log: pino({ level: 'silent' }), databaseUrl: null, ingest: true, emptyAllowed: true });
    expect(store.coverage.articleCount).toBe(0);
    writeFileSync(path.join(corpus, 'pier.txt'), 'Pier reopens\n\n"The pier is safe again," said Nora Quill.\n');
    expect((await store.refresh()).coverage.articleCount).toBe(1);
    rmSync(path.join(corpus, 'pier.txt'));
    await expect(store.refresh()).rejects.toThrow(/no article could be loaded/);
    expect(store.coverage.articleCount).toBe(1);
  });

  it('gives a new coverage when only the corpus\'s synonyms changed', async () => {
    const corpus = corpusFolder();
    const store = await stored(corpus, 0);
    const first = store.coverage;
    writeFileSync(path.join(corpus, 'synonyms.json'), '{"groups": [["tram", "streetcar"]]}');
    const refreshed = await store.refresh();
    expect(refreshed.counts).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(refreshed.coverage).not.toBe(first);
  });

  it('counts what changed in a small corpus built in memory', async () => {
    const corpus = corpusFolder();
    const store = await stored(corpus, 200);
    writeFileSync(path.join(corpus, 'tram.txt'), 'Tram line to close\n\n"The tram line will close for the winter," said Tom Varga.\n');
    rmSync(path.join(corpus, 'ferry.txt'));
    expect((await store.refresh()).counts).toMatchObject({ added: 0, changed: 1, removed: 1 });
  });
});
