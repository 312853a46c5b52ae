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
const TOKEN = /(?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*|[\p{L}\p{M}\p{N}]+(?:['’\-.&/][\p{L}\p{M}\p{N}]+)*|''|[“”„«»"]|[^\s\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
const QUOTE_MARKS = new Set(['“', '”', '„', '«', '»', '"', "''"]);

/** Tokens of `text` inside `span`, with offsets into `text`. */
export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const tokens: Token[] = [];
  const body = text.slice(span.start, span.end);
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(body); match; match = TOKEN.exec(body)) {
    const value = match[0];
    const start = span.start + match.index;
    const kind: TokenKind = QUOTE_MARKS.has(value) ? 'quote' : /[\p{L}\p{N}]/u.test(value) ? 'word' : 'punct';
    tokens.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length, kind });
  }
  return tokens;
}

export const isCapitalised = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.text);
