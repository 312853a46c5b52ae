/**
 * Reads articles from disk: the seeds by default, or the folders, JSONL
 * archives and single files given. Every problem is a warning naming the file
 * (and line); good articles always load. I/O lives here and only here.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from './decode.js';
import { describeExtensions, FORMAT_EXTENSIONS, FORMATS, formatOf } from './formats/index.js';
import { textFormat } from './formats/text.js';
import { parseJsonl } from './jsonl.js';
import { tooLarge } from './warnings.js';
import { parseSourcesFile, parseSynonymsFile } from './metadata.js';
import { prepareArticle, type KnownMeta, type RawArticle } from './prepare.js';
import type { Corpus, LoadWarning } from './types.js';

/** The project's root folder, found from this file whether run from src/ or dist/. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_CORPUS = path.join(PROJECT_ROOT, 'seeds');

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
/** Documentation that sits beside articles in corpus folders (the BBC set's README.TXT). */
const NOT_ARTICLES = /^(?:readme|license|licence|changelog|sources|notice)$/i;

export class CorpusError extends Error {
  constructor(
    message: string,
    readonly warnings: LoadWarning[],
  ) {
    super(message);
    this.name = 'CorpusError';
  }
}

/** The largest article read by default (MAX_ARTICLE_BYTES in the settings): 5 MB, some hundred times a long news story. */
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** How a corpus is read. */
export interface ReadOptions {
  /** Articles (files, or a JSONL line) larger than this many bytes are refused with a warning. */
  maxArticleBytes?: number;
  /** Whether a corpus of no article is read as one, not refused: a feeds' folder before its first page. */
  emptyAllowed?: boolean;
}

function cannotRead(error: unknown): string {
  return `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
}

function whatItIs(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads the bytes of a regular file of at most `maxBytes` bytes. Anything
 * else is refused before it is read: FIFOs and devices (reading them may
 * never end), sockets, and files over the limit (read no further than the
 * limit, even when the file grew after it was measured).
 */
function readBytes(file: string, maxBytes: number): { bytes: Buffer } | { problem: string } {
  let stats: Stats;
  try {
    stats = statSync(file); // follows symbolic links: a link to /dev/zero is a device
  } catch (error) {
    return { problem: cannotRead(error) };
  }
  if (!stats.isFile()) return { problem: `is ${whatItIs(stats)}, not a regular file` };
  if (stats.size > maxBytes) return { problem: tooLarge(stats.size, maxBytes) };
  let fd: number;
  try {
    // Non-blocking: had the file become a FIFO since it was measured, opening it would wait for a writer.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { problem: cannotRead(error) };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { problem: `is ${whatItIs(opened)}, not a regular file` };
    const chunks: Buffer[] = [];
    let total = 0;
    // One byte past the limit is enough to know a file is over it.
    for (let size = Math.min(opened.size, maxBytes) + 1; ; size = Math.min(64 * 1024, maxBytes + 1 - total)) {
      const chunk = Buffer.allocUnsafe(size);
      const read = readSync(fd, chunk, 0, size, null);
      if (read === 0) break;
      chunks.push(read === size ? chunk : chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) return { problem: tooLarge(Math.max(total, opened.size), maxBytes) };
    }
    return { bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total) };
  } catch (error) {
    return { problem: cannotRead(error) };
  } finally {
    closeSync(fd);
  }
}

type Read = { text: string; warning?: string } | { problem: string };

/**
 * Reads a file as text, or says why it cannot be an article. Its bytes are
 * decoded as decodeBytes decodes them: `warning` says how, when they were not UTF-8.
 *
 * @param maxBytes larger files are refused unread.
 * @param nulLines whether a NUL byte is left for each line to answer for (a
 *   JSONL archive, whose lines are each an article) instead of refusing the file as binary.
 */
export function readText(file: string, maxBytes: number = DEFAULT_MAX_ARTICLE_BYTES, nulLines = false): Read {
  const read = readBytes(file, maxBytes);
  if ('problem' in read) return read;
  const { bytes } = read;
  if (bytes.length === 0) return { problem: 'is empty' };
  const decoded = decodeBytes(bytes, nulLines);
  if ('problem' in decoded) return decoded;
  if (decoded.text.trim() === '') return { problem: 'holds only white space' };
  return decoded;
}

/** A JSONL archive holds many articles: it may be as large as the biggest string JavaScript holds. */
const MAX_ARCHIVE_BYTES = 2 ** 29 - 24;

/**
 * A JSONL archive's lines, or why it cannot be one. Well-formed UTF-8 stays
 * bytes, decoded a line at a time (see parseJsonl); anything else is decoded
 * as readText decodes a file (with a warning naming the encoding), a NUL byte
 * left to its line.
 */
function readArchive(file: string): { lines: string | Buffer; warning?: string } | { problem: string } {
  const read = readBytes(file, MAX_ARCHIVE_BYTES);
  if ('problem' in read) return read;
  const { bytes } = read;
  if (bytes.length === 0) return { problem: 'is empty' };
  if (!isUtf8(bytes)) {
    const decoded = decodeBytes(bytes, true);
    if ('problem' in decoded) return decoded;
    return decoded.text.trim() === '' ? { problem: 'holds only white space' } : { lines: decoded.text, ...(decoded.warning ? { warning: decoded.warning } : {}) };
  }
  // Only ASCII white space is seen here; other white space (a byte order mark, a no-break space) once the lines are read.
  return bytes.some((byte) => !ASCII_SPACE.has(byte)) ? { lines: bytes } : { problem: 'holds only white space' };
}

const ASCII_SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);

/**
 * The article files of a folder and its subfolders, sorted. Linked folders are
 * followed after the real ones, each once: one that is reached already (a link
 * loop, or a second way to a folder) is named in a warning and not read again.
 */
function listArticleFiles(folder: string, warnings: LoadWarning[]): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  const links: string[] = [];
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      const real = realpathSync(dir);
      // Reached through a link to a folder above it: read already.
      if (visited.has(real)) {
        warnings.push({ file: dir, message: `is ${real}, a folder read already (reached again through a link); not read again` });
        return;
      }
      visited.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      warnings.push({ file: dir, message: `${cannotRead(error)}; skipped` });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      const parsed = path.parse(entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isSymbolicLink() && isFolder(full)) links.push(full);
      else if (FORMAT_EXTENSIONS.has(parsed.ext.toLowerCase()) && !NOT_ARTICLES.test(parsed.name)) {
        found.push(full);
      }
    }
  };
  walk(folder);
  links.sort();
  // Links found while following links join the queue; each folder is read once, so this ends.
  for (let next = links.shift(); next !== undefined; next = links.shift()) {
    let target: string;
    try {
      target = realpathSync(next);
    } catch (error) {
      warnings.push({ file: next, message: `${cannotRead(error)}; skipped` });
      continue;
    }
    if (visited.has(target)) {
      warnings.push({ file: next, message: `links to ${target}, a folder read already (a link loop, or a second way to it); not followed` });
    } else walk(next);
  }
  return found.sort();
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function idFromPath(root: string, file: string): string {
  const relative = path.relative(root, file);
  const parsed = path.parse(relative);
  return path.join(parsed.dir, parsed.name).split(path.sep).join('/');
}

/**
 * The articles of one file named on its own (`quotes FILE`): read by the
 * format its extension and text name, and as text when none does.
 */
export function readArticleFile(file: string, id: string, warnings: LoadWarning[], maxBytes: number = DEFAULT_MAX_ARTICLE_BYTES): RawArticle[] {
  return readFormatted(file, id, maxBytes, warnings, true);
}

/**
 * The articles of one file, read by the format its extension and text name
 * (a file with no extension as text). A file that may hold many articles (a
 * feed, an export) may be as large as a JSONL archive; each article, and a
 * file of one, is held to `maxBytes`.
 */
function readFormatted(file: string, id: string, maxBytes: number, warnings: LoadWarning[], textByDefault = false): RawArticle[] {
  const ext = path.extname(file).toLowerCase();
  const many = FORMATS.some((format) => format.holdsMany === true && format.extensions.includes(ext));
  const read = readText(file, many ? MAX_ARCHIVE_BYTES : maxBytes);
  if ('problem' in read) {
    warnings.push({ file, message: `${read.problem}; skipped` });
    return [];
  }
  if (read.warning) warnings.push({ file, message: read.warning });
  const format = ext === '' ? textFormat : (formatOf(file, read.text) ?? (textByDefault ? textFormat : null));
  if (!format) {
    warnings.push({ file, message: `is not a kind of ${ext} file read here; skipped` });
    return [];
  }
  if (many && !format.holdsMany && Buffer.byteLength(read.text) > maxBytes) {
    warnings.push({ file, message: `${tooLarge(Buffer.byteLength(read.text), maxBytes)}; skipped` });
    return [];
  }
  let raws: RawArticle[];
  try {
    raws = format.read({ file, id, text: read.text, maxBytes }, warnings);
  } catch (error) {
    // A reader's own failure on input it did not foresee costs that file, never the corpus.
    warnings.push({ file, message: `cannot be read as a ${format.name} (${(error as Error).message}); skipped` });
    return [];
  }
  return raws.filter((raw) => {
    const bytes = Buffer.byteLength(raw.text);
    if (bytes <= maxBytes) return true;
    const [, line] = splitOrigin(raw.origin);
    warnings.push({ file, ...(line ? { line } : {}), message: `article "${raw.id}" ${tooLarge(bytes, maxBytes)}; skipped` });
    return false;
  });
}

function readSources(file: string, warnings: LoadWarning[]): Map<string, KnownMeta> {
  if (!existsSync(file)) return new Map();
  const read = readText(file);
  if ('problem' in read) {
    warnings.push({ file, message: `${read.problem}; its metadata is ignored` });
    return new Map();
  }
  if (read.warning) warnings.push({ file, message: read.warning });
  return parseSourcesFile(read.text, file, warnings);
}

/** The spellings a corpus brings for itself (its folder's synonyms.json), if it has any. */
function readSynonyms(file: string, warnings: LoadWarning[]): string[][] {
  if (!existsSync(file)) return [];
  const read = readText(file);
  if ('problem' in read) {
    warnings.push({ file, message: `${read.problem}; its synonyms are ignored` });
    return [];
  }
  if (read.warning) warnings.push({ file, message: read.warning });
  return parseSynonymsFile(read.text, file, warnings);
}

interface Batch {
  raws: RawArticle[];
  sources: Map<string, KnownMeta>;
  sourcesFile: string;
  synonyms: string[][];
  /** Whether sources.json entries with no article here are worth a warning. */
  wholeFolder: boolean;
  /** A JSONL archive of UTF-8 text ending in a line break: its bytes and line breaks, and how many warnings were given up to its last line. */
  archive?: { bytes: number; lines: number; parsedEnd: number };
}

const NEWLINE = 0x0a;

function lineBreaks(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

/** Reads one path given on the command line (or the default seeds). */
function readPath(given: string, maxBytes: number, warnings: LoadWarning[]): Batch | null {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(given).isDirectory();
  } catch (error) {
    warnings.push({ file: given, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); skipped` });
    return null;
  }
  const ext = path.extname(given).toLowerCase();
  const folder = isDirectory ? given : path.dirname(given);
  const metaFile = path.join(folder, 'sources.json');
  const synonyms = readSynonyms(path.join(folder, 'synonyms.json'), warnings);
  if (isDirectory) {
    const raws = listArticleFiles(given, warnings).flatMap((file) => readFormatted(file, idFromPath(given, file), maxBytes, warnings));
    if (raws.length === 0) warnings.push({ file: given, message: `holds no article (${describeExtensions()} file)` });
    return { raws, sources: readSources(metaFile, warnings), sourcesFile: metaFile, synonyms, wholeFolder: true };
  }
  if (JSONL_EXTENSIONS.has(ext)) {
    const read = readArchive(given);
    if ('problem' in read) {
      warnings.push({ file: given, message: `${read.problem}; skipped` });
      return null;
    }
    if ('warning' in read && read.warning) warnings.push({ file: given, message: read.warning });
    const before = warnings.length;
    const raws = parseJsonl(read.lines, given, warnings, maxBytes);
    const { lines } = read;
    const archive = Buffer.isBuffer(lines) && lines[lines.length - 1] === NEWLINE && raws.length > 0 ? { bytes: lines.length, lines: lineBreaks(lines), parsedEnd: warnings.length } : undefined;
    // Every line blank, and none said why: white space only, as a file of whole text would be told.
    if (raws.length === 0 && warnings.length === before) warnings.push({ file: given, message: 'holds only white space; skipped' });
    return { raws, sources: readSources(metaFile, warnings), sourcesFile: metaFile, synonyms, wholeFolder: true, ...(archive ? { archive } : {}) };
  }
  if (FORMAT_EXTENSIONS.has(ext) || ext === '') {
    const raws = readFormatted(given, path.parse(given).name, maxBytes, warnings);
    // One file of a folder: its sources.json describes the others too, so no warning for them.
    return { raws, sources: readSources(metaFile, warnings), sourcesFile: metaFile, synonyms, wholeFolder: false };
  }
  warnings.push({ file: given, message: `is not a folder or a ${describeExtensions()} file; skipped` });
  return null;
}

const unmatchedEntry = (file: string, id: string): LoadWarning => ({ file, message: `entry "${id}" matches no article` });

/** Adds a batch's articles, keeping the first of any duplicate id; returns the sources.json entries that matched none. */
function addBatch(batch: Batch, seen: Map<string, string>, articles: RawArticle[], warnings: LoadWarning[]): string[] {
  const used = new Set<string>();
  for (const raw of batch.raws) {
    const first = seen.get(raw.id);
    if (first !== undefined) {
      const [file, line] = splitOrigin(raw.origin);
      warnings.push({ file, ...(line ? { line } : {}), message: `duplicate id "${raw.id}" (first seen in ${first}); skipped` });
      continue;
    }
    seen.set(raw.id, raw.origin);
    const curated = batch.sources.get(raw.id);
    if (curated) used.add(raw.id);
    articles.push({ ...raw, known: { ...raw.known, ...curated } });
  }
  if (!batch.wholeFolder) return [];
  const unmatched = [...batch.sources.keys()].filter((id) => !used.has(id));
  for (const id of unmatched) warnings.push(unmatchedEntry(batch.sourcesFile, id));
  return unmatched;
}

function splitOrigin(origin: string): [string, number | undefined] {
  const match = /^(.*):(\d+)$/.exec(origin);
  return match ? [match[1] ?? origin, Number(match[2])] : [origin, undefined];
}

/** Articles as read, before preparation: enough to fingerprint a corpus without preparing it. */
export interface RawCorpus {
  raws: RawArticle[];
  warnings: LoadWarning[];
  /** Search synonyms the corpus brings (synonyms.json beside its articles), added to config/synonyms.json's. */
  synonyms: string[][];
  /** Where the read stopped, when the corpus is one JSONL archive that lines can be appended to and read alone (readAppended). */
  archive?: ArchiveEnd;
}

/**
 * Where a read of one JSONL archive (of UTF-8 text, ending in a line break)
 * stopped. Its warnings are, in order: those up to the archive's last line
 * (before `parsedEnd`); those of its sources.json and of duplicate ids
 * (before `duplicatesEnd`); one for each sources.json entry in `unmatched`.
 */
export interface ArchiveEnd {
  /** The archive as given. */
  file: string;
  bytes: number;
  /** Its line breaks: the number of the last line read. */
  lines: number;
  parsedEnd: number;
  duplicatesEnd: number;
  /** The ids of the sources.json entries that matched no article. */
  unmatched: string[];
}

/**
 * Reads a corpus without preparing it.
 *
 * @param paths folders of article files (every format in formats/: text,
 *   HTML pages, feeds, CSV/TSV exports, NITF and NewsML-G2), JSONL archives
 *   or single files; none means the seeds. A folder's (or a file's folder's)
 *   sources.json gives the articles' metadata, and its synonyms.json
 *   spellings of its own.
 * @param options.maxArticleBytes the largest article read (default 5 MB);
 *   larger ones, and anything not a regular file, are skipped with a warning.
 * @param options.emptyAllowed no article is a corpus of none (default: refused).
 * @throws CorpusError when not one article could be read (unless emptyAllowed).
 */
export function readCorpus(paths: readonly string[] = [], options: ReadOptions = {}): RawCorpus {
  const maxBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const warnings: LoadWarning[] = [];
  const raws: RawArticle[] = [];
  const seen = new Map<string, string>();
  const unique = paths.filter((given, index) => {
    const first = paths.findIndex((other) => path.resolve(other) === path.resolve(given)) === index;
    if (!first) warnings.push({ file: given, message: 'given more than once; read once' });
    return first;
  });
  const batches = (paths.length === 0 ? [DEFAULT_CORPUS] : unique).map((given) => readPath(given, maxBytes, warnings));
  const synonyms: string[][] = [];
  let unmatched: string[] = [];
  let duplicatesEnd = 0;
  for (const batch of batches) {
    if (!batch) continue;
    unmatched = addBatch(batch, seen, raws, warnings);
    duplicatesEnd = warnings.length - unmatched.length;
    synonyms.push(...batch.synonyms);
  }
  if (raws.length === 0 && !options.emptyAllowed) {
    const where = paths.length === 0 ? DEFAULT_CORPUS : paths.join(', ');
    throw new CorpusError(`no article could be loaded from ${where}`, warnings);
  }
  const read = batches.length === 1 && paths.length === 1 ? batches[0]?.archive : undefined;
  const archive = read && { file: paths[0] as string, ...read, duplicatesEnd, unmatched };
  return { raws, warnings, synonyms, ...(archive ? { archive } : {}) };
}

/** The bytes of a regular file from `from` up to `to`; null when it is not one, is shorter, or cannot be read. */
function readRange(file: string, from: number, to: number): Buffer | null {
  let fd: number;
  try {
    // Non-blocking: a FIFO put in the archive's place would otherwise wait for a writer.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    if (!fstatSync(fd).isFile()) return null;
    const bytes = Buffer.allocUnsafe(to - from);
    for (let read = 0; read < bytes.length; ) {
      const got = readSync(fd, bytes, read, bytes.length - read, from + read);
      if (got === 0) return null;
      read += got;
    }
    return bytes;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads only the lines appended to a JSONL archive read before, whose bytes
 * up to `end.bytes` are unchanged (the caller knows it): the articles of
 * those lines, and the warnings, and the end, that readCorpus would give for
 * the whole archive now, `earlier` being those it gave then. The new
 * articles' ids are not checked against the earlier ones' (the caller holds
 * those): a duplicate of one would be warned about and skipped. Null when
 * only a read of the whole can tell (the bytes appended are not UTF-8 text,
 * or make the archive too large), or the archive is no longer `upTo` bytes.
 */
export function readAppended(end: ArchiveEnd, upTo: number, earlier: readonly LoadWarning[], options: ReadOptions = {}): Omit<RawCorpus, 'synonyms'> | null {
  if (upTo <= end.bytes || upTo > MAX_ARCHIVE_BYTES) return null;
  const tail = readRange(end.file, end.bytes, upTo);
  if (!tail || !isUtf8(tail)) return null;
  const lineWarnings: LoadWarning[] = [];
  const parsed = parseJsonl(tail, end.file, lineWarnings, options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES, end.lines + 1);
  const sourcesFile = path.join(path.dirname(end.file), 'sources.json');
  // Its warnings were given by the earlier read: it is unchanged.
  const sources = readSources(sourcesFile, []);
  const raws: RawArticle[] = [];
  const duplicates: LoadWarning[] = [];
  addBatch({ raws: parsed, sources, sourcesFile, synonyms: [], wholeFolder: false }, new Map(), raws, duplicates);
  const ids = new Set(raws.map((raw) => raw.id));
  const unmatched = end.unmatched.filter((id) => !ids.has(id));
  const warnings = [
    ...earlier.slice(0, end.parsedEnd), ...lineWarnings, ...earlier.slice(end.parsedEnd, end.duplicatesEnd), ...duplicates,
    ...unmatched.map((id) => unmatchedEntry(sourcesFile, id)),
  ];
  const parsedEnd = end.parsedEnd + lineWarnings.length;
  const next: ArchiveEnd = { file: end.file, bytes: upTo, lines: end.lines + lineBreaks(tail), parsedEnd, duplicatesEnd: warnings.length - unmatched.length, unmatched };
  // A last line not yet ended could still grow: the next read reads the whole archive.
  return { raws, warnings, ...(tail[tail.length - 1] === NEWLINE ? { archive: next } : {}) };
}

/**
 * Loads and prepares a corpus (see `readCorpus` for the paths).
 *
 * @throws CorpusError when not one article could be loaded.
 * @example
 * const { articles, warnings } = loadCorpus(['../shared/corpora/bbc']);
 */
export function loadCorpus(paths: readonly string[] = [], options: ReadOptions = {}): Corpus {
  const { raws, warnings, synonyms } = readCorpus(paths, options);
  return { articles: raws.map(prepareArticle), warnings, synonyms };
}
