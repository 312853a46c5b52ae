/**
 * Quotations with no cue of their own, paired with the speaker of an earlier
 * statement: a quotation carried on over a paragraph break, a second
 * quotation in a paragraph after an attributed one ('"A," she said. "B."'),
 * or a paragraph that is only a quotation (it carries on the speaker of the
 * paragraph before).
 */
import type { Article } from '../corpus/types.js';
import { wordCount } from './content.js';
import { isQuotedTitle, type Quotation, type QuotationIndex } from './quotations.js';
import type { RawStatement } from './raw-statement.js';

/** A loose quotation shorter than this many words is left alone ("the so-called "deal""). */
const MIN_QUOTATION_WORDS = 4;
/** How many statements on either side of a quotation are looked at: enough for any real paragraph. */
const WINDOW = 32;

/**
 * Adds a statement for each quotation no statement has used yet and that
 * carries on an earlier speaker; `used` maps quotations to the statements
 * that hold them, and grows with the new ones.
 */
export function attachLooseQuotations(
  text: string,
  article: Article,
  quotations: QuotationIndex,
  used: Map<number, number>,
  statements: RawStatement[],
): void {
  const byParagraph = indexByParagraph(statements);
  const sentenceStarts = article.sentences.map((sentence) => sentence.start);

  quotations.list.forEach((quotation, index) => {
    if (used.has(index)) return;
    const paragraph = article.paragraphs[quotation.paragraph];
    if (!paragraph || wordCount(text.slice(quotation.start, quotation.end)) < MIN_QUOTATION_WORDS) return;
    // '"...," Roe said on WSPR's "The Harbour Hour."': a title carries on nobody.
    if (isQuotedTitle(text, quotation)) return;
    const candidates = byParagraph.near(quotation.paragraph, quotation.open);
    if (candidates.some((i) => quotation.start >= (statements[i]?.start ?? 0) && quotation.end <= (statements[i]?.end ?? 0))) return;
    const sentenceIndex = lastAtOrBefore(sentenceStarts, quotation.open + 1);
    const startsSentence = sentenceIndex >= 0 && quotation.open <= (sentenceStarts[sentenceIndex] ?? 0) + 1;
    const onlyQuote = text.slice(paragraph.start, quotation.open).trim() === '';
    const owner = ownerOf(quotation, candidates, used, statements, startsSentence || onlyQuote);
    const previous = statements[owner];
    if (owner < 0 || !previous) return;
    used.set(index, statements.length);
    statements.push({
      start: quotation.start, end: quotation.end, kind: 'direct', mention: previous.mention, cue: previous.cue,
      sentence: sentenceIndex, paragraph: quotation.paragraph, inherits: owner,
    });
    byParagraph.remember(statements.length - 1);
  });
}

/**
 * The statement whose speaker a loose quotation carries on, or -1: the one
 * holding the quotation it continues, else a direct quotation just before it
 * in its paragraph, else (when the quotation opens a sentence or is all its
 * paragraph holds) the nearest statement before it.
 */
function ownerOf(
  quotation: Quotation,
  candidates: readonly number[],
  used: ReadonlyMap<number, number>,
  statements: readonly RawStatement[],
  standsAlone: boolean,
): number {
  const continued = quotation.continues >= 0 ? (used.get(quotation.continues) ?? -1) : -1;
  if (continued >= 0) return continued;
  // '"A," she said, "B."': a quotation right after an attributed one in the same paragraph.
  const last = nearestBefore(statements, candidates.filter((i) => statements[i]?.paragraph === quotation.paragraph), quotation.open);
  if (statements[last]?.kind === 'direct') return last;
  return standsAlone ? nearestBefore(statements, candidates, quotation.open) : -1;
}

interface ParagraphIndex {
  /** Adds the statement at `index` of the list. */
  remember(index: number): void;
  /** Statements near `offset` of a paragraph, and the last ones of the paragraph before. */
  near(paragraph: number, offset: number): number[];
}

/** Statement indices by paragraph, sorted by start, so each look-up reads a bounded window near the quotation. */
function indexByParagraph(statements: readonly RawStatement[]): ParagraphIndex {
  const byParagraph = new Map<number, { starts: number[]; indices: number[] }>();
  const remember = (index: number): void => {
    const statement = statements[index];
    if (!statement) return;
    const entry = byParagraph.get(statement.paragraph) ?? { starts: [], indices: [] };
    byParagraph.set(statement.paragraph, entry);
    const at = lastAtOrBefore(entry.starts, statement.start) + 1;
    entry.starts.splice(at, 0, statement.start);
    entry.indices.splice(at, 0, index);
  };
  statements.forEach((_, index) => remember(index));
  const near = (paragraph: number, offset: number): number[] => {
    const here = byParagraph.get(paragraph);
    const at = here ? lastAtOrBefore(here.starts, offset) : 0;
    const before = byParagraph.get(paragraph - 1)?.indices.slice(-WINDOW) ?? [];
    return [...before, ...(here?.indices.slice(Math.max(0, at - WINDOW), at + WINDOW) ?? [])];
  };
  return { remember, near };
}

/** Index of the last sorted value at or before `value`, or -1. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Among `candidates`, the statement that ends last before `offset`. */
function nearestBefore(statements: readonly RawStatement[], candidates: readonly number[], offset: number): number {
  let best = -1;
  for (const index of candidates) {
    const statement = statements[index];
    if (!statement || statement.end > offset) continue;
    if (best < 0 || statement.end > (statements[best]?.end ?? 0)) best = index;
  }
  return best;
}
