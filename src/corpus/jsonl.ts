/**
 * A JSONL archive: one article a line, `{id?, title?, body, url?, outlet?,
 * published?, ...}` under our names or the common ones of other exports
 * (news-please's `maintext`, NewsAPI's `content`: see FIELD_NAMES).
 */
import path from 'node:path';
import { isRecord } from './metadata.js';
import type { RawArticle } from './prepare.js';
import { recordArticle, type RecordPlace } from './record-article.js';
import type { LoadWarning } from './types.js';
import { tooLarge } from './warnings.js';

/**
 * JSON text may escape what no text holds: a NUL character (`\u0000`), or half
 * of a UTF-16 surrogate pair (a string cut midway by the program that wrote
 * it). Each is read as U+FFFD, one unit for one, so offsets stay true, and
 * every store keeps the text (PostgreSQL refuses both).
 */
// eslint-disable-next-line no-control-regex -- the NUL character is what is looked for
const NOT_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The same pattern, to test with: a global one keeps its place between calls. */
const HAS_NOT_TEXT = new RegExp(NOT_TEXT.source);

/** `value` with NOT_TEXT read as U+FFFD; `value` itself when it holds none (most do: no copy made). */
function wellFormed(value: unknown): { value: unknown; changed: boolean } {
  if (typeof value === 'string') {
    return HAS_NOT_TEXT.test(value) ? { value: value.replace(NOT_TEXT, '\uFFFD'), changed: true } : { value, changed: false };
  }
  if (Array.isArray(value)) {
    const items = value.map(wellFormed);
    return items.some((item) => item.changed) ? { value: items.map((item) => item.value), changed: true } : { value, changed: false };
  }
  if (isRecord(value)) {
    const entries = Object.entries(value).map(([key, item]) => [key, wellFormed(item)] as const);
    if (!entries.some(([, item]) => item.changed)) return { value, changed: false };
    return { value: Object.fromEntries(entries.map(([key, item]) => [key, item.value])), changed: true };
  }
  return { value, changed: false };
}

/**
 * Parses every line; a bad line becomes a warning naming its line number. A
 * line with a NUL byte (binary data) or longer than `maxBytes` costs that line only.
 *
 * @param firstLine the number of the source's first line (lines appended to an archive read before go on from its last).
 */
export function parseJsonl(source: string | Buffer, file: string, warnings: LoadWarning[], maxBytes = Infinity, firstLine = 1): RawArticle[] {
  const articles: RawArticle[] = [];
  // A line without an id is `<archive name>#<line>`: the same whether the archive is read whole or only its appended lines.
  const fileId = path.parse(file).name;
  let index = firstLine - 2;
  for (const line of linesOf(source)) {
    index++;
    const article = parseLine(line, { file, fileId, line: index + 1, unit: 'line' }, warnings, maxBytes);
    if (article) articles.push(article);
  }
  return articles;
}

/**
 * The lines of a text, or of UTF-8 bytes decoded a line at a time: an
 * archive's whole text as one string would be as large again as its bytes.
 */
function* linesOf(source: string | Buffer): Generator<string> {
  if (typeof source === 'string') {
    yield* source.split(/\r?\n/);
    return;
  }
  // A newline byte is never part of a longer UTF-8 sequence: the bytes split where the text would.
  for (let at = 0; at <= source.length; ) {
    const newline = source.indexOf(10, at);
    const end = newline === -1 ? source.length : newline;
    yield source.toString('utf8', at, end > at && source[end - 1] === 13 ? end - 1 : end);
    at = end + 1;
  }
}

/** One line's article, or null with a warning (none for a blank line). */
function parseLine(line: string, place: RecordPlace, warnings: LoadWarning[], maxBytes: number): RawArticle | null {
  if (line.trim() === '') return null;
  const where = { file: place.file, line: place.line };
  if (line.includes('\0')) {
    warnings.push({ ...where, message: 'holds a NUL byte (binary data, not JSON text); line skipped' });
    return null;
  }
  // A UTF-16 unit is at most 3 UTF-8 bytes: count the bytes only of a line that might be over.
  if (line.length * 3 > maxBytes && Buffer.byteLength(line) > maxBytes) {
    warnings.push({ ...where, message: `${tooLarge(Buffer.byteLength(line), maxBytes)}; line skipped` });
    return null;
  }
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    warnings.push({ ...where, message: `malformed JSON (${(error as Error).message}); line skipped` });
    return null;
  }
  // What NOT_TEXT finds can only come from a \u escape (a NUL byte was refused above, and decoded UTF-8 holds no half pair).
  const cleaned = line.includes('\\u') ? wellFormed(record) : { value: record, changed: false };
  if (cleaned.changed) warnings.push({ ...where, message: 'holds a NUL character or half of a UTF-16 pair (text cut midway by its writer); each read as \uFFFD' });
  record = cleaned.value;
  if (!isRecord(record)) {
    warnings.push({ ...where, message: 'expected a JSON object; line skipped' });
    return null;
  }
  return recordArticle(record, place, warnings);
}
