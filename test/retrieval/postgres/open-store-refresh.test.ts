/** A watched corpus on PostgreSQL: each refresh is an ingest, run on a thread of its own while the job answers. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/retrieval/open-store.js';
import { loadConfigFiles } from '../../../src/settings/config-files.js';
import pg from 'pg';
import { postgres, postgresSuite, urlOfDatabase, useTestDatabase } from '../../helpers/postgres.js';

const folders: string[] = [];

/** Runs `sql` from the server's postgres database (a database's own connections cannot change whether it takes new ones). */
async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlOfDatabase('postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe.skipIf(!postgres.reachable)(postgresSuite('OpenedStore.refresh, PostgreSQL'), () => {
  const database = useTestDatabase();

  it('ingests what changed on a thread of its own, its log lines relayed, and answers from it', async () => {
    const corpus = mkdtempSync(path.join(tmpdir(), 'qw-pg-refresh-'));
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'qw-pg-refresh-cache-'));
    folders.push(corpus, cacheDir);
    writeFileSync(path.join(corpus, 'ferry.txt'), 'Ferry to run all winter\n\n"The ferry will run all winter," said Jane Roe.\n');
    const lines: { thread?: string; msg: string }[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as { msg: string }) });
    const store = await openStore({ corpusPaths: [corpus], cacheDir, cacheMinArticles: 0, ...loadConfigFiles(), log, databaseUrl: database.url, ingest: true, followed: true });
    try {
      lines.length = 0;
      writeFileSync(path.join(corpus, 'pier.txt'), 'Pier reopens\n\n"The pier is safe again," said Nora Quill.\n');
      const grown = await store.refresh();
      expect(grown.counts).toMatchObject({ added: 1, changed: 0, removed: 0 });
      expect(grown.coverage.articleCount).toBe(2);
      expect(lines.some((line) => line.thread === 'refresh')).toBe(true);
      expect(lines.some((line) => /on the main thread/.test(line.msg))).toBe(false);
    } finally {
      await store.close();
    }
  });

  it('reports a failure of the thread\'s ingest (the database refusing connections), not redoing it on the main thread', async () => {
    const corpus = mkdtempSync(path.join(tmpdir(), 'qw-pg-refresh-'));
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'qw-pg-refresh-cache-'));
    folders.push(corpus, cacheDir);
    writeFileSync(path.join(corpus, 'ferry.txt'), 'Ferry to run all winter\n\n"The ferry will run all winter," said Jane Roe.\n');
    const store = await openStore({ corpusPaths: [corpus], cacheDir, cacheMinArticles: 0, ...loadConfigFiles(), log: pino({ level: 'silent' }), databaseUrl: database.url, ingest: true, followed: true });
    const articles = store.coverage.articleCount;
    try {
      writeFileSync(path.join(corpus, 'pier.txt'), 'Pier reopens\n\n"The pier is safe again," said Nora Quill.\n');
      // New connections are refused; the main thread's pooled ones would still work.
      await onServer(`ALTER DATABASE ${database.name} ALLOW_CONNECTIONS false`);
      await expect(store.refresh()).rejects.toThrow(/not currently accepting connections|not accepting/);
      expect(store.coverage.articleCount).toBe(articles);
    } finally {
      await onServer(`ALTER DATABASE ${database.name} ALLOW_CONNECTIONS true`);
      await store.close();
    }
  });
});
