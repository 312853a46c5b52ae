/**
 * `DATABASE_URL=postgres://… npm run bench -- postgres-answer`: answering
 * from a database already ingested into (say 10x Reuters, written by
 * bench/scale-corpus.ts and ingested with `npm run cli -- ingest`), as the
 * bot does: opened from the database alone, warmed up, then 1,000 questions
 * drawn from its coverage (bench/answer.ts), twice; wall time and this
 * process's CPU time per answer, and its RSS. The questions are drawn in a
 * process of their own (bench/draw-questions-child.ts): drawing reads every
 * statement, which the bot never holds.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { answerQuestion } from '../src/answer/answer.js';
import { warmUp } from '../src/answer/warm-up.js';
import { openStore, type OpenedStore } from '../src/retrieval/open-store.js';
import { settled } from '../src/retrieval/pending.js';
import { loadConfigFiles } from '../src/settings/config-files.js';
import { keepHeapNearLive, limitHeapGrowth } from '../src/settings/heap-growth.js';
import { BetweenAnswers, percentile } from './answer.js';
import { mb } from './shared-corpora.js';

const QUESTIONS = 1000;
const DRAW_CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'draw-questions-child.ts');

/** The questions, drawn in a child process; null, saying why, when it failed. */
function drawQuestions(): string[] | null {
  const result = spawnSync(process.execPath, ['--import', 'tsx', DRAW_CHILD, String(QUESTIONS)], { encoding: 'utf8', timeout: 600_000, maxBuffer: 64 << 20 });
  const line = result.status === 0 ? result.stdout.trim().split('\n').at(-1) : undefined;
  try {
    if (line) return JSON.parse(line) as string[];
  } catch {
    // Said below, as a failure.
  }
  console.log(`drawing the questions failed: ${result.error?.message || result.stderr.trim().split('\n').at(-1) || `exit ${result.status ?? result.signal}`}`);
  return null;
}

/** The database's coverage, opened as the bot opens it: from the database alone, no corpus read. */
export function openDatabase(databaseUrl: string): Promise<OpenedStore> {
  return openStore({ corpusPaths: [], cacheDir: '', cacheMinArticles: 1, ...loadConfigFiles(), log: pino({ level: 'silent' }), databaseUrl, ingest: false });
}

export async function benchPostgresAnswer(runs: number): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.log('skipped postgres-answer: set DATABASE_URL to a database ingested into (see the README\'s Scaling section)');
    return;
  }
  const questions = drawQuestions();
  if (!questions) return;
  // As the bot does when it answers from a database (src/index.ts): the heap's growth limited at start, kept near live once open.
  limitHeapGrowth();
  const opened = await openDatabase(databaseUrl);
  keepHeapNearLive();
  const { coverage } = opened;
  try {
    const warmed = await warmUp(coverage);
    console.log(`${coverage.articleCount.toLocaleString('en-US')} articles, ${coverage.statementCount.toLocaleString('en-US')} statements; opened in ${opened.ms.toFixed(0)} ms, warm-up ${warmed.answered} questions in ${warmed.ms} ms (node ${process.version})`);
    for (let run = 0; run < runs; run++) {
      const wall: number[] = [];
      const cpu: number[] = [];
      let found = 0;
      const between = new BetweenAnswers();
      for (const question of questions) {
        const started = performance.now();
        const before = process.cpuUsage();
        if ((await settled(() => answerQuestion(coverage, question))).found) found++;
        const used = process.cpuUsage(before);
        wall.push(performance.now() - started);
        cpu.push((used.user + used.system) / 1000);
        await between.after();
      }
      const f = (values: number[], p: number): string => `${percentile(values, p).toFixed(1)} ms`;
      console.log(`run ${run + 1}: ${questions.length} questions, ${found} found; answer p50 ${f(wall, 50)}, p90 ${f(wall, 90)}, p99 ${f(wall, 99)}; this process's CPU per answer p50 ${f(cpu, 50)}, p99 ${f(cpu, 99)}; rss ${mb(process.memoryUsage().rss).toFixed(0)} MB, peak ${mb(process.resourceUsage().maxRSS * 1024).toFixed(0)} MB; ${between.describe(questions.length)}`);
    }
  } finally {
    await opened.close();
  }
}
