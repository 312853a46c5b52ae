/**
 * Draws the bench's questions (bench/answer.ts) from a database's coverage, in
 * a process of its own so that the process answering them holds only what the
 * bot would:
 *
 *   node --import tsx bench/draw-questions-child.ts <count>
 *
 * Reads DATABASE_URL; prints the questions as one JSON array on stdout.
 */
import { settled } from '../src/retrieval/pending.js';
import { benchQuestions } from './answer.js';
import { openDatabase } from './postgres-answer.js';

const opened = await openDatabase(process.env.DATABASE_URL ?? '');
try {
  process.stdout.write(`${JSON.stringify(await settled(() => benchQuestions(opened.coverage, Number(process.argv[2] ?? 1000))))}\n`);
} finally {
  await opened.close();
}
