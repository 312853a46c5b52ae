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
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(body); match; match = TOKEN.exec(body)) {
    const value = match[0];
    const start = span.start + match.index;
    const kind: TokenKind = match[1] !== undefined ? (hasLetterOrDigit(value) ? 'word' : 'punct') : match[2] !== undefined ? 'quote' : 'punct';
    tokens.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length, kind });
  }
  return tokens;
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
