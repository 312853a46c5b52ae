/** A watched corpus on PostgreSQL: each refresh is an ingest, run on a thread of its own while the job answers. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/retrieval/open-store.js';
import { loadConfigFiles } from '../../../src/settings/config-files.js';
import { postgres, postgresSuite, useTestDatabase } from '../../helpers/postgres.js';

const folders: string[] = [];
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
});
