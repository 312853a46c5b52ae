/**
 * What `npm run bench -- scale` measures of one coverage store, each step in
 * a child process (bench/scale-child.ts) so each peak RSS is that step's own.
 * Another store is another ScaleTarget: usually `childTarget(name, diskBytes)`
 * and an entry of the same name in the child's STORES.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../src/corpus/load.js';
import type { ChildFigures } from './scale-child.js';

export interface BuildFigures {
  ms: number;
  peakRssBytes: number;
  /** What the built store holds on disk. */
  diskBytes: number;
  /** A child's peak RSS before it opened anything (node, tsx and the modules). */
  startRssBytes: number;
  /** Why what the build left cannot be opened warm, when it cannot (the warm start is then skipped). */
  unusable?: string;
}

export interface WarmFigures {
  ms: number;
  peakRssBytes: number;
  questions: number;
  found: number;
  answerP50Ms: number;
  answerP99Ms: number;
}

export interface ScaleTarget {
  name: string;
  /** A cold build of the store from the corpus; whatever it keeps locally goes in workDir. */
  build(corpusFile: string, workDir: string): BuildFigures;
  /** A second start from what build left, then questions answered. */
  warm(corpusFile: string, workDir: string): WarmFigures;
}

/** A step that could not be measured: the reason is printed and the size skipped. */
export class ScaleStepFailed extends Error {
  override name = 'ScaleStepFailed';
}

/** The heap a child may use: the default (about 4 GB here) would stop 10x before the machine does. */
export const CHILD_HEAP_MB = 6144;
/** A step that takes longer is stopped and its size skipped. */
const CHILD_TIMEOUT_MS = 40 * 60_000;
const CHILD_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'scale-child.ts');

/** Why a child ended without figures, in a line. */
function failure(result: ReturnType<typeof spawnSync>): string {
  const stderr = String(result.stderr ?? '');
  if (/heap out of memory|Allocation failed/i.test(stderr)) return `ran out of memory (JavaScript heap over --max-old-space-size=${CHILD_HEAP_MB})`;
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') return `took over ${CHILD_TIMEOUT_MS / 60_000} min and was stopped`;
  if (result.error) return `could not run: ${result.error.message}`;
  if (result.signal === 'SIGKILL') return 'was killed (SIGKILL: the system out of memory?)';
  if (result.signal) return `ended by ${result.signal}`;
  const last = stderr.trim().split('\n').filter((line) => line.trim() !== '').slice(-3).join(' | ');
  return `exited with ${result.status}${last ? `: ${last}` : ''}`;
}

function runChild(store: string, mode: 'build' | 'warm', corpusFile: string, workDir: string): ChildFigures {
  const result = spawnSync(
    process.execPath,
    [`--max-old-space-size=${CHILD_HEAP_MB}`, '--import', 'tsx', CHILD_SCRIPT, store, mode, corpusFile, workDir],
    { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: CHILD_TIMEOUT_MS, killSignal: 'SIGKILL' },
  );
  const line = result.status === 0 ? result.stdout.trim().split('\n').at(-1) : undefined;
  if (!line) throw new ScaleStepFailed(`${mode} ${failure(result)}`);
  return JSON.parse(line) as ChildFigures;
}

/** Bytes of the files under a folder. */
export function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/** A store measured by scale-child.ts under `name`; diskBytes says what it holds once built. */
export function childTarget(name: string, diskBytes: (workDir: string) => number): ScaleTarget {
  return {
    name,
    build(corpusFile, workDir) {
      const figures = runChild(name, 'build', corpusFile, workDir);
      const { ms, peakRssBytes, startRssBytes, unusable, diskBytes: held } = figures;
      return { ms, peakRssBytes, startRssBytes, diskBytes: held ?? diskBytes(workDir), ...(unusable ? { unusable } : {}) };
    },
    warm(corpusFile, workDir) {
      const figures = runChild(name, 'warm', corpusFile, workDir);
      if (!figures.answers) throw new ScaleStepFailed('warm gave no answer figures');
      const { questions, found, p50Ms, p99Ms } = figures.answers;
      return { ms: figures.ms, peakRssBytes: figures.peakRssBytes, questions, found, answerP50Ms: p50Ms, answerP99Ms: p99Ms };
    },
  };
}

/** The embedded store: its folder. */
export const embeddedTarget = childTarget('embedded', folderBytes);
/** The PostgreSQL store (a database of its own, on the server of TEST_DATABASE_URL or 127.0.0.1:5432): the database's size, as the child reports it. */
export const postgresTarget = childTarget('postgres', () => 0);
