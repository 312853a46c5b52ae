/**
 * The on-disk cache of corpus snapshots and their indexes, so a restart (or
 * another shard) does not redo extraction. An entry is keyed by a hash of the
 * corpus (every article's id, text and metadata) and of the code and
 * configuration that turn it into answers; it carries a checksum of its own
 * content. A missing, stale, damaged or unreadable entry is rebuilt, never trusted.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
/**
 * A temporary file this old was left by a write that never finished (the
 * process was killed): no write of ours takes this long, since a file is
 * written in one call once the snapshot is built.
 */
export const STALE_TEMPORARY_MS = 10 * 60_000;
/** Our temporary files and nothing else: `snapshot-<key>.json.<pid>.tmp`. */
const TEMPORARY = /^snapshot-[0-9a-f]+\.json\.\d+\.tmp$/;

const SOURCE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
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

type Shape = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'string|null';

function hasShape(value: unknown, shape: Shape): boolean {
  switch (shape) {
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'string|null':
      return value === null || typeof value === 'string';
    default:
      return typeof value === shape;
  }
}

/** The first field of `value` (an object) that lacks its shape, or null when all fit. */
function wrongField(value: unknown, fields: Readonly<Record<string, Shape>>): string | null {
  if (!hasShape(value, 'object')) return '(not an object)';
  const record = value as Record<string, unknown>;
  for (const [field, shape] of Object.entries(fields)) if (!hasShape(record[field], shape)) return field;
  return null;
}

/** Checks every item of a list; says which is wrong and where. */
function wrongItem(list: unknown, where: string, fields: Readonly<Record<string, Shape>>, inner?: (item: Record<string, unknown>, at: string) => string | null): string | null {
  if (!Array.isArray(list)) return `${where} is not a list`;
  for (let at = 0; at < list.length; at += 1) {
    const field = wrongField(list[at], fields);
    if (field) return `${where}[${at}].${field} is missing or of the wrong type`;
    const deeper = inner?.(list[at] as Record<string, unknown>, `${where}[${at}]`);
    if (deeper) return deeper;
  }
  return null;
}

const ARTICLE_FIELDS = { id: 'string', headline: 'string|null' } as const;
const CLUSTER_FIELDS = { id: 'number', entity: 'string|null', speaker: 'string|null', text: 'string', anonymous: 'boolean', occurrences: 'array' } as const;
const OCCURRENCE_FIELDS = { articleId: 'string', start: 'number', end: 'number', text: 'string' } as const;
const ENTITY_FIELDS = { id: 'string', name: 'string|null', aliases: 'array', roles: 'array', articles: 'array' } as const;
const SENTENCE_FIELDS = { id: 'number', articleId: 'string', start: 'number', end: 'number', text: 'string' } as const;
/** What MiniSearch.loadJS reads of a serialised index. */
const INDEX_FIELDS = { index: 'array', documentIds: 'object', fieldLength: 'object', storedFields: 'object', documentCount: 'number', nextId: 'number', serializationVersion: 'number' } as const;

/**
 * Cheap structural checks of a parsed payload: the lists and fields the
 * answering code reads, with their types. A checksum only says the file is
 * what was written, not that it was written by this layout: a file of
 * another shape is rebuilt, never trusted to crash the start.
 */
export function payloadProblem(value: unknown): string | null {
  if (!hasShape(value, 'object')) return 'the payload is not an object';
  const { snapshot, indexes } = value as Record<string, unknown>;
  if (!hasShape(snapshot, 'object')) return 'snapshot is missing';
  const parts = snapshot as Record<string, unknown>;
  const problem =
    wrongItem(parts.articles, 'snapshot.articles', ARTICLE_FIELDS) ??
    wrongItem(parts.clusters, 'snapshot.clusters', CLUSTER_FIELDS, (cluster, at) => wrongItem(cluster.occurrences, `${at}.occurrences`, OCCURRENCE_FIELDS)) ??
    wrongItem(parts.entities, 'snapshot.entities', ENTITY_FIELDS) ??
    wrongItem(parts.sentences, 'snapshot.sentences', SENTENCE_FIELDS);
  if (problem) return problem;
  if (!hasShape(indexes, 'object')) return 'indexes are missing';
  for (const name of ['statements', 'sentences', 'speakers']) {
    const field = wrongField((indexes as Record<string, unknown>)[name], INDEX_FIELDS);
    if (field) return `indexes.${name}.${field} is missing or of the wrong type`;
  }
  return null;
}

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
    const value: unknown = JSON.parse(payload);
    const problem = payloadProblem(value);
    if (problem) return { status: 'damaged', reason: `${file} is not a snapshot of the expected shape: ${problem}` };
    const parsed = value as Payload;
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
