/**
 * Turns an article's raw text into an `Article`: furniture set apart (and its
 * facts moved into the metadata), headline, paragraphs and sentences, all as
 * spans of the untouched original text.
 */
import {
  emptyFacts,
  findFurnitureLines,
  findLeadingFurniture,
  findTrailingFurniture,
  type FurnitureFacts,
} from './furniture.js';
import { lineSpans, subtractSpans, trimSpan } from './lines.js';
import { quoteOpenAfter } from './quotes-state.js';
import { splitSentences } from './sentences.js';
import type { Article, ArticleMeta, Paragraph, Sentence, Span } from './types.js';
import { mergeWires } from './wires.js';

/** Metadata known before the text is read (from the article's format: a JSONL line, a feed item ...; or sources.json). */
export interface KnownMeta extends Partial<ArticleMeta> {
  headline?: string | null;
}

export interface RawArticle {
  id: string;
  origin: string;
  text: string;
  /** True for plain-text files, whose first line is the headline when it looks like one. */
  headlineInText: boolean;
  known?: KnownMeta;
}

const MAX_HEADLINE = 200;
const MAX_HEADING = 80;

function looksLikeHeadline(line: string): boolean {
  // A trailing "..." is a teaser headline ("Rivals of the £400 Apple..."); one full stop is a sentence.
  return line.length <= MAX_HEADLINE && !/(?:^|[^.])[.,;:]["”’]?$/.test(line);
}

/** A crosshead such as "Forces within striking distance" between story paragraphs. */
function looksLikeHeading(line: string): boolean {
  // Length first: most paragraphs are far longer than any heading, and counting their words costs.
  if (line.length > MAX_HEADING) return false;
  const words = line.split(/\s+/).length;
  return words >= 2 && words <= 12 && /^\p{Lu}/u.test(line) && !/[.!?,;"”’)]$/.test(line) && !/["“”]/.test(line);
}

/**
 * Joins lines that were wrapped mid-sentence back into one paragraph: the
 * first does not end a sentence and the next goes on in lower case.
 */
function mergeWrappedLines(text: string, pieces: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    const between = last ? text.slice(last.end, piece.start) : '';
    const continues =
      last !== undefined &&
      /^\s*$/.test(between) &&
      !/[.!?:"”’)\]]$/.test(text.slice(last.start, last.end)) &&
      /^\p{Ll}/u.test(text.slice(piece.start, piece.start + 1));
    if (last && continues) last.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged;
}

function toParagraphs(text: string, pieces: readonly Span[]): Paragraph[] {
  return pieces.map((piece, index) => {
    const isLast = index === pieces.length - 1;
    const heading = !isLast && index > 0 && looksLikeHeading(text.slice(piece.start, piece.end));
    return { start: piece.start, end: piece.end, kind: heading ? 'heading' : 'body' };
  });
}

function toSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    const spans = paragraph.kind === 'heading' ? [paragraph] : splitSentences(text, paragraph);
    let open = false;
    for (const span of spans) {
      sentences.push({
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        paragraph: index,
        insideQuote: open,
      });
      open = quoteOpenAfter(text, span.start, span.end, open);
    }
  });
  return sentences;
}

function buildMeta(known: KnownMeta | undefined, facts: FurnitureFacts): ArticleMeta {
  return {
    outlet: known?.outlet ?? null,
    url: known?.url ?? null,
    published: known?.published ?? facts.published,
    wires: mergeWires([...(known?.wires ?? [])], facts.wires),
    byline: known?.byline ?? facts.byline,
    dateline: known?.dateline ?? facts.dateline,
    notes: known?.notes ?? null,
    textAtUrl: known?.textAtUrl ?? true,
    summaryOnly: known?.summaryOnly ?? false,
  };
}

/**
 * Prepares one article. Pure: the same raw article always gives the same result.
 *
 * @example
 * const article = prepareArticle({
 *   id: 'example', origin: 'example.txt', headlineInText: true,
 *   text: 'Roe visits Springfield\n\nRoe said it would be soon. She left.\n\nShort link:',
 * });
 * article.headline; // 'Roe visits Springfield'
 * article.sentences.map((s) => s.text); // ['Roe said it would be soon.', 'She left.']
 */
export function prepareArticle(raw: RawArticle): Article {
  const { text } = raw;
  // A line with no word in it (" .", "* * *") separates paragraphs; it is not one.
  const lines = lineSpans(text)
    .map((line) => trimSpan(text, line))
    .filter((line) => /[\p{L}\p{N}]/u.test(text.slice(line.start, line.end)));
  const facts = emptyFacts();
  const furniture = findFurnitureLines(text, lines, facts);
  const story = lines.filter((line) => !furniture.some((f) => f.start === line.start));

  let headlineSpan: Span | null = null;
  const first = story[0];
  if (raw.headlineInText && first && story.length > 1 && looksLikeHeadline(text.slice(first.start, first.end))) {
    headlineSpan = first;
    story.shift();
  }
  const opening = story[0];
  if (opening) furniture.push(...findLeadingFurniture(text, opening, facts));
  const closing = story[story.length - 1];
  if (closing) furniture.push(...findTrailingFurniture(text, closing, facts));
  furniture.sort((a, b) => a.start - b.start);

  const pieces = story.flatMap((line) => subtractSpans(text, line, furniture));
  const paragraphs = toParagraphs(text, mergeWrappedLines(text, pieces));
  const headlineText = headlineSpan ? text.slice(headlineSpan.start, headlineSpan.end) : null;
  return {
    id: raw.id,
    origin: raw.origin,
    original: text,
    headline: raw.known?.headline ?? headlineText,
    headlineSpan,
    meta: buildMeta(raw.known, facts),
    furniture,
    paragraphs,
    sentences: toSentences(text, paragraphs),
  };
}
