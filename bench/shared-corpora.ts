import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/corpus/load.js';

const SHARED = path.resolve(PROJECT_ROOT, '..', 'shared', 'corpora');

/** The real corpora beside the checkout, or null (with the reason printed) when absent. */
export function sharedCorpus(name: 'bbc' | 'reuters21578.jsonl'): string | null {
  const file = path.join(SHARED, name);
  if (existsSync(file)) return file;
  console.log(`skipped ${name}: ${file} is not there (it comes with ../shared)`);
  return null;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export const mb = (bytes: number): number => bytes / 1024 / 1024;
