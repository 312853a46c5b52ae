/**
 * The tokeniser every stage that reads words in context shares: words,
 * quotation marks and punctuation with their offsets into the text.
 */
import type { Span } from '../corpus/types.js';

export type TokenKind = 'word' | 'quote' | 'punct';

export interface Token extends Span {
  text: string;
  lower: string;
  kind: TokenKind;
}

/**
 * Words (with inner apostrophes, hyphens and dots: "didn't", "al-Rashid",
 * "U.S."), quotation marks (including the doubled '' of some archives) and
 * single punctuation marks. Invisible characters (zero-width spaces, soft
 * hyphens) are no tokens at all.
 */
const TOKEN = /((?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*|[\p{L}\p{M}\p{N}]+(?:['’\-.&/][\p{L}\p{M}\p{N}]+)*)|(''|[“”„«»"])|[^\s\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/** Whether a word-shaped match has a letter or digit (not only combining marks); ASCII answers at once. */
function hasLetterOrDigit(value: string): boolean {
  const code = value.charCodeAt(0) | 0x20;
  return (code >= 0x61 && code <= 0x7a) || (value.charCodeAt(0) >= 0x30 && value.charCodeAt(0) <= 0x39) || /[\p{L}\p{N}]/u.test(value);
}

/** Tokens of `text` inside `span`, with offsets into `text`. */
export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const tokens: Token[] = [];
  const body = text.slice(span.start, span.end);
  const push = (value: string, at: number, kind: TokenKind): void => {
    const start = span.start + at;
    tokens.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length, kind });
  };
  // Plain ASCII is read by hand (most of the text, and the pattern's cost); anything else by the pattern, from where it stands.
  let at = 0;
  while (at < body.length) {
    const code = body.charCodeAt(at);
    if (code < 0x80) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        at++;
        continue;
      }
      const end = isAsciiLetterOrDigit(code) ? asciiWordEnd(body, at) : asciiMarkEnd(body, at);
      if (end > 0) {
        push(body.slice(at, end), at, isAsciiLetterOrDigit(code) ? 'word' : code === 0x22 || end - at === 2 ? 'quote' : 'punct');
        at = end;
        continue;
      }
    }
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(body);
    if (!match) break;
    const value = match[0];
    push(value, match.index, match[1] !== undefined ? (hasLetterOrDigit(value) ? 'word' : 'punct') : match[2] !== undefined ? 'quote' : 'punct');
    at = match.index + value.length;
  }
  return tokens;
}

function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
}

/** The code at `at`, or -1 past the end or on a character beyond ASCII (which the pattern must judge). */
function asciiAt(body: string, at: number): number {
  if (at >= body.length) return 0;
  const code = body.charCodeAt(at);
  return code < 0x80 ? code : -1;
}

/**
 * Where the word starting at `at` ends, as TOKEN's first group reads it,
 * when only ASCII decides it; 0 when a character beyond ASCII might.
 * Initials first ("U.S.", "U.S.-based"), else letters and digits joined by
 * one of ' - . & / each.
 */
function asciiWordEnd(body: string, at: number): number {
  let end = at;
  let pairs = 0;
  for (;;) {
    const letter = asciiAt(body, end);
    if (letter < 0) return 0;
    if (!isAsciiLetter(letter)) break;
    const dot = asciiAt(body, end + 1);
    if (dot < 0) return 0;
    if (dot !== 0x2e) break;
    pairs++;
    end += 2;
  }
  if (pairs >= 2) {
    for (;;) {
      if (asciiAt(body, end) !== 0x2d) return asciiAt(body, end) < 0 ? 0 : end;
      const run = asciiRunEnd(body, end + 1);
      if (run < 0) return 0;
      if (run === end + 1) return end;
      end = run;
    }
  }
  end = asciiRunEnd(body, at);
  for (;;) {
    if (end < 0) return 0;
    const joiner = asciiAt(body, end);
    if (joiner < 0) return 0;
    if (joiner !== 0x27 && joiner !== 0x2d && joiner !== 0x2e && joiner !== 0x26 && joiner !== 0x2f) return end;
    const run = asciiRunEnd(body, end + 1);
    if (run < 0) return 0;
    if (run === end + 1) return end;
    end = run;
  }
}

/** End of the run of ASCII letters and digits from `at`; -1 when a character beyond ASCII (a letter, mark or digit, perhaps) ends it. */
function asciiRunEnd(body: string, at: number): number {
  let end = at;
  for (;;) {
    const code = asciiAt(body, end);
    if (code < 0) return -1;
    if (code === 0 || !isAsciiLetterOrDigit(code)) return end;
    end++;
  }
}

/** End of the quotation mark or punctuation mark at `at` ('' is one mark); 0 when the pattern must read it. */
function asciiMarkEnd(body: string, at: number): number {
  if (body.charCodeAt(at) === 0x27 && body.charCodeAt(at + 1) === 0x27) return at + 2;
  return at + 1;
}

/** Whether `text` opens with an upper-case letter (`/^\p{Lu}/u`); ASCII answers at once, as it does for most words. */
export function opensUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return /^\p{Lu}/u.test(text);
}

/** Whether `text` opens with a letter (`/^\p{L}/u`); ASCII answers at once. */
export function opensWithLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return /^\p{L}/u.test(text);
}

export const isCapitalised = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === 'word' && opensUpperCase(token.text);
