/**
 * `npm run eval:questions [-- --corpus seeds|bbc|reuters]... [--misses N] [--json]`
 *
 * Runs the question sets of test/fixtures (casual-questions.json and
 * unanswerable-questions.json) through the code path of `npm run cli -- ask`
 * (openCoverage, then answerQuestion), loading each corpus once, and scores
 * the final answers with the one definition of right in
 * test/answer/question-set.ts. Prints the score per corpus and overall, the
 * found=true count on the unanswerable set, and the misses grouped by cause
 * with examples. BBC and Reuters come from ../shared and are skipped with a
 * message when it is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { answerQuestion } from '../../src/answer/answer.js';
import type { Answer } from '../../src/answer/types.js';
import { PROJECT_ROOT } from '../../src/corpus/load.js';
import { createLogger } from '../../src/logging/logger.js';
import type { Coverage } from '../../src/retrieval/coverage.js';
import { openCoverage } from '../../src/retrieval/open.js';
import { loadConfigFiles } from '../../src/settings/config-files.js';
import { readSettings } from '../../src/settings/settings.js';
import { MISS_CAUSES, verdict, type ExpectedAnswer, type Miss, type MissCause } from '../../test/answer/question-set.js';

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures');
const SHARED = path.resolve(PROJECT_ROOT, '..', 'shared', 'corpora');

/** Each corpus as a user would load it: `--corpus PATH`, or nothing for the seeds. */
export const CORPORA: Record<string, string[]> = {
  seeds: [],
  bbc: [path.join(SHARED, 'bbc')],
  reuters: [path.join(SHARED, 'reuters21578.jsonl')],
};

export interface Scored {
  expected: ExpectedAnswer;
  set: 'answerable' | 'unanswerable';
  answer: Answer;
  miss: Miss | null;
}

export function readSet(file: string): ExpectedAnswer[] {
  return (JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as { questions: ExpectedAnswer[] }).questions;
}

/** Answers and judges the questions of one corpus. */
export function scoreCorpus(coverage: Coverage, answerable: readonly ExpectedAnswer[], unanswerable: readonly ExpectedAnswer[]): Scored[] {
  const run = (expected: ExpectedAnswer, set: Scored['set']): Scored => {
    const answer = answerQuestion(coverage, expected.question);
    return { expected, set, answer, miss: verdict(answer, expected) };
  };
  return [...answerable.map((e) => run(e, 'answerable')), ...unanswerable.map((e) => run(e, 'unanswerable'))];
}

const percent = (right: number, total: number): string => (total === 0 ? '-' : `${((100 * right) / total).toFixed(1)}%`);

function main(): void {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', multiple: true },
      misses: { type: 'string', default: '5' },
      json: { type: 'boolean', default: false },
    },
  });
  const chosen = values.corpus ?? Object.keys(CORPORA);
  for (const name of chosen) if (!(name in CORPORA)) throw new Error(`unknown corpus "${name}"; one of ${Object.keys(CORPORA).join(', ')}`);
  const examples = Number(values.misses);
  const settings = readSettings(process.env);
  const log = createLogger({ logLevel: 'warn', logFormat: 'json' });
  const answerable = readSet('casual-questions.json');
  const unanswerable = readSet('unanswerable-questions.json');
  const all: Scored[] = [];
  const perCorpus: { corpus: string; right: number; total: number; unanswerableFound: number; unanswerableTotal: number; ms: number }[] = [];
  for (const name of chosen) {
    const paths = CORPORA[name] as string[];
    const missing = paths.filter((p) => !existsSync(p));
    if (missing.length > 0) {
      process.stderr.write(`skipping ${name}: ${missing.join(', ')} is absent (the shared corpora are not part of the repository)\n`);
      continue;
    }
    const started = performance.now();
    const { coverage, origin } = openCoverage({ corpusPaths: paths, cacheDir: settings.cacheDir, cacheMinArticles: settings.cacheMinArticles, maxArticleBytes: settings.maxArticleBytes, ...loadConfigFiles(), log });
    const loaded = performance.now();
    const scored = scoreCorpus(coverage, answerable.filter((q) => q.corpus === name), unanswerable.filter((q) => q.corpus === name));
    const ms = Math.round(performance.now() - loaded);
    all.push(...scored);
    const own = scored.filter((s) => s.set === 'answerable');
    const none = scored.filter((s) => s.set === 'unanswerable');
    perCorpus.push({
      corpus: name,
      right: own.filter((s) => s.miss === null).length,
      total: own.length,
      unanswerableFound: none.filter((s) => s.answer.found).length,
      unanswerableTotal: none.length,
      ms,
    });
    if (!values.json) process.stderr.write(`${name}: coverage ${origin} in ${Math.round(loaded - started)} ms; ${scored.length} questions answered in ${ms} ms\n`);
  }
  const own = all.filter((s) => s.set === 'answerable');
  const none = all.filter((s) => s.set === 'unanswerable');
  const right = own.filter((s) => s.miss === null).length;
  const byCause = new Map<MissCause, Scored[]>(MISS_CAUSES.map((c) => [c, []]));
  for (const s of all) if (s.miss) byCause.get(s.miss.cause)?.push(s);
  const byForm = new Map<string, { right: number; total: number }>();
  for (const s of own) {
    const form = s.expected.form ?? '?';
    const entry = byForm.get(form) ?? { right: 0, total: 0 };
    entry.total += 1;
    if (s.miss === null) entry.right += 1;
    byForm.set(form, entry);
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify({
      corpora: perCorpus,
      overall: { right, total: own.length },
      unanswerable: { found: none.filter((s) => s.answer.found).length, total: none.length },
      forms: Object.fromEntries(byForm),
      misses: all.filter((s) => s.miss).map((s) => ({ corpus: s.expected.corpus, set: s.set, form: s.expected.form, question: s.expected.question, ...s.miss })),
    }, null, 1)}\n`);
    return;
  }
  const lines: string[] = ['', 'question set (test/fixtures/casual-questions.json): right answers', ''];
  for (const c of perCorpus) lines.push(`  ${c.corpus.padEnd(8)} ${String(c.right).padStart(4)} / ${String(c.total).padEnd(4)} ${percent(c.right, c.total).padStart(6)}`);
  lines.push(`  ${'overall'.padEnd(8)} ${String(right).padStart(4)} / ${String(own.length).padEnd(4)} ${percent(right, own.length).padStart(6)}`);
  lines.push('', 'unanswerable set (test/fixtures/unanswerable-questions.json): found=true must be 0', '');
  for (const c of perCorpus) lines.push(`  ${c.corpus.padEnd(8)} found=true on ${c.unanswerableFound} / ${c.unanswerableTotal}`);
  lines.push(`  ${'overall'.padEnd(8)} found=true on ${none.filter((s) => s.answer.found).length} / ${none.length}`);
  lines.push('', 'right answers by question form', '');
  for (const [form, { right: r, total }] of [...byForm].sort((a, b) => a[0].localeCompare(b[0]))) lines.push(`  ${form.padEnd(20)} ${String(r).padStart(3)} / ${String(total).padEnd(3)} ${percent(r, total).padStart(6)}`);
  lines.push('', 'misses by cause (both sets)', '');
  for (const [cause, misses] of [...byCause].sort((a, b) => b[1].length - a[1].length)) {
    if (misses.length === 0) continue;
    lines.push(`  ${cause}: ${misses.length}`);
    for (const s of misses.slice(0, examples)) lines.push(`    [${s.expected.corpus}] "${s.expected.question}" — ${s.miss?.detail}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntryPoint) main();
