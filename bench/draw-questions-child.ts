/**
 * Draws the bench's questions (bench/answer.ts) from a database's coverage, in
 * a process of its own so that the process answering them holds only what the
 * bot would:
 *
 *   node --import tsx bench/draw-questions-child.ts <count>
 *
 * Reads DATABASE_URL; prints the questions as one JSON array on stdout.
 */
import pino from 'pino';
import { openStore } from '../src/retrieval/open-store.js';
import { settled } from '../src/retrieval/pending.js';
import { loadConfigFiles } from '../src/settings/config-files.js';
import { benchQuestions } from './answer.js';

const opened = await openStore({ corpusPaths: [], cacheDir: '', cacheMinArticles: 1, ...loadConfigFiles(), log: pino({ level: 'silent' }), databaseUrl: process.env.DATABASE_URL ?? null, ingest: false });
try {
  process.stdout.write(`${JSON.stringify(await settled(() => benchQuestions(opened.coverage, Number(process.argv[2] ?? 1000))))}\n`);
} finally {
  await opened.close();
}
