/**
 * One measurement of `npm run bench -- scale`, in a process of its own so
 * that its peak RSS is its own:
 *
 *   node --import tsx bench/scale-child.ts <store> build|warm <corpus.jsonl> <workDir>
 *
 * Prints one JSON line on stdout (ChildFigures); anything else goes to stderr.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { answerQuestion } from '../src/answer/answer.js';
import type { Coverage } from '../src/retrieval/coverage.js';
import { openCoverage, type OpenOptions } from '../src/retrieval/open.js';
import { openStore } from '../src/retrieval/open-store.js';
import { settled } from '../src/retrieval/pending.js';
import { createPool } from '../src/retrieval/postgres/pool.js';
import { loadConfigFiles } from '../src/settings/config-files.js';
import { limitHeapGrowth } from '../src/settings/heap-growth.js';
import { benchQuestions, percentile } from './answer.js';
import { databaseUrl, onServer } from './postgres-server.js';

/** What a build says beyond its time: why what it left cannot be opened, if it cannot; what it holds on disk, if the parent cannot see it. */
interface BuildOutcome {
  unusable?: string;
  diskBytes?: number;
}

/** How one store is built from a corpus and opened again from what the build left. */
interface ChildStore {
  /** Builds the store; returns, besides its outcome, the coverage built (questions are drawn from it). */
  build(corpusFile: string, workDir: string): Promise<BuildOutcome & { coverage: Coverage | null }>;
  open(corpusFile: string, workDir: string): Promise<Coverage>;
  /** Lets go of what the store holds outside workDir (a database), once measured. */
  cleanUp?(workDir: string): Promise<void>;
}

export interface ChildFigures {
  /** The time of the build, or of the warm open. */
  ms: number;
  /** Peak resident memory of this process up to the end of the build or the open, in bytes. */
  peakRssBytes: number;
  /** Peak resident memory before anything was opened: the cost of node, tsx and the modules. */
  startRssBytes: number;
  /** After a build only: why the store cannot be opened warm, when it cannot. */
  unusable?: string;
  /** After a build only: the bytes the store holds, when it is not a folder the parent can measure. */
  diskBytes?: number;
  /** After a warm open only: answers to questions drawn from the coverage. */
  answers?: { questions: number; found: number; p50Ms: number; p99Ms: number };
}

const QUESTIONS = 300;
/** Answered first and not timed, so the figures are not those of code still being compiled. */
const WARM_UP_QUESTIONS = 30;
/** The questions a build draws from its coverage, for the warm start to answer. */
const QUESTIONS_FILE = 'questions.json';

const peakRss = (): number => process.resourceUsage().maxRSS * 1024;
const silent = pino({ level: 'silent' });

/** Options of openCoverage; its warnings (a store that could not be written) are kept in `warnings`. */
function embeddedOptions(corpusFile: string, workDir: string, warnings: string[] = []): OpenOptions {
  const log = pino({ level: 'warn' }, { write: (line: string) => warnings.push((JSON.parse(line) as { msg: string }).msg) });
  return { corpusPaths: [corpusFile], cacheDir: workDir, cacheMinArticles: 1, ...loadConfigFiles(), log };
}

/** The database of one size's measurement, named after its work folder. */
function databaseOf(workDir: string): { name: string; url: string } {
  const name = `quotewire_scale_${createHash('sha256').update(workDir).digest('hex').slice(0, 12)}`;
  return { name, url: databaseUrl(name) };
}


/** The stores, by the name the parent gives. */
const STORES: Record<string, ChildStore> = {
  embedded: {
    async build(corpusFile, workDir) {
      const warnings: string[] = [];
      const opened = openCoverage(embeddedOptions(corpusFile, workDir, warnings));
      if (opened.origin !== 'built') throw new Error(`expected a cold build, but the coverage came from the ${opened.origin}`);
      // openCoverage carries on when the store cannot be written; a warm start would then build again.
      const stored = readdirSync(workDir).some((name) => /^coverage-.*\.bin$/.test(name));
      return { coverage: opened.coverage, ...(stored ? {} : { unusable: `no coverage was stored (${warnings.join('; ') || 'no warning given'})` }) };
    },
    async open(corpusFile, workDir) {
      const opened = openCoverage(embeddedOptions(corpusFile, workDir));
      if (opened.origin !== 'cache') throw new Error('the warm start did not come from the store (it was built again)');
      return opened.coverage;
    },
  },
  postgres: {
    async build(corpusFile, workDir) {
      const { name, url } = databaseOf(workDir);
      await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await onServer(`CREATE DATABASE ${name}`);
      const opened = await openStore({ ...embeddedOptions(corpusFile, workDir), log: silent, databaseUrl: url, ingest: true });
      const pool = createPool(url);
      try {
        const size = await pool.query<{ bytes: string }>('SELECT pg_database_size(current_database())::text AS bytes');
        return { coverage: opened.coverage, diskBytes: Number(size.rows[0]?.bytes ?? 0), close: opened.close };
      } finally {
        await pool.end();
      }
    },
    async open(corpusFile, workDir) {
      // As the bot opens it: from the database alone, no corpus read.
      return (await openStore({ ...embeddedOptions(corpusFile, workDir), corpusPaths: [], log: silent, databaseUrl: databaseOf(workDir).url, ingest: false })).coverage;
    },
    async cleanUp(workDir) {
      await onServer(`DROP DATABASE IF EXISTS ${databaseOf(workDir).name} WITH (FORCE)`);
    },
  },
};

async function timeAnswers(coverage: Coverage, questions: readonly string[]): Promise<NonNullable<ChildFigures['answers']>> {
  for (const question of questions.slice(0, WARM_UP_QUESTIONS)) await settled(() => answerQuestion(coverage, question));
  const times: number[] = [];
  let found = 0;
  for (const question of questions.slice(WARM_UP_QUESTIONS)) {
    const started = performance.now();
    if ((await settled(() => answerQuestion(coverage, question))).found) found++;
    times.push(performance.now() - started);
  }
  return { questions: times.length, found, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
}

async function main(args: readonly string[]): Promise<ChildFigures> {
  const [storeName = '', mode, corpusFile, workDir] = args;
  const store = STORES[storeName];
  if (!store || (mode !== 'build' && mode !== 'warm') || !corpusFile || !workDir) {
    throw new Error(`usage: scale-child.ts <${Object.keys(STORES).join('|')}> build|warm <corpus.jsonl> <workDir>`);
  }
  mkdirSync(workDir, { recursive: true });
  const startRssBytes = peakRss();
  const started = performance.now();
  if (mode === 'build') {
    const { coverage, ...outcome } = await store.build(corpusFile, workDir);
    const ms = performance.now() - started;
    const peakRssBytes = peakRss();
    // Drawn after the build is timed and measured: the same questions for the warm start of every store.
    if (coverage) writeFileSync(path.join(workDir, QUESTIONS_FILE), JSON.stringify(await settled(() => benchQuestions(coverage, WARM_UP_QUESTIONS + QUESTIONS))));
    const { close, ...figures } = outcome as BuildOutcome & { close?: () => Promise<void> };
    await close?.();
    return { ms, peakRssBytes, startRssBytes, ...figures };
  }
  try {
    const coverage = await store.open(corpusFile, workDir);
    const figures = { ms: performance.now() - started, peakRssBytes: peakRss(), startRssBytes };
    const questions = JSON.parse(readFileSync(path.join(workDir, QUESTIONS_FILE), 'utf8')) as string[];
    const answers = await timeAnswers(coverage, questions);
    // The peak of answering too: a store that fetches as it answers holds what it fetched.
    return { ...figures, peakRssBytes: peakRss(), answers };
  } finally {
    await store.cleanUp?.(workDir);
  }
}

// As the bot and the CLI do at start (src/index.ts, src/cli/main.ts): the heap grows to twice what is live.
limitHeapGrowth();
try {
  process.stdout.write(`${JSON.stringify(await main(process.argv.slice(2)))}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
}
