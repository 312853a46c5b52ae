/**
 * The two stores on a real archive (Reuters-21578, from ../shared; skipped
 * without it): every one of 150 questions drawn as the benchmarks draw them
 * gets the very same answer from PostgreSQL as from the embedded store.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { benchQuestions } from '../../../bench/answer.js';
import { answerQuestion } from '../../../src/answer/answer.js';
import { openStore } from '../../../src/retrieval/open-store.js';
import { settled } from '../../../src/retrieval/pending.js';
import { loadConfigFiles } from '../../../src/settings/config-files.js';
import { ROOT } from '../../helpers.js';
import { postgres, postgresSuite, useTestDatabase } from '../../helpers/postgres.js';

const REUTERS = path.join(ROOT, '..', 'shared', 'corpora', 'reuters21578.jsonl');

describe.skipIf(!postgres.reachable || !existsSync(REUTERS))(postgresSuite('Reuters-21578 on both stores'), () => {
  const database = useTestDatabase();

  it('answers 150 questions the same from PostgreSQL as from the embedded store', async () => {
    const options = { corpusPaths: [REUTERS], cacheDir: mkdtempSync(path.join(tmpdir(), 'quotewire-reuters-')), cacheMinArticles: 1, ...loadConfigFiles(), log: pino({ level: 'silent' }) };
    const embedded = await openStore({ ...options, databaseUrl: null, ingest: false });
    const stored = await openStore({ ...options, databaseUrl: database.url, ingest: true });
    try {
      const questions = benchQuestions(embedded.coverage, 150);
      for (const question of questions) expect(await settled(() => answerQuestion(stored.coverage, question)), question).toEqual(answerQuestion(embedded.coverage, question));
    } finally {
      await stored.close();
    }
  }, 300_000);
});
