/**
 * One measurement of `npm run bench -- scale`, in a process of its own so
 * that its peak RSS is its own:
 *
 *   node --import tsx bench/scale-child.ts <store> build|warm <corpus.jsonl> <workDir>
 *
 * Prints one JSON line on stdout (ChildFigures); anything else goes to stderr.
 */
import { readdirSync } from 'node:fs';
import pino from 'pino';
import { answerQuestion } from '../src/answer/answer.js';
import type { Coverage } from '../src/retrieval/coverage.js';
import { openCoverage, type OpenOptions } from '../src/retrieval/open.js';
import { loadConfigFiles } from '../src/settings/config-files.js';
import { benchQuestions, percentile } from './answer.js';

/** What a build says beyond its time: why what it left cannot be opened, if it cannot. */
interface BuildOutcome {
  unusable?: string;
}

/** How one store is built from a corpus and opened again from what the build left. */
interface ChildStore {
  build(corpusFile: string, workDir: string): BuildOutcome | Promise<BuildOutcome>;
  open(corpusFile: string, workDir: string): Coverage | Promise<Coverage>;
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
  /** After a warm open only: answers to questions drawn from the coverage. */
  answers?: { questions: number; found: number; p50Ms: number; p99Ms: number };
}

const QUESTIONS = 300;
/** Answered first and not timed, so the figures are not those of code still being compiled. */
const WARM_UP_QUESTIONS = 30;

const peakRss = (): number => process.resourceUsage().maxRSS * 1024;

/** Options of openCoverage; its warnings (a cache that could not be written) are kept in `warnings`. */
function embeddedOptions(corpusFile: string, workDir: string, warnings: string[] = []): OpenOptions {
  const log = pino({ level: 'warn' }, { write: (line: string) => warnings.push((JSON.parse(line) as { msg: string }).msg) });
  return { corpusPaths: [corpusFile], cacheDir: workDir, cacheMinArticles: 1, ...loadConfigFiles(), log };
}

/** The stores, by the name the parent gives; a PostgreSQL one would be another entry. */
const STORES: Record<string, ChildStore> = {
  embedded: {
    build(corpusFile, workDir) {
      const warnings: string[] = [];
      const opened = openCoverage(embeddedOptions(corpusFile, workDir, warnings));
      if (opened.origin !== 'built') throw new Error(`expected a cold build, but the coverage came from the ${opened.origin}`);
      // openCoverage carries on when the cache cannot be written; a warm start would then build again.
      const cached = readdirSync(workDir).some((name) => /^snapshot-.*\.json$/.test(name));
      return cached ? {} : { unusable: `no snapshot was cached (${warnings.join('; ') || 'no warning given'})` };
    },
    open(corpusFile, workDir) {
      const opened = openCoverage(embeddedOptions(corpusFile, workDir));
      if (opened.origin !== 'cache') throw new Error('the warm start did not come from the cache (it was built again)');
      return opened.coverage;
    },
  },
};

function timeAnswers(coverage: Coverage): NonNullable<ChildFigures['answers']> {
  const questions = benchQuestions(coverage, WARM_UP_QUESTIONS + QUESTIONS);
  for (const question of questions.slice(0, WARM_UP_QUESTIONS)) answerQuestion(coverage, question);
  const times: number[] = [];
  let found = 0;
  for (const question of questions.slice(WARM_UP_QUESTIONS)) {
    const started = performance.now();
    if (answerQuestion(coverage, question).found) found++;
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
  const startRssBytes = peakRss();
  const started = performance.now();
  if (mode === 'build') {
    const outcome = await store.build(corpusFile, workDir);
    return { ms: performance.now() - started, peakRssBytes: peakRss(), startRssBytes, ...outcome };
  }
  const coverage = await store.open(corpusFile, workDir);
  const figures = { ms: performance.now() - started, peakRssBytes: peakRss(), startRssBytes };
  return { ...figures, answers: timeAnswers(coverage) };
}

try {
  process.stdout.write(`${JSON.stringify(await main(process.argv.slice(2)))}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
}
