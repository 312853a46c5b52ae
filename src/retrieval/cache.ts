/**
 * The on-disk cache of corpus snapshots and their indexes, so a restart (or
 * another shard) does not redo extraction. An entry is keyed by a hash of the
 * corpus (every article's id, text and metadata) and of the code and
 * configuration that turn it into answers; it carries a checksum of its own
 * content. A missing, stale, damaged or unreadable entry is rebuilt, never trusted.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../corpus/load.js';
import type { RawArticle } from '../corpus/prepare.js';
import type { Normaliser } from './normalise.js';
import { loadIndexes, serialiseIndexes, type SearchIndexes, type SerialisedIndexes } from './search-index.js';
import type { CorpusSnapshot } from './snapshot.js';

/** Bump when the cache file's layout changes. */
const FORMAT = 1;
/** How many snapshots (of different corpora or code) to keep in the folder. */
const KEEP = 4;

const SOURCE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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
    ...['corpus', 'language', 'attribution', 'retrieval'].flatMap((stage) => filesUnder(path.join(SOURCE_ROOT, stage))),
    ...filesUnder(path.join(PROJECT_ROOT, 'config')),
  ].sort();
  for (const file of files) hash.update(path.relative(SOURCE_ROOT, file)).update(readFileSync(file));
  return hash.digest('hex');
}

/** A hash of the corpus as read: ids, texts and metadata, in order. */
export function corpusFingerprint(raws: readonly RawArticle[]): string {
  const hash = createHash('sha256');
  for (const raw of raws) hash.update(raw.id).update('\u0000').update(raw.text).update('\u0000').update(JSON.stringify(raw.known ?? {})).update('\u0001');
  return hash.digest('hex');
}

export function cacheKey(raws: readonly RawArticle[], code: string = codeVersion()): string {
  return createHash('sha256').update(`${FORMAT}:${code}:${corpusFingerprint(raws)}`).digest('hex').slice(0, 32);
}

/** The first line of a cache file; the payload (snapshot and indexes) follows on the second. */
interface CacheHeader {
  format: number;
  key: string;
  checksum: string;
}

interface Payload {
  snapshot: CorpusSnapshot;
  indexes: SerialisedIndexes;
}

const fileFor = (folder: string, key: string): string => path.join(folder, `snapshot-${key}.json`);
const checksumOf = (text: string): string => createHash('sha256').update(text).digest('hex');

export type CacheRead =
  | { status: 'hit'; snapshot: CorpusSnapshot; indexes: SearchIndexes }
  | { status: 'miss' | 'damaged'; reason: string };

/** Reads and checks the entry for `key`. */
export function readCache(folder: string, key: string, normaliser: Normaliser): CacheRead {
  const file = fileFor(folder, key);
  if (!existsSync(file)) return { status: 'miss', reason: 'no snapshot for this corpus and code version' };
  try {
    const content = readFileSync(file, 'utf8');
    const newline = content.indexOf('\n');
    const header = JSON.parse(content.slice(0, newline)) as Partial<CacheHeader>;
    const payload = content.slice(newline + 1);
    if (newline < 0 || header.format !== FORMAT || header.key !== key) {
      return { status: 'damaged', reason: `${file} is not a snapshot of this corpus and code version` };
    }
    if (checksumOf(payload) !== header.checksum) return { status: 'damaged', reason: `${file} does not match its checksum` };
    const parsed = JSON.parse(payload) as Payload;
    return { status: 'hit', snapshot: parsed.snapshot, indexes: loadIndexes(parsed.indexes, normaliser) };
  } catch (error) {
    return { status: 'damaged', reason: `${file} could not be read: ${(error as Error).message}` };
  }
}

/** Writes the entry for `key` (atomically: a reader never sees half a file) and prunes old entries. */
export function writeCache(folder: string, key: string, snapshot: CorpusSnapshot, indexes: SearchIndexes): string {
  mkdirSync(folder, { recursive: true });
  const payload = JSON.stringify({ snapshot, indexes: serialiseIndexes(indexes) } satisfies Payload);
  const header: CacheHeader = { format: FORMAT, key, checksum: checksumOf(payload) };
  const file = fileFor(folder, key);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(header)}\n${payload}`);
  renameSync(temporary, file);
  const entries = readdirSync(folder)
    .filter((name) => /^snapshot-[0-9a-f]+\.json$/.test(name))
    .map((name) => path.join(folder, name))
    .sort((x, y) => statSync(y).mtimeMs - statSync(x).mtimeMs);
  for (const old of entries.slice(KEEP)) rmSync(old, { force: true });
  return file;
}
