/**
 * A CSV or TSV export: a header row, then one article a row, its fields
 * under the common names JSONL lines use too (FIELD_NAMES). Read with
 * csv-parse: quoted fields, line breaks inside them and doubled quotes are
 * the spreadsheet's rules, not ours to guess.
 */
import { csvParse } from '../libraries.js';
import { lineFinder } from '../lines.js';
import { FIELD_NAMES, namesOf } from '../field-names.js';
import type { RawArticle } from '../prepare.js';
import { recordArticle } from '../record-article.js';
import type { LoadWarning } from '../types.js';
import type { ArticleFormat, FormatInput } from './format.js';

/** A row as csv-parse gives it with `info`: its fields, and the byte offset just past the line break that ends it. */
interface ParsedRow {
  record: string[];
  info: { bytes: number };
}

/**
 * The line each row starts on. csv-parse's own line count runs ahead once a
 * quoted field holds a CRLF (it counts the CR and the LF), so lines are
 * counted here: the line of the break that ends the row, less the line
 * breaks inside its fields.
 */
function rowLines(text: string, rows: readonly ParsedRow[]): number[] {
  // csv-parse counts bytes: lines are looked up among the UTF-8's.
  const lineAt = lineFinder(Buffer.from(text));
  return rows.map((row) => {
    const inside = row.record.reduce((sum, field) => sum + (field.match(/\n/g)?.length ?? 0), 0);
    // The row's own closing line break stands at `bytes - 1` (or the text ends there).
    return lineAt(row.info.bytes - 1) - inside;
  });
}

/**
 * The rows of a CSV text (quoted fields, RFC 4180) or a TSV one (no quoting:
 * a tab never stands in a field, and a field may start with a quotation mark,
 * as a story's first quote does).
 */
function parseRows(text: string, tabs: boolean, file: string, warnings: LoadWarning[]): ParsedRow[] | null {
  try {
    const rows = csvParse().parse(text, { delimiter: tabs ? '\t' : ',', quote: tabs ? false : '"', info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true });
    return rows as unknown as ParsedRow[];
  } catch (error) {
    // A quoted field never closed: where it opened, nothing after can be told apart.
    const line = error instanceof csvParse().CsvError && typeof error.lines === 'number' ? { line: error.lines } : {};
    warnings.push({ file, ...line, message: `is not readable as ${tabs ? 'TSV' : 'CSV'} (${(error as Error).message}); skipped` });
    return null;
  }
}

function readCsv({ file, id, text }: FormatInput, warnings: LoadWarning[]): RawArticle[] {
  // The byte order mark left off here, not by the parser: its offsets are then the text's.
  const bare = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows = parseRows(bare, file.toLowerCase().endsWith('.tsv'), file, warnings);
  if (!rows) return [];
  const lines = rowLines(bare, rows);
  const [header, ...body] = rows;
  const columns = (header?.record ?? []).map((name) => name.trim());
  const lower = new Set(columns.map((name) => name.toLowerCase()));
  if (!FIELD_NAMES.body.some((name) => lower.has(name))) {
    warnings.push({ file, message: `has no body column (${namesOf('body')}); columns found: ${columns.filter(Boolean).join(', ') || 'none'}; skipped` });
    return [];
  }
  return body.flatMap((row, index) => {
    const line = lines[index + 1] ?? 0;
    if (row.record.length !== columns.length) {
      warnings.push({ file, line, message: `has ${row.record.length} field${row.record.length === 1 ? '' : 's'} where the header has ${columns.length}; row skipped` });
      return [];
    }
    const record = Object.fromEntries(columns.map((name, at) => [name, row.record[at] ?? '']));
    const article = recordArticle(record, { file, fileId: id, line, unit: 'row', ownIds: true }, warnings);
    return article ? [article] : [];
  });
}

export const csvFormat: ArticleFormat = {
  name: 'CSV or TSV export',
  extensions: ['.csv', '.tsv'],
  holdsMany: true,
  read: readCsv,
};
