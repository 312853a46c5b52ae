/**
 * Direct quotations: spans between quotation marks, paragraph by paragraph.
 *
 * Curly marks say which way they face; a straight `"` (or a doubled `''`)
 * opens after a space, bracket or dash and closes otherwise, except that one
 * with space on both sides ('...the end, " he said') closes a quotation that
 * is open. An opening mark inside an open quotation whose closing mark is
 * followed by another closing mark ('"We want the "B" shares," she said')
 * starts a quotation inside it, whose closing mark does not end the outer.
 * A quotation left open at the end of a paragraph goes on into the next when that
 * paragraph reopens it (the newspaper convention for long quotes), and
 * otherwise ends with its paragraph. Single curly quotes count only as a
 * whole (‘...’), so apostrophes never open a quotation.
 */
import type { Article, Paragraph, Span } from '../corpus/types.js';
import { wordCount } from './content.js';
import { DOCUMENT_HEADS } from './lexicon.js';

export interface Quotation extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or null when the paragraph ended first. */
  closeEnd: number | null;
  paragraph: number;
  /** Index (in the returned list) of the quotation this one carries on, or -1. */
  continues: number;
}

interface Mark {
  at: number;
  length: number;
  opens: boolean;
  /** A straight mark with space on both sides: it closes a quotation that is open, and opens otherwise. */
  loose: boolean;
}

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);

/** Characters that can be (part of) a quotation mark, to skip the rest of the text quickly. */
const MARK_CANDIDATE = /[“„«”»‘’"']/g;

function marksIn(text: string, span: Span): Mark[] {
  const marks: Mark[] = [];
  MARK_CANDIDATE.lastIndex = span.start;
  for (let found = MARK_CANDIDATE.exec(text); found && found.index < span.end; found = MARK_CANDIDATE.exec(text)) {
    const i = found.index;
    const char = found[0];
    if (OPENING.has(char)) marks.push({ at: i, length: 1, opens: true, loose: false });
    else if (CLOSING.has(char)) marks.push({ at: i, length: 1, opens: false, loose: false });
    else if ((char === '‘' && text[i + 1] === '‘') || (char === '’' && text[i + 1] === '’')) {
      // A doubled curly single mark ("‘‘...’’"), as some systems set double quotation marks.
      marks.push({ at: i, length: 2, opens: char === '‘', loose: false });
      MARK_CANDIDATE.lastIndex = i + 2;
    }
    else if (char === '"' || (char === "'" && text[i + 1] === "'")) {
      const length = char === '"' ? 1 : 2;
      const before = i > span.start ? (text[i - 1] ?? ' ') : ' ';
      const after = i + length < span.end ? (text[i + length] ?? ' ') : ' ';
      const opens = /[\s([{—–\-:/]/.test(before);
      marks.push({ at: i, length, opens, loose: opens && /\s/.test(before) && /\s/.test(after) });
      MARK_CANDIDATE.lastIndex = i + length;
    }
  }
  return marks;
}

const SINGLE_QUOTED = /(?<=^|[\s(—–-])‘((?:[^‘’\n]|’(?=\p{L}))+)’(?=[\s.,;:!?)—–-]|$)/gu;

function singleQuoted(text: string, span: Span, paragraph: number, taken: readonly Quotation[]): Quotation[] {
  const found: Quotation[] = [];
  const body = text.slice(span.start, span.end);
  for (const match of body.matchAll(SINGLE_QUOTED)) {
    const open = span.start + (match.index ?? 0);
    const inner = match[1] ?? '';
    const inside = taken.some((q) => open >= q.open && open < (q.closeEnd ?? q.end));
    if (inside || inner.trim().split(/\s+/).length < 2) continue;
    found.push({ start: open + 1, end: open + 1 + inner.length, open, closeEnd: open + match[0].length, paragraph, continues: -1 });
  }
  return found;
}

/** Leaves surrounding white space, and a comma before the closing mark ("...,\" he said"), out of a quotation. */
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

interface Draft extends Quotation {
  carriedFrom: Draft | null;
}

/** Whether a mark ends the quotation that is open. */
function closesOpen(mark: Mark): boolean {
  return !mark.opens || mark.loose;
}

/**
 * Whether the opening mark `marks[k]`, met inside an open quotation, starts a
 * quotation of its own ('the "B" shares', 'so-called "white knights"'): the
 * next mark closes it and the one after is a closing mark too, which ends the
 * outer quotation. Otherwise the opening mark is taken for a stray one and the
 * next closing mark ends the outer quotation.
 */
function nestedAt(marks: readonly Mark[], k: number): boolean {
  const close = marks[k + 1];
  const outer = marks[k + 2];
  return close !== undefined && outer !== undefined && closesOpen(close) && !outer.opens;
}

/** The double-mark quotations of one paragraph; `carried` is one left open by the last paragraph. */
function paragraphQuotations(text: string, paragraph: Paragraph, index: number, carried: Draft | null): Draft[] {
  const marks = marksIn(text, paragraph);
  const reopens = marks[0]?.opens === true && text.slice(paragraph.start, marks[0].at).trim() === '';
  const drafts: Draft[] = [];
  const add = (open: Mark, end: number, closeEnd: number | null): void => {
    const span = trimmed(text, { start: open.at + open.length, end });
    if (span.end <= span.start) return;
    const carriedFrom = drafts.length === 0 && reopens ? carried : null;
    drafts.push({ ...span, open: open.at, closeEnd, paragraph: index, continues: -1, carriedFrom });
  };
  let openMark: Mark | null = null;
  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k];
    if (!mark) continue;
    if (openMark === null) {
      if (mark.opens) openMark = mark;
    }
    else if (closesOpen(mark)) {
      add(openMark, mark.at, mark.at + mark.length);
      openMark = null;
    }
    else if (nestedAt(marks, k)) k++;
  }
  if (openMark !== null) add(openMark, paragraph.end, null);
  return drafts;
}

/**
 * Finds the quotations of an article, in text order.
 *
 * @example
 * const text = '"We will win," he said.';
 * findQuotations(text, [{ start: 0, end: text.length, kind: 'body' }]);
 * // [{ start: 1, end: 13, open: 0, closeEnd: 14, paragraph: 0, continues: -1 }]
 */
export function findQuotations(text: string, paragraphs: readonly Paragraph[]): Quotation[] {
  const drafts: Draft[] = [];
  let carried: Draft | null = null;
  paragraphs.forEach((paragraph, index) => {
    const doubles = paragraphQuotations(text, paragraph, index, carried);
    const singles = singleQuoted(text, paragraph, index, doubles);
    // A double-mark quotation inside a single-mark one is quoted by it ("‘We want the “B” shares,’ she said").
    const outside = (q: Draft): boolean => !singles.some((single) => q.open > single.open && (q.closeEnd ?? q.end) <= (single.closeEnd ?? single.end));
    drafts.push(...(singles.length === 0 ? doubles : doubles.filter(outside)), ...singles.map((q) => ({ ...q, carriedFrom: null })));
    const last = doubles[doubles.length - 1];
    carried = last && last.closeEnd === null ? last : null;
  });
  drafts.sort((a, b) => a.open - b.open);
  return drafts.map(({ carriedFrom, ...quotation }) => ({
    ...quotation,
    continues: carriedFrom ? drafts.indexOf(carriedFrom) : -1,
  }));
}

/** Quotations with the look-ups extraction needs, each in about constant or logarithmic time. */
export interface QuotationIndex {
  list: readonly Quotation[];
  /** Indices of the quotations of a paragraph, in text order. */
  inParagraph(paragraph: number): readonly number[];
  /** Index of the quotation whose opening mark is at `offset`, or -1. */
  openingAt(offset: number): number;
  /** Whether some quotation opens inside `span`. */
  opensWithin(span: Span): boolean;
  /** Whether `offset` lies inside a quotation, marks included. */
  covers(offset: number): boolean;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function indexQuotations(list: readonly Quotation[]): QuotationIndex {
  const byParagraph = new Map<number, number[]>();
  const byOpen = new Map<number, number>();
  list.forEach((quotation, index) => {
    const inParagraph = byParagraph.get(quotation.paragraph) ?? [];
    inParagraph.push(index);
    byParagraph.set(quotation.paragraph, inParagraph);
    byOpen.set(quotation.open, index);
  });
  const opens = list.map((q) => q.open);
  // Quotations do not nest, so their outer spans sorted by opening are sorted by end too.
  const ends = list.map((q) => q.closeEnd ?? q.end);
  return {
    list,
    inParagraph: (paragraph) => byParagraph.get(paragraph) ?? [],
    openingAt: (offset) => byOpen.get(offset) ?? -1,
    opensWithin: (span) => {
      const at = lowerBound(opens, span.start);
      return at < opens.length && (opens[at] ?? Infinity) < span.end;
    },
    covers: (offset) => {
      const at = lowerBound(opens, offset + 1) - 1;
      return at >= 0 && offset < (ends[at] ?? -1);
    },
  };
}

/** The last article's quotations (only that one is kept, as for sentence views). */
let lastFound: { article: Article; quotations: readonly Quotation[] } | null = null;

/** The quotations of an article, found once for every stage that asks (they are never changed). */
export function quotationsOf(article: Article): readonly Quotation[] {
  if (lastFound?.article !== article) lastFound = { article, quotations: findQuotations(article.original, article.paragraphs) };
  return lastFound.quotations;
}

/**
 * Words before a quotation that make it a title or a name ("on \"Springfield
 * Sunday\"", "on WSPR's \"Harbour Hour\"", "a book called \"...\"").
 */
const TITLE_BEFORE = /\b(?:(?:[Oo]n|[Ii]n|[Aa]t|[Oo]f|[Tt]o|[Ff]rom)(?:(?:\s+\p{Lu}[\p{L}.&-]*){0,2}\s+\p{Lu}[\p{L}.&-]*['’]s)?|titled|entitled|called|named|dubbed|nicknamed?)\s*$/u;

/** A noun for a work or a name just before a quotation ("the hymn", "her 2011 memoir,", "the nickname"). */
const WORK_BEFORE = /\b(?:book|novel|memoir|film|movie|documentary|song|anthem|hymn|album|show|programme|program|series|play|musical|poem|essay|slogan|nickname)s?,?\s*$/i;

/** 'In her 2019 book, "Rivers of Ostby," Roe wrote ...': a quotation after a document's noun and a comma is its title. */
function namesDocument(before: string): boolean {
  const noun = /(\p{Ll}+),\s*$/u.exec(before)?.[1];
  return noun !== undefined && DOCUMENT_HEADS.has(noun);
}

/** How many words a quoted title may have. */
const TITLE_WORDS = 8;

/** Title case: every word of four letters or more capitalised ("Lanterns Over the Harbour", not "We have to go"). */
function titleCased(inner: string): boolean {
  return inner.split(/\s+/).every((word) => !/^\p{L}{4}/u.test(word) || /^\p{Lu}/u.test(word));
}

/**
 * Whether a quotation is the title of a work or a name rather than words
 * someone said: 'on "Springfield Sunday,"', 'a book called "..."', or a
 * title-cased one right after a noun for a work ('in her 2011 memoir, "Lanterns
 * Over the Harbour,"', 'the hymn "Ostby Forever"').
 */
export function isQuotedTitle(text: string, quotation: Quotation): boolean {
  const inner = text.slice(quotation.start, quotation.end);
  if (!/^\p{Lu}/u.test(inner) || wordCount(inner) > TITLE_WORDS) return false;
  const before = text.slice(Math.max(0, quotation.open - 40), quotation.open).split('\n').pop() ?? '';
  return TITLE_BEFORE.test(before) || ((namesDocument(before) || WORK_BEFORE.test(before)) && titleCased(inner));
}
