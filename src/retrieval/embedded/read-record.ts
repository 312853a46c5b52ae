/**
 * What reading a corpus of files gave, kept in the store's folder: the files'
 * sizes, times and checksums, the warnings the read gave, the corpus's own
 * synonyms, and the key of the coverage stored for it. A start whose files are
 * all as recorded opens that coverage without reading a single article: on
 * an archive of 17,000 articles, parsing and fingerprinting them was a third
 * of a warm start. Only corpora given as files (JSONL archives, single
 * articles) are recorded: a folder can gain a file that no stamp would show.
 * A JSONL archive that has only grown since, its bytes up to the recorded
 * size the same (as their CRC-32 says), has only its new lines read.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { ArchiveEnd } from '../../corpus/load.js';
import type { LoadWarning } from '../../corpus/types.js';
import type { StoredLayer } from './store.js';
import { temporaryName } from './sections.js';

/** A file as it was read: absent, or its size, modification time and CRC-32. */
export type FileStamp = { file: string; absent: true } | { file: string; size: number; mtimeMs: number; crc: number };

export interface ReadRecord {
  stamps: FileStamp[];
  warnings: LoadWarning[];
  /** The corpus's own synonyms (synonyms.json beside it). */
  synonyms: string[][];
  /** The key of the coverage stored for these articles (embedded/store.ts). */
  coverageKey: string;
  /** The layer of changes on that coverage, if any (made again at each start). */
  layer?: StoredLayer;
  /** Where the read of a corpus of one JSONL archive stopped, for reading only the lines appended to it. */
  archive?: ArchiveEnd;
}

const RECORD = /^read-[0-9a-f]+\.json$/;
/** How many records (of other corpora, settings or code) to keep. */
const KEEP = 4;
/** Bytes checksummed a piece at a time, into one buffer. */
const PIECE = 1 << 20;

/**
 * The files a read of `paths` looks at (each path, and the sources.json and
 * synonyms.json beside it), in order; null when one is a folder or cannot be
 * looked at, or when no path is given (the default corpus is a folder).
 */
export function filesRead(paths: readonly string[]): string[] | null {
  if (paths.length === 0) return null;
  const files: string[] = [];
  for (const given of paths) {
    try {
      if (!statSync(given).isFile()) return null;
    } catch {
      return null;
    }
    const folder = path.dirname(given);
    files.push(path.resolve(given), path.resolve(folder, 'sources.json'), path.resolve(folder, 'synonyms.json'));
  }
  return [...new Set(files)];
}

/** Stamps, with the CRC-32 of some files' first bytes (as many as `prefixes` says for each). */
export interface Stamped {
  stamps: FileStamp[];
  prefixCrcs: Map<string, number>;
}

/**
 * A file's stamp, its CRC-32 read a piece at a time into one buffer (no memory
 * the size of the file), and that of its first `prefix` bytes when it has as
 * many; null when it is not a regular file (a FIFO would never end) or cannot be read.
 */
function stampOf(file: string, piece: Buffer, prefix = -1): { stamp: FileStamp; prefixCrc?: number } | null {
  let fd: number;
  try {
    // Non-blocking: a FIFO named sources.json would otherwise wait for a writer.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { stamp: { file, absent: true } } : null;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return null;
    const { size, mtimeMs } = stats;
    let crc = 0;
    let prefixCrc: number | undefined;
    for (let at = 0; at < size; ) {
      // A piece ends where the prefix does, so the CRC-32 there is on the way.
      const got = readSync(fd, piece, 0, Math.min(PIECE, size - at, at < prefix ? prefix - at : Infinity), at);
      if (got === 0) break;
      crc = crc32(piece.subarray(0, got), crc);
      at += got;
      if (at === prefix) prefixCrc = crc;
    }
    return { stamp: { file, size, mtimeMs, crc }, ...(prefixCrc === undefined ? {} : { prefixCrc }) };
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** The stamps of `files` as they are now; null when one is not a regular file or cannot be read. */
export function stampFiles(files: readonly string[]): FileStamp[] | null {
  return stampFilesWithPrefixes(files, new Map())?.stamps ?? null;
}

/** The stamps of `files`, and the CRC-32 of the first bytes of those in `prefixes` (file to size) that are as long. */
export function stampFilesWithPrefixes(files: readonly string[], prefixes: ReadonlyMap<string, number>): Stamped | null {
  const piece = Buffer.allocUnsafeSlow(PIECE);
  const stamped: Stamped = { stamps: [], prefixCrcs: new Map() };
  for (const file of files) {
    const stamp = stampOf(file, piece, prefixes.get(file));
    if (!stamp) return null;
    stamped.stamps.push(stamp.stamp);
    if (stamp.prefixCrc !== undefined) stamped.prefixCrcs.set(file, stamp.prefixCrc);
  }
  return stamped;
}

/** The record's name for one corpus, read with these settings by this code. */
export function recordKey(files: readonly string[], settings: string, code: string): string {
  return createHash('sha256').update(JSON.stringify({ files, settings, code })).digest('hex').slice(0, 32);
}

const recordFile = (folder: string, key: string): string => path.join(folder, `read-${key}.json`);

const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function isLayer(layer: StoredLayer): boolean {
  const { key, units, gone } = layer;
  return isString(key) && Array.isArray(gone) && gone.every(isString) && Array.isArray(units) && units.every((unit) => Array.isArray(unit) && isString(unit[0]) && isString(unit[1]) && isCount(unit[2]));
}

function isArchiveEnd(end: ArchiveEnd): boolean {
  const { file, bytes, lines, parsedEnd, duplicatesEnd, unmatched } = end;
  return isString(file) && [bytes, lines, parsedEnd, duplicatesEnd].every(isCount) && Array.isArray(unmatched) && unmatched.every(isString);
}

/** The record of `key`, whether or not the files are still as it says; null when it is missing or damaged. */
export function readRecord(folder: string, key: string): ReadRecord | null {
  let record: ReadRecord;
  try {
    record = JSON.parse(readFileSync(recordFile(folder, key), 'utf8')) as ReadRecord;
  } catch {
    return null;
  }
  if (typeof record !== 'object' || record === null || !Array.isArray(record.stamps)) return null;
  if (!Array.isArray(record.warnings) || !Array.isArray(record.synonyms) || typeof record.coverageKey !== 'string') return null;
  if ((record.layer !== undefined && !isLayer(record.layer)) || (record.archive !== undefined && !isArchiveEnd(record.archive))) return null;
  return record;
}

/**
 * The size the recorded archive had, when it has grown since and is otherwise
 * unchanged, as are the files beside it: only its new lines need reading.
 */
export function grownArchive(record: ReadRecord, stamped: Stamped): { file: string; from: number; to: number } | null {
  const { archive } = record;
  if (!archive || record.stamps.length !== stamped.stamps.length) return null;
  const file = path.resolve(archive.file);
  let grown: { file: string; from: number; to: number } | null = null;
  for (const [index, now] of stamped.stamps.entries()) {
    const then = record.stamps[index];
    if (then?.file !== now.file) return null;
    if (now.file !== file) {
      if (JSON.stringify(then) !== JSON.stringify(now)) return null;
      continue;
    }
    if ('absent' in then || 'absent' in now || then.size !== archive.bytes || now.size <= then.size || stamped.prefixCrcs.get(file) !== then.crc) return null;
    grown = { file: archive.file, from: then.size, to: now.size };
  }
  return grown;
}

/** Writes the record of `key` atomically, keeping KEEP records in all. */
export function saveRecord(folder: string, key: string, record: ReadRecord): void {
  const file = recordFile(folder, key);
  const temporary = temporaryName(file);
  writeFileSync(temporary, JSON.stringify(record));
  renameSync(temporary, file);
  // Another process may prune the same old records meanwhile: one gone already is no failure.
  const others = readdirSync(folder).filter((name) => RECORD.test(name)).map((name) => path.join(folder, name)).filter((other) => other !== file);
  const dated = others.flatMap((other) => {
    const stats = statOrNull(other);
    return stats ? [{ other, mtimeMs: stats.mtimeMs }] : [];
  });
  for (const { other } of dated.sort((a, b) => b.mtimeMs - a.mtimeMs).slice(KEEP - 1)) rmSync(other, { force: true });
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}
