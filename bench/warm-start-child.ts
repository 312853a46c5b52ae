/**
 * A warm start as the bot makes one, in a process of its own (a start in the
 * benchmark's process would find its code compiled and its memory grown by
 * the cold build before it):
 *
 *   node --import tsx bench/warm-start-child.ts <corpus.jsonl> <cacheDir>
 *
 * Prints one JSON line: the time to open the stored coverage, to answer a
 * first question after it, and from the process's start to that answer.
 */
import pino from 'pino';
import { answerQuestion } from '../src/answer/answer.js';
import { openCoverage } from '../src/retrieval/open.js';
import { loadConfigFiles } from '../src/settings/config-files.js';
import { limitHeapGrowth } from '../src/settings/heap-growth.js';

export interface WarmStartFigures {
  origin: string;
  openMs: number;
  firstAnswerMs: number;
  /** From the process's start (node, the loader and the modules included) to the first answer. */
  sinceProcessStartMs: number;
}

const [corpus, cacheDir, question = 'Who said the company expects higher earnings?'] = process.argv.slice(2);
if (!corpus || !cacheDir) {
  process.stderr.write('usage: warm-start-child.ts <corpus.jsonl> <cacheDir> [question]\n');
  process.exit(2);
}
limitHeapGrowth();
const started = performance.now();
const opened = openCoverage({ corpusPaths: [corpus], cacheDir, cacheMinArticles: 1, ...loadConfigFiles(), log: pino({ level: 'silent' }) });
const openedAt = performance.now();
answerQuestion(opened.coverage, question);
const answeredAt = performance.now();
const figures: WarmStartFigures = { origin: opened.origin, openMs: openedAt - started, firstAnswerMs: answeredAt - openedAt, sinceProcessStartMs: answeredAt };
process.stdout.write(`${JSON.stringify(figures)}\n`);
