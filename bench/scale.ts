/**
 * `npm run bench -- scale [--sizes 1,4,10]`: how the coverage store grows with
 * the corpus. Reuters-21578 is written 1, 4 and 10 times over (variants with
 * new ids, bench/scale-corpus.ts); for each size, in child processes: cold
 * build time and peak RSS, what the store holds on disk, warm start time and
 * peak RSS, and answer latency p50/p99, each beside its ratio to the smallest size.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeScaledCorpus } from './scale-corpus.js';
import { CHILD_HEAP_MB, embeddedTarget, postgresTarget, ScaleStepFailed, type BuildFigures, type ScaleTarget, type WarmFigures } from './scale-target.js';
import { mb, sharedCorpus } from './shared-corpora.js';

const DEFAULT_SIZES = '1,4,10';
/** The variants' seed: the same corpora every run. */
const SEED = 1;

interface SizeFigures {
  factor: number;
  articles: number;
  corpusBytes: number;
  build: BuildFigures;
  /** Null when the build left nothing a warm start could open. */
  warm: WarmFigures | null;
}

/** "1,4,10" as whole factors of at least 1, in order and once each; null if it is not that. */
export function parseSizes(text: string): number[] | null {
  const sizes = text.split(',').map((part) => Number(part.trim()));
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1)) return null;
  return [...new Set(sizes)].sort((a, b) => a - b);
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1);
const megabytes = (bytes: number): string => mb(bytes).toFixed(0);

/** One size measured; null (with the reason printed) when a step failed. */
function measureSize(target: ScaleTarget, source: string, root: string, factor: number): SizeFigures | null {
  const folder = path.join(root, `${factor}x`);
  const workDir = path.join(folder, target.name);
  mkdirSync(workDir, { recursive: true });
  try {
    const corpusFile = path.join(folder, 'corpus.jsonl');
    const { lines, bytes } = writeScaledCorpus(source, corpusFile, factor, SEED);
    console.log(`${factor}x: ${lines.toLocaleString('en-US')} articles, ${megabytes(bytes)} MB of JSONL; cold build...`);
    const build = target.build(corpusFile, workDir);
    console.log(`${factor}x: built in ${seconds(build.ms)} s, peak RSS ${megabytes(build.peakRssBytes)} MB, ${megabytes(build.diskBytes)} MB on disk`);
    if (build.unusable) {
      console.log(`${factor}x: warm start and answers skipped: ${build.unusable}`);
      return { factor, articles: lines, corpusBytes: bytes, build, warm: null };
    }
    console.log(`${factor}x: warm start...`);
    const warm = target.warm(corpusFile, workDir);
    console.log(`${factor}x: warm start ${seconds(warm.ms)} s, peak RSS ${megabytes(warm.peakRssBytes)} MB; ${warm.found} of ${warm.questions} questions found`);
    return { factor, articles: lines, corpusBytes: bytes, build, warm };
  } catch (error) {
    if (!(error instanceof ScaleStepFailed)) throw error;
    console.log(`skipped ${factor}x: the ${target.name} store's ${error.message}`);
    return null;
  } finally {
    // A 10x corpus and its store take gigabytes: gone before the next size.
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A column's value is null where it was not measured. */
const COLUMNS: readonly { title: string; value: (size: SizeFigures) => number | null; format: (value: number) => string }[] = [
  { title: 'articles', value: (s) => s.articles, format: (v) => v.toLocaleString('en-US') },
  { title: 'corpus MB', value: (s) => s.corpusBytes, format: megabytes },
  { title: 'cold s', value: (s) => s.build.ms, format: seconds },
  { title: 'cold peak RSS MB', value: (s) => s.build.peakRssBytes, format: megabytes },
  { title: 'disk MB', value: (s) => s.build.diskBytes, format: megabytes },
  { title: 'warm s', value: (s) => s.warm?.ms ?? null, format: seconds },
  { title: 'warm peak RSS MB', value: (s) => s.warm?.peakRssBytes ?? null, format: megabytes },
  { title: 'answer p50 ms', value: (s) => s.warm?.answerP50Ms ?? null, format: (v) => v.toFixed(1) },
  { title: 'answer p99 ms', value: (s) => s.warm?.answerP99Ms ?? null, format: (v) => v.toFixed(1) },
];

/** Each figure, and beside it (after the first size) its ratio to the first size's. */
function formatTable(sizes: readonly SizeFigures[]): string {
  const base = sizes[0];
  if (!base) return '';
  const cell = (size: SizeFigures, column: (typeof COLUMNS)[number]): string => {
    const value = column.value(size);
    if (value === null) return '-';
    const figure = column.format(value);
    const baseValue = column.value(base);
    return size === base || baseValue === null ? figure : `${figure} (${(value / baseValue).toFixed(1)}x)`;
  };
  const rows = [['size', ...COLUMNS.map((c) => c.title)], ...sizes.map((size) => [`${size.factor}x`, ...COLUMNS.map((c) => cell(size, c))])];
  const widths = rows[0]?.map((_, index) => Math.max(...rows.map((row) => (row[index] ?? '').length))) ?? [];
  return rows.map((row) => row.map((text, index) => text.padStart(widths[index] ?? 0)).join('  ')).join('\n');
}

const TARGETS: Record<string, ScaleTarget> = { embedded: embeddedTarget, postgres: postgresTarget };
const DEFAULT_STORES = 'embedded,postgres';

export function benchScale(_runs: number, options: { sizes?: string; stores?: string }): void {
  const sizes = parseSizes(options.sizes ?? DEFAULT_SIZES);
  if (!sizes) {
    console.error(`--sizes takes whole factors of at least 1, separated by commas, such as ${DEFAULT_SIZES} (got "${options.sizes}")`);
    process.exitCode = 2;
    return;
  }
  const names = (options.stores ?? DEFAULT_STORES).split(',').map((name) => name.trim());
  const targets = names.map((name) => TARGETS[name]);
  if (names.length === 0 || targets.some((target) => target === undefined)) {
    console.error(`--stores takes ${Object.keys(TARGETS).join(' and/or ')}, separated by commas (got "${options.stores}")`);
    process.exitCode = 2;
    return;
  }
  const source = sharedCorpus('reuters21578.jsonl');
  if (!source) return;
  for (const target of targets as ScaleTarget[]) measureStore(target, source, sizes);
}

function measureStore(target: ScaleTarget, source: string, sizes: readonly number[]): void {
  console.log(
    `scale: Reuters-21578 at ${sizes.map((s) => `${s}x`).join(', ')}, ${target.name} store; one run a size, each step in a child ` +
      `process of its own (node ${process.version}, --max-old-space-size=${CHILD_HEAP_MB})`,
  );
  const root = mkdtempSync(path.join(tmpdir(), 'quotewire-scale-'));
  const measured: SizeFigures[] = [];
  try {
    for (const factor of sizes) {
      const figures = measureSize(target, source, root, factor);
      if (figures) measured.push(figures);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const [base] = measured;
  if (!base) return void console.log('no size could be measured');
  console.log(`\n${formatTable(measured)}`);
  const questions = measured.find((size) => size.warm)?.warm?.questions;
  const disk = target.name === 'postgres' ? 'the database\'s size after the ingest' : `the ${target.name} store's folder after the build`;
  console.log(
    `ratios are to ${base.factor}x. Peak RSS is each child's own, ${megabytes(base.build.startRssBytes)} MB of it node, tsx and the modules ` +
      `before anything is opened; the warm figure is the peak after answering too. Times include reading the corpus (the warm start of the database reads none). Disk is ${disk}.` +
      (questions ? ` Latency: ${questions} questions drawn from each size's own coverage at its build (as bench answer draws them), after a warm-up.\n` : '\n'),
  );
}
