/**
 * What stored coverage depends on besides the articles: the code and
 * configuration that turn them into answers (`codeVersion`); and the
 * clean-up of temporary files left by writes that never finished.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../corpus/load.js';

/**
 * A temporary file this old was left by a write that never finished (the
 * process was killed): no write of ours takes this long, since a file is
 * written in one call once the snapshot is built.
 */
export const STALE_TEMPORARY_MS = 10 * 60_000;
/** Our temporary files and nothing else: `<coverage, pack, manifest or read record file>.<pid>[-<random>].tmp`. */
const TEMPORARY = /^(?:coverage-[0-9a-f]+\.bin|pack-[0-9a-z-]+\.bin|manifest\.bin|read-[0-9a-f]+\.json)\.\d+(?:-[0-9a-f]+)?\.tmp$/;

/**
 * The pipeline's TypeScript sources when they are there (a checkout, running the sources or dist/), so a
 * checkout's `npm run cli -- ingest` and its compiled bot agree on what is stored; the compiled files
 * where they are all there is (the image).
 */
const RUNNING_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_ROOT = existsSync(path.join(PROJECT_ROOT, 'src', 'retrieval', 'code-version.ts')) ? path.join(PROJECT_ROOT, 'src') : RUNNING_ROOT;
const STORE_CODE = path.join(SOURCE_ROOT, 'retrieval', 'postgres') + path.sep;

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : /\.(?:ts|js|json)$/.test(entry.name) ? [full] : [];
  });
}

/**
 * A hash of the code and configuration behind a snapshot: the pipeline's
 * source (or compiled) files, the word lists of src/language, and config/*.json. Any change makes old entries stale.
 */
export function codeVersion(): string {
  const hash = createHash('sha256');
  const files = [
    // src/language holds the word lists the stages share: a change there changes a snapshot too.
    // Not the PostgreSQL store's own code (retrieval/postgres): it keeps snapshots, it does not make them.
    ...['corpus', 'language', 'attribution', 'retrieval'].flatMap((stage) => filesUnder(path.join(SOURCE_ROOT, stage))).filter((file) => !file.startsWith(STORE_CODE)),
    ...filesUnder(path.join(PROJECT_ROOT, 'config')),
  ].sort();
  for (const file of files) hash.update(path.relative(SOURCE_ROOT, file)).update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * Removes the temporary files of writes that never finished (`kill -9`
 * mid-write), once older than `maxAgeMs`: only our own (`TEMPORARY`), only
 * regular files. Never throws: returns the paths removed.
 */
export function removeStaleTemporaryFiles(folder: string, maxAgeMs: number = STALE_TEMPORARY_MS, now: number = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter((entry) => TEMPORARY.test(entry))) {
    const file = path.join(folder, name);
    try {
      const stats = lstatSync(file);
      if (!stats.isFile() || now - stats.mtimeMs < maxAgeMs) continue;
      rmSync(file);
      removed.push(file);
    } catch {
      // Gone meanwhile (another shard cleaned it) or not ours to remove: leave it.
    }
  }
  return removed;
}

