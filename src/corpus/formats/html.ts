/**
 * An HTML page (a saved news story): its metadata from JSON-LD, OpenGraph and
 * meta tags; its story found by Mozilla's Readability (the reader view of
 * Firefox) over linkedom, after page furniture is removed; the story written
 * as plain text, a paragraph a block, for the rest of the pipeline to read
 * as it reads a .txt article.
 */
import { readability } from '../libraries.js';
import type { KnownMeta, RawArticle } from '../prepare.js';
import type { LoadWarning } from '../types.js';
import type { ArticleFormat, FormatInput } from './format.js';
import { ELEMENT_NODE, parseDocument, type DomDocument, type DomElement, type DomNode } from './html-dom.js';
import { removeFurniture } from './html-furniture.js';
import { readHtmlMetadata } from './html-metadata.js';
import { blockText } from './html-text.js';

/** A story needs at least this many words; fewer is a page of links, media or furniture. */
const MIN_STORY_WORDS = 10;

/**
 * Elements nested deeper than this are a broken page (tags opened and never
 * closed), which Readability would take minutes over (its time grows with the
 * cube of the depth): such a page is read whole, without it.
 */
const MAX_DEPTH = 400;

/** How deep a page's elements nest, counted without recursion (a broken page may nest thousands deep). */
function nestingDepth(root: DomNode): number {
  let deepest = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    deepest = Math.max(deepest, depth);
    for (const child of Array.from(node.childNodes)) if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** What a page gives: its story's text (empty when it has none), its metadata, and what was wrong with it. */
export interface HtmlReading {
  text: string;
  known: KnownMeta;
  problems: string[];
}

/** The story's element as Readability finds it, or null. */
function findStory(document: DomDocument): { content: DomElement; title: string | null } | null {
  // Readability is typed against the DOM library, which this project does not compile with: the linkedom document is what it reads.
  const reader = new (readability().Readability)<DomElement>(document as never, { serializer: (node) => node as unknown as DomElement, disableJSONLD: true });
  const found = reader.parse();
  return found?.content ? { content: found.content, title: found.title ?? null } : null;
}

/** The story's paragraphs without a first one that only repeats the headline. */
function withoutHeadline(text: string, headline: string | null | undefined): string {
  if (!headline) return text;
  const [first, ...rest] = text.split('\n\n');
  return first?.trim().toLowerCase() === headline.trim().toLowerCase() ? rest.join('\n\n') : text;
}

/**
 * Reads a page: metadata first (Readability removes scripts, JSON-LD among
 * them), then furniture out, then the story. Pure.
 *
 * @example
 * const page = readHtml('<html><head><meta property="og:title" content="Ferry to run"></head><body><article><p>"The ferry will run all winter," Jane Roe, the mayor of Kelvale, said on Monday.</p></article></body></html>');
 * page.known.headline; // 'Ferry to run'
 * page.text; // '"The ferry will run all winter," Jane Roe, the mayor of Kelvale, said on Monday.\n'
 */
export function readHtml(html: string): HtmlReading {
  const problems: string[] = [];
  const { document, whole } = parseDocument(html);
  if (!whole) problems.push('has no <html> and <body> (part of a page, or a broken one); read as it stands');
  else if (!/<\/html\s*>/i.test(html)) problems.push('ends before its </html> (a page cut short?); read as far as it goes');
  const known = readHtmlMetadata(document);
  removeFurniture(document);
  const depth = document.body ? nestingDepth(document.body) : 0;
  if (depth > MAX_DEPTH) problems.push(`nests its elements ${depth} deep (tags never closed?); read whole, without looking for the story`);
  const story = depth > MAX_DEPTH ? (document.body ? { content: document.body, title: null } : null) : findStory(document);
  if (!known.headline && story?.title) known.headline = story.title;
  const text = story ? withoutHeadline(blockText(story.content), known.headline) : '';
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return { text: words >= MIN_STORY_WORDS ? text : '', known, problems };
}

/** Reads an HTML page into one article; a page that cannot be read, or holds no story, is a warning. */
export function readHtmlArticle({ file, id, text }: FormatInput, warnings: LoadWarning[]): RawArticle[] {
  let reading: HtmlReading;
  try {
    reading = readHtml(text);
  } catch (error) {
    warnings.push({ file, message: `cannot be read as HTML (${(error as Error).message}); skipped` });
    return [];
  }
  for (const problem of reading.problems) warnings.push({ file, message: problem });
  if (reading.text === '') {
    warnings.push({ file, message: 'holds no article text (only links, media or page furniture); skipped' });
    return [];
  }
  return [{ id, origin: file, text: reading.text, headlineInText: false, known: reading.known }];
}

/**
 * Whether a text is an HTML page: it starts with a doctype or an `<html>`
 * tag, or it is mostly tags.
 *
 * @example looksLikeHtml('<!DOCTYPE html>\n<html>...') // true
 * @example looksLikeHtml('Ferry to run\n\nJane Roe said <b>yes</b>.') // false
 */
export function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 1024).replace(/^\uFEFF?(?:\s|<!--[\s\S]*?-->)*/, '');
  if (/^<(?:!doctype\s+html|html[\s>]|\?xml[^>]*>\s*<!doctype\s+html)/i.test(start)) return true;
  const tags = text.match(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?>/gi) ?? [];
  if (tags.length < 10) return false;
  const tagLength = tags.reduce((sum, tag) => sum + tag.length, 0);
  return tagLength >= text.length * 0.25;
}

export const htmlFormat: ArticleFormat = {
  name: 'HTML page',
  extensions: ['.html', '.htm', '.xhtml'],
  read: readHtmlArticle,
};
