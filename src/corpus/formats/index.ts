/**
 * The formats a corpus folder may hold, in the order they are asked: the
 * first whose extensions hold a file's and which claims its text reads it.
 */
import path from 'node:path';
import type { ArticleFormat } from './format.js';
import { htmlFormat } from './html.js';
import { textFormat } from './text.js';
import { feedFormat, feedXmlFormat } from './feed.js';
import { csvFormat } from './csv.js';
import { nitfFormat, nitfXmlFormat } from './nitf.js';
import { newsMlFormat } from './newsml.js';

export type { ArticleFormat, FormatInput } from './format.js';

export const FORMATS: readonly ArticleFormat[] = [
  textFormat,
  htmlFormat,
  feedFormat,
  feedXmlFormat,
  csvFormat,
  nitfFormat,
  nitfXmlFormat,
  newsMlFormat,
];

/** Every extension some format reads. */
export const FORMAT_EXTENSIONS: ReadonlySet<string> = new Set(FORMATS.flatMap((format) => format.extensions));

/** The format that reads `file`, judged by its extension and, where several share it, its text; null when none does. */
export function formatOf(file: string, text: string): ArticleFormat | null {
  const ext = path.extname(file).toLowerCase();
  return FORMATS.find((format) => format.extensions.includes(ext) && (format.claims?.(text) ?? true)) ?? null;
}

/** A list of the extensions read, for messages ("a folder, .txt, .md or .jsonl file"). */
export function describeExtensions(): string {
  const all = [...FORMAT_EXTENSIONS, '.jsonl'];
  return `${all.slice(0, -1).join(', ')} or ${all.at(-1) as string}`;
}
