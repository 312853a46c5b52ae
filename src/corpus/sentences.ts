/**
 * Sentence boundaries within a paragraph, as offsets into the original text.
 *
 * Punctuated text is split after `.`, `!` or `?` (and any closing quotes or
 * brackets) when a sentence opener follows, unless the dot belongs to an
 * abbreviation or initial. Text without punctuation (some scraped copies
 * lose all of it) is split where capitalisation and speech patterns show a
 * new sentence starting. A last resort keeps any sentence under
 * `MAX_SENTENCE_LENGTH` characters where there is no punctuation to go by.
 */
import {
  COMPANY_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  UNIT_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from './abbreviations.js';
import { trimSpan } from './lines.js';
import type { Span } from './types.js';
import { splitUnpunctuated } from './unpunctuated.js';

/** No sentence is longer than this; longer runs are cut at clause boundaries. */
export const MAX_SENTENCE_LENGTH = 400;

/** Punctuated sentences may be long; past this, the text is not prose and is cut anyway. */
const RUNAWAY_SENTENCE = 2000;

/** A run this long with no sentence punctuation is treated as unpunctuated text. */
const UNPUNCTUATED_RUN = 250;

const TERMINATORS = '.!?…';
const CLOSERS = '"”’\')]»';
const OPENERS = '"“‘\'([«';

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function isOpener(char: string): boolean {
  return isUpper(char) || /\d/.test(char) || OPENERS.includes(char);
}

/** The word (letters and inner dots) that ends just before `index`. */
function wordBefore(text: string, index: number, floor: number): string {
  let start = index;
  while (start > floor && /[\p{L}\p{N}.]/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start, index);
}

/** The word that starts at `index`. */
function wordAt(text: string, index: number): string {
  const match = /^[\p{L}\p{N}'’]+/u.exec(text.slice(index, index + 40));
  return match ? match[0] : '';
}

/**
 * Whether the dot at `dot` closes a sentence, given the next sentence would
 * start at `next`.
 */
function dotEndsSentence(text: string, dot: number, next: number, floor: number): boolean {
  const word = wordBefore(text, dot, floor);
  const bare = word.replace(/\./g, '').toLowerCase();
  const following = wordAt(text, next);
  if (TITLE_ABBREVIATIONS.has(bare) && !word.includes('.')) return false;
  const numberFollows = /^\d/.test(following);
  if ((MONTH_ABBREVIATIONS.has(bare) || NUMBER_ABBREVIATIONS.has(bare)) && numberFollows) return false;
  // An initial: "Jane Q. Roe", "J. K. Varga".
  if (/^\p{Lu}$/u.test(word) && isUpper(following.charAt(0))) return false;
  // A dotted acronym ("U.S.", "a.m."): a sentence end only before a usual opener.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(following);
  // "lost 9 lbs. “and a belt size”": a unit after a number ends a sentence only before a capital.
  if (UNIT_ABBREVIATIONS.has(bare) && /\d\s*$/.test(text.slice(Math.max(floor, dot - word.length - 12), dot - word.length))) {
    return /^\p{Lu}/u.test(wordAt(text, next + (OPENERS.includes(text[next] ?? '') ? 1 : 0)));
  }
  if (COMPANY_ABBREVIATIONS.has(bare) && !SENTENCE_STARTERS.has(following)) {
    return !/^\p{Lu}/u.test(following);
  }
  return true;
}

/** Where a sentence may end: a terminator, or a digit run straight into a word ("2016The"). */
const BREAK_CANDIDATE = /[.!?…]|\d(?=\p{L})/gu;

/** Offsets where a new sentence starts inside `span`, by punctuation. */
function punctuationBreaks(text: string, span: Span): number[] {
  const breaks: number[] = [];
  BREAK_CANDIDATE.lastIndex = span.start;
  for (let found = BREAK_CANDIDATE.exec(text); found && found.index < span.end; found = BREAK_CANDIDATE.exec(text)) {
    const i = found.index;
    const char = found[0];
    if (!TERMINATORS.includes(char)) {
      // "2016The": a year run into the next sentence's first word.
      if (/^\d{4}$/.test(text.slice(i - 3, i + 1))) {
        const next = wordAt(text, i + 1);
        if (SENTENCE_STARTERS.has(next) && i + 1 < span.end) breaks.push(i + 1);
      }
      continue;
    }
    let end = i + 1;
    while (end < span.end && (TERMINATORS + CLOSERS).includes(text[end] ?? '')) end++;
    let next = end;
    while (next < span.end && /\s/.test(text[next] ?? '')) next++;
    if (next >= span.end) break;
    BREAK_CANDIDATE.lastIndex = end;
    const glued = next === end;
    if (glued) {
      // "Springfield.The": no space, but a word of lower-case letters then a capitalised one.
      const gluedBreak = char === '.' && /\p{Ll}{2}$/u.test(text.slice(i - 2, i)) &&
        /^\p{Lu}\p{Ll}/u.test(text.slice(next, next + 2));
      if (gluedBreak) breaks.push(next);
      continue;
    }
    if (isOpener(text[next] ?? '') && (char !== '.' || dotEndsSentence(text, i, next, span.start))) {
      breaks.push(next);
    }
  }
  return breaks;
}

function piecesBetween(text: string, span: Span, breaks: readonly number[]): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  for (const at of [...breaks, span.end]) {
    const piece = trimSpan(text, { start, end: at });
    if (piece.end > piece.start) pieces.push(piece);
    start = at;
  }
  return pieces;
}

function lacksPunctuation(text: string, span: Span): boolean {
  if (span.end - span.start < UNPUNCTUATED_RUN) return false;
  const body = text.slice(span.start, span.end);
  return !/[.!?…]\s/.test(body.slice(0, -1));
}

/** Cuts a span that is still too long at the clause boundary nearest its middle. */
function capLength(text: string, span: Span): Span[] {
  if (span.end - span.start <= MAX_SENTENCE_LENGTH) return [span];
  const body = text.slice(span.start, span.end);
  const middle = Math.floor(body.length / 2);
  const clauseBreak = /\s{2,}|[,;:–—]\s+|\s(?=(?:and|but|while|which|as)\s)/g;
  let best = -1;
  for (let match = clauseBreak.exec(body); match; match = clauseBreak.exec(body)) {
    const at = match.index + match[0].length;
    if (best < 0 || Math.abs(at - middle) < Math.abs(best - middle)) best = at;
  }
  // No clause boundary: the last space before the middle, or the middle itself.
  if (best <= 0 || best >= body.length) best = body.lastIndexOf(' ', middle);
  if (best <= 0) best = middle;
  const cut = span.start + best;
  return [
    ...capLength(text, trimSpan(text, { start: span.start, end: cut })),
    ...capLength(text, trimSpan(text, { start: cut, end: span.end })),
  ].filter((piece) => piece.end > piece.start);
}

/**
 * Splits one paragraph into sentence spans.
 *
 * @example
 * const text = 'Roe spoke in the U.S. capital. "It will be within weeks," she said.';
 * splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
 * // ['Roe spoke in the U.S. capital.', '"It will be within weeks," she said.']
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const pieces = piecesBetween(text, paragraph, punctuationBreaks(text, paragraph));
  return pieces.flatMap((piece) => {
    if (lacksPunctuation(text, piece)) {
      return piecesBetween(text, piece, splitUnpunctuated(text, piece)).flatMap((part) => capLength(text, part));
    }
    return piece.end - piece.start > RUNAWAY_SENTENCE ? capLength(text, piece) : [piece];
  });
}
