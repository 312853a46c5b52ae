/**
 * Larger corpora from a JSONL one, for `npm run bench -- scale`: every article
 * once as it is, then again as variants with new ids and lightly altered text
 * (a few numbers changed, a sentence dropped or repeated, a word's case
 * changed), so the copies are not byte-identical, which a store could
 * deduplicate or compress away. The same seed always gives the same corpus.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

/** One JSONL article: an id, a body, and whatever else it carries (kept as it is). */
export type ArticleRecord = Record<string, unknown> & { id: string | number; body: string };

/** mulberry32: a small seeded generator, so every run writes the same corpus. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** FNV-1a: each article and copy gets a sequence of its own from one seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

type Random = () => number;
const below = (random: Random, n: number): number => Math.floor(random() * n);

/** Changes the last digit of up to three of the numbers in the text. */
function changeNumbers(text: string, random: Random): string {
  const numbers = [...text.matchAll(/\d+/g)];
  const chosen = new Set(Array.from({ length: Math.min(3, numbers.length) }, () => below(random, numbers.length)));
  let result = '';
  let from = 0;
  numbers.forEach((match, index) => {
    if (!chosen.has(index)) return;
    const end = match.index + match[0].length;
    const last = Number(match[0].at(-1));
    result += text.slice(from, end - 1) + String((last + 1 + below(random, 9)) % 10);
    from = end;
  });
  return result + text.slice(from);
}

/** Drops one sentence, or repeats it, when there is only one. */
function dropOrRepeatSentence(text: string, random: Random): string {
  // Each piece keeps the white space after it, so paragraphs stay as they were.
  const pieces = text.split(/(?<=[.!?]["']?\s+)(?=\S)/);
  const at = below(random, pieces.length);
  const piece = pieces[at] ?? '';
  if (pieces.length > 1 && random() < 0.5) pieces.splice(at, 1);
  else pieces.splice(at, 0, /\s$/.test(piece) ? piece : `${piece} `);
  return pieces.join('');
}

/** Lower-cases a capitalised word, or capitalises a lower-case one. */
function changeWordCase(text: string, random: Random): string {
  const words = [...text.matchAll(/\b[A-Za-z]{4,}\b/g)];
  const word = words[below(random, words.length)];
  if (!word) return text;
  const [first, rest] = [word[0].charAt(0), word[0].slice(1)];
  const changed = first === first.toUpperCase() ? word[0].toLowerCase() : first.toUpperCase() + rest;
  return text.slice(0, word.index) + changed + text.slice(word.index + word[0].length);
}

/** The copy-th variant of an article (copy 1 and up): a new id, and a body that differs from the original's. */
export function variantOf(article: ArticleRecord, copy: number, seed: number): ArticleRecord {
  const random = seeded(hash(`${seed}:${String(article.id)}:${copy}`));
  let body = changeWordCase(dropOrRepeatSentence(changeNumbers(article.body, random), random), random);
  // Only a body with no number, no word and one sentence can come through unchanged.
  if (body === article.body) body = `${body} (${copy})`;
  return { ...article, id: `${String(article.id)}~copy${copy}`, body };
}

function isArticle(value: unknown): value is ArticleRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { id, body } = value as Record<string, unknown>;
  return (typeof id === 'string' || typeof id === 'number') && typeof body === 'string';
}

/**
 * The lines of a corpus `factor` times the size of `lines`: the original
 * lines first, unchanged, then factor - 1 rounds of variants. A line that is
 * not an article is kept once, so its warning stays one warning.
 */
export function* scaledLines(lines: readonly string[], factor: number, seed: number): Generator<string> {
  const articles: ArticleRecord[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    yield line;
    try {
      const parsed: unknown = JSON.parse(line);
      if (isArticle(parsed)) articles.push(parsed);
    } catch {
      // not an article: written once, as it is
    }
  }
  for (let copy = 1; copy < factor; copy++) {
    for (const article of articles) yield JSON.stringify(variantOf(article, copy, seed));
  }
}

/** Writes a corpus `factor` times the size of a JSONL file; returns its lines and bytes. */
export function writeScaledCorpus(source: string, target: string, factor: number, seed = 1): { lines: number; bytes: number } {
  const lines = readFileSync(source, 'utf8').split(/\r?\n/);
  const fd = openSync(target, 'w');
  let count = 0;
  let bytes = 0;
  let batch: string[] = [];
  // Batches keep the writes few without holding a 10x corpus in memory.
  const flush = (): void => {
    if (batch.length === 0) return;
    bytes += writeSync(fd, `${batch.join('\n')}\n`);
    batch = [];
  };
  try {
    for (const line of scaledLines(lines, factor, seed)) {
      batch.push(line);
      count++;
      if (batch.length >= 2_000) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return { lines: count, bytes };
}
