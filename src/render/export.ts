/**
 * A list answer as a file: CSV (a header row, then one row per statement
 * and outlet that carried it, or one per article for a list of sources, or
 * one per speaker for "who was quoted most") or JSON (the CLI's JSON
 * contract, every statement). Files stay under a byte limit (Discord's
 * attachment limit) and a row limit: a cut list says so.
 */
import { templates } from '../answer/templates.js';
import type { Answer, ListWindow } from '../answer/types.js';
import { csvDocument, csvRecord, type CsvValue } from './csv.js';
import { renderJson } from './json.js';

/** At most this many rows (statements × outlets, or articles) go into a file. */
export const MAX_EXPORT_ROWS = 50_000;

/** The list window a file asks its answer for: as many rows as a file holds. */
export const EXPORT_WINDOW: ListWindow = { from: 0, count: MAX_EXPORT_ROWS };

/** How many items the answer's whole list has, beyond the window it carries (a list of sources is fetched in windows). */
function listTotal(answer: Answer, held: number): number {
  return answer.intent === 'sources' && answer.articleWindow ? Math.max(held, answer.articleWindow.total - answer.articleWindow.from) : held;
}

/** Discord's smallest attachment limit (8 MiB; 10 MiB since 2024, more with boosts): used when the interaction does not say. */
export const DEFAULT_ATTACHMENT_LIMIT = 8 * 1024 * 1024;

export interface ExportFile {
  name: string;
  data: Buffer;
  /** Rows in the file, and in the whole answer (more when cut). */
  rows: number;
  total: number;
  /** Why the file holds fewer rows than the answer, if it does. */
  cut: 'rows' | 'bytes' | null;
}

export interface ExportLimits {
  maxBytes?: number;
  maxRows?: number;
}

interface Table {
  header: string[];
  rows: CsvValue[][];
}

const STATEMENT_HEADER = ['statement', 'speaker', 'role', 'anonymous', 'kind', 'text', 'outlet', 'headline', 'published', 'url', 'link', 'article_id', 'summary_only'];

function statementRows(answer: Answer): CsvValue[][] {
  return answer.quotes.flatMap((quote, index) => {
    const sources = quote.sources.length > 0 ? quote.sources : [null];
    return sources.map((s) => [index + 1, quote.speaker, quote.role, quote.anonymous, quote.kind, quote.text, s?.outlet, s?.headline, s?.published, s?.url, s?.link, s?.id, s?.summaryOnly]);
  });
}

/** The rows of an answer: what its list holds. */
export function exportTable(answer: Answer): Table {
  if (answer.intent === 'sources' && answer.articles) {
    return {
      header: ['article_id', 'outlet', 'headline', 'published', 'url', 'wires', 'statements', 'summary_only', 'shares_text'],
      rows: answer.articles.map((a) => [a.id, a.outlet, a.headline, a.published, a.url, a.wires.join('; '), a.statements, a.summaryOnly, a.shares ? templates.sharedText(a.shares) : '']),
    };
  }
  if (answer.figures) {
    return {
      header: ['outlet', 'figures', 'values', 'sentence', 'link', 'article_id'],
      rows: answer.figures.map((f) => [f.outlet, f.figures.join('; '), f.values.join('; '), f.sentence.text, f.sentence.source.link ?? f.sentence.source.url, f.sentence.source.id]),
    };
  }
  if (answer.intent === 'top-voices' && answer.voices && answer.quotes.length === 0) {
    return { header: ['speaker', 'statements'], rows: answer.voices.map((v) => [v.speaker, v.statements]) };
  }
  return { header: STATEMENT_HEADER, rows: statementRows(answer) };
}

function fileName(answer: Answer, extension: 'csv' | 'json'): string {
  return `quotewire-${answer.intent}.${extension}`;
}

export function exportCsv(answer: Answer, limits: ExportLimits = {}): ExportFile {
  const maxBytes = limits.maxBytes ?? DEFAULT_ATTACHMENT_LIMIT;
  const maxRows = limits.maxRows ?? MAX_EXPORT_ROWS;
  const table = exportTable(answer);
  const head = csvDocument(table.header, []);
  const lines: string[] = [];
  let bytes = Buffer.byteLength(head);
  let cut: ExportFile['cut'] = null;
  for (const row of table.rows) {
    if (lines.length >= maxRows) {
      cut = 'rows';
      break;
    }
    const line = `${csvRecord(row)}\r\n`;
    const size = Buffer.byteLength(line);
    if (bytes + size > maxBytes) {
      cut = 'bytes';
      break;
    }
    lines.push(line);
    bytes += size;
  }
  const total = listTotal(answer, table.rows.length);
  if (!cut && lines.length < total) cut = 'rows';
  return { name: fileName(answer, 'csv'), data: Buffer.from(head + lines.join('')), rows: lines.length, total, cut };
}

/** The answer's JSON; a list too long for the limits keeps its first statements (or articles) and says how many it had. */
export function exportJson(answer: Answer, limits: ExportLimits = {}): ExportFile {
  const maxBytes = limits.maxBytes ?? DEFAULT_ATTACHMENT_LIMIT;
  const maxRows = limits.maxRows ?? MAX_EXPORT_ROWS;
  const listOf = (a: Answer): number => (a.intent === 'sources' && a.articles ? a.articles.length : a.quotes.length);
  const keep = (a: Answer, count: number): Answer => (a.intent === 'sources' && a.articles ? { ...a, articles: a.articles.slice(0, count) } : { ...a, quotes: a.quotes.slice(0, count) });
  const total = listTotal(answer, listOf(answer));
  const encode = (count: number, cut: ExportFile['cut']): Buffer => {
    const json = renderJson(keep(answer, count));
    return Buffer.from(`${JSON.stringify(cut ? { ...json, truncated: { kept: count, of: total, by: cut } } : json, null, 2)}\n`);
  };
  let count = Math.min(listOf(answer), maxRows);
  let cut: ExportFile['cut'] = count < total ? 'rows' : null;
  let data = encode(count, cut);
  // Halve until it fits, then grow back by bisection: the largest prefix under the limit.
  if (data.length > maxBytes) {
    let low = 0;
    let high = count;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (encode(mid, 'bytes').length <= maxBytes) low = mid;
      else high = mid - 1;
    }
    count = low;
    cut = 'bytes';
    data = encode(count, cut);
  }
  return { name: fileName(answer, 'json'), data, rows: count, total, cut };
}

/** What the message says about a file: what it holds, and why it holds less, when it does. */
export function describeExport(file: ExportFile, format: 'csv' | 'json'): string {
  const sources = file.name.includes('-sources.');
  const unit = format === 'csv' ? (sources ? 'article row' : 'row') : sources ? 'article' : 'statement';
  const count = (n: number): string => `${n.toLocaleString('en-US')} ${unit}${n === 1 ? '' : 's'}`;
  if (!file.cut) return `The whole list is attached as ${file.name}: ${count(file.rows)}${format === 'csv' ? ' under a header row' : ''}.`;
  const why = file.cut === 'rows' ? `a file holds at most ${MAX_EXPORT_ROWS.toLocaleString('en-US')}` : 'Discord limits the size of a file';
  return `${file.name} is attached, cut to its first ${count(file.rows)} of ${file.total.toLocaleString('en-US')}: ${why}.`;
}
