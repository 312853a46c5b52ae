/**
 * Reads articles from disk: the seeds by default, or the folders, JSONL
 * archives and single files given. Every problem is a warning naming the file
 * (and line); good articles always load. I/O lives here and only here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseJsonl } from './jsonl.js';
import { parseSourcesFile, parseSynonymsFile } from './metadata.js';
import { prepareArticle, type KnownMeta, type RawArticle } from './prepare.js';
import type { Corpus, LoadWarning } from './types.js';

/** The project's root folder, found from this file whether run from src/ or dist/. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_CORPUS = path.join(PROJECT_ROOT, 'seeds');

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
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

/** Reads a file as UTF-8 text, or says why it cannot be an article. */
export function readText(file: string): { text: string } | { problem: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  if (bytes.length === 0) return { problem: 'is empty' };
  if (bytes.includes(0)) return { problem: 'is a binary file (it contains NUL bytes)' };
  const text = bytes.toString('utf8');
  if (text.trim() === '') return { problem: 'holds only white space' };
  // Bytes that are not UTF-8 decode to U+FFFD; text with many of them is not text.
  const undecodable = text.length - text.replaceAll('\uFFFD', '').length;
  if (undecodable > 16 && undecodable > text.length / 20) return { problem: 'is not UTF-8 text (a binary file?)' };
  return { text };
}

function listArticleFiles(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      const parsed = path.parse(entry.name);
      if (entry.isDirectory()) walk(full);
      else if (ARTICLE_EXTENSIONS.has(parsed.ext.toLowerCase()) && !NOT_ARTICLES.test(parsed.name)) {
        found.push(full);
      }
    }
  };
  walk(folder);
  return found.sort();
}

function idFromPath(root: string, file: string): string {
  const relative = path.relative(root, file);
  const parsed = path.parse(relative);
  return path.join(parsed.dir, parsed.name).split(path.sep).join('/');
}

function readTextArticle(file: string, id: string, shownAs: string, warnings: LoadWarning[]): RawArticle | null {
  const read = readText(file);
  if ('problem' in read) {
    warnings.push({ file: shownAs, message: `${read.problem}; skipped` });
    return null;
  }
  return { id, origin: shownAs, text: read.text, headlineInText: true };
}

function readSources(file: string, warnings: LoadWarning[]): Map<string, KnownMeta> {
  if (!existsSync(file)) return new Map();
  const read = readText(file);
  if ('problem' in read) {
    warnings.push({ file, message: `${read.problem}; its metadata is ignored` });
    return new Map();
  }
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
  return parseSynonymsFile(read.text, file, warnings);
}

interface Batch {
  raws: RawArticle[];
  sources: Map<string, KnownMeta>;
  sourcesFile: string;
  synonyms: string[][];
  /** Whether sources.json entries with no article here are worth a warning. */
  wholeFolder: boolean;
}

/** Reads one path given on the command line (or the default seeds). */
function readPath(given: string, warnings: LoadWarning[]): Batch | null {
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
    const raws = listArticleFiles(given)
      .map((file) => readTextArticle(file, idFromPath(given, file), file, warnings))
      .filter((raw): raw is RawArticle => raw !== null);
    if (raws.length === 0) warnings.push({ file: given, message: 'holds no .txt or .md article' });
    return { raws, sources: readSources(metaFile, warnings), sourcesFile: metaFile, synonyms, wholeFolder: true };
  }
  if (JSONL_EXTENSIONS.has(ext)) {
    const read = readText(given);
    if ('problem' in read) {
      warnings.push({ file: given, message: `${read.problem}; skipped` });
      return null;
    }
    const raws = parseJsonl(read.text, given, warnings);
    return { raws, sources: readSources(metaFile, warnings), sourcesFile: metaFile, synonyms, wholeFolder: true };
  }
  if (ARTICLE_EXTENSIONS.has(ext) || ext === '') {
    const raw = readTextArticle(given, path.parse(given).name, given, warnings);
    // One file of a folder: its sources.json describes the others too, so no warning for them.
    return { raws: raw ? [raw] : [], sources: readSources(metaFile, warnings), sourcesFile: metaFile, synonyms, wholeFolder: false };
  }
  warnings.push({ file: given, message: `is not a folder, .txt, .md or .jsonl file; skipped` });
  return null;
}

/** Adds a batch's articles, keeping the first of any duplicate id. */
function addBatch(batch: Batch, seen: Map<string, string>, articles: RawArticle[], warnings: LoadWarning[]): void {
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
  if (!batch.wholeFolder) return;
  for (const id of batch.sources.keys()) {
    if (!used.has(id)) warnings.push({ file: batch.sourcesFile, message: `entry "${id}" matches no article` });
  }
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
}

/**
 * Reads a corpus without preparing it.
 *
 * @param paths folders of .txt/.md files, JSONL archives or single article
 *   files; none means the seeds. A folder's (or a file's folder's)
 *   sources.json gives the articles' metadata, and its synonyms.json
 *   spellings of its own.
 * @throws CorpusError when not one article could be read.
 */
export function readCorpus(paths: readonly string[] = []): RawCorpus {
  const warnings: LoadWarning[] = [];
  const raws: RawArticle[] = [];
  const seen = new Map<string, string>();
  const unique = paths.filter((given, index) => {
    const first = paths.findIndex((other) => path.resolve(other) === path.resolve(given)) === index;
    if (!first) warnings.push({ file: given, message: 'given more than once; read once' });
    return first;
  });
  const batches = (paths.length === 0 ? [DEFAULT_CORPUS] : unique).map((given) => readPath(given, warnings));
  const synonyms: string[][] = [];
  for (const batch of batches) {
    if (!batch) continue;
    addBatch(batch, seen, raws, warnings);
    synonyms.push(...batch.synonyms);
  }
  if (raws.length === 0) {
    const where = paths.length === 0 ? DEFAULT_CORPUS : paths.join(', ');
    throw new CorpusError(`no article could be loaded from ${where}`, warnings);
  }
  return { raws, warnings, synonyms };
}

/**
 * Loads and prepares a corpus (see `readCorpus` for the paths).
 *
 * @throws CorpusError when not one article could be loaded.
 * @example
 * const { articles, warnings } = loadCorpus(['../shared/corpora/bbc']);
 */
export function loadCorpus(paths: readonly string[] = []): Corpus {
  const { raws, warnings, synonyms } = readCorpus(paths);
  return { articles: raws.map(prepareArticle), warnings, synonyms };
}
