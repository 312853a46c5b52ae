/**
 * What NITF and NewsML-G2 share: well-formedness checked before reading,
 * story paragraphs as the `<p>` elements of a body, bylines and datelines as
 * metadata.
 */
import { checkUrl } from '../metadata.js';
import type { LoadWarning } from '../types.js';
import type { FormatInput } from './format.js';
import { xmlProblem } from './xml-root.js';
import { findAll, parseXml, textOf, type XmlElement } from './xml-tree.js';

/** What holds no story text: pictures and their captions, tables, notes to editors. */
const NOT_STORY = new Set(['media', 'media-caption', 'media-producer', 'table', 'note', 'ed-msg', 'figure', 'figcaption', 'caption']);

/** The paragraphs of a body: its `<p>` elements' text (and a heading's), in order; blank ones left out. */
export function paragraphsOf(body: XmlElement | null): string[] {
  if (!body) return [];
  return findAll(body, 'p', NOT_STORY).map(textOf).filter((paragraph) => paragraph !== '');
}

/** "By Nora Quill" as "Nora Quill". */
export function bylineName(text: string): string | null {
  const name = text.replace(/^by\s+/i, '').trim();
  return name === '' ? null : name;
}

/** The place a dateline names: "KELVALE, Dec. 10" as "KELVALE". */
export function datelinePlace(text: string): string | null {
  const place = text.split(/,|\s[-–—]\s/)[0]?.trim() ?? '';
  return place === '' ? null : place;
}

/** An http(s) link, or null. */
export function linkOf(value: string | null): string | null {
  return value === null ? null : checkUrl(value);
}

/** The document's root element, or null with a warning naming the line where it is broken. */
export function readDocument({ file, text }: FormatInput, kind: string, warnings: LoadWarning[]): XmlElement | null {
  const problem = xmlProblem(text);
  if (problem) {
    warnings.push({ file, line: problem.line, message: `${problem.message}: not read as a ${kind}; skipped` });
    return null;
  }
  let root: XmlElement | null;
  try {
    root = parseXml(text);
  } catch (error) {
    // Well formed, yet past what the parser takes (elements nested thousands deep).
    warnings.push({ file, message: `cannot be read as a ${kind} (${(error as Error).message}); skipped` });
    return null;
  }
  if (!root) warnings.push({ file, message: `holds no ${kind}; skipped` });
  return root;
}
