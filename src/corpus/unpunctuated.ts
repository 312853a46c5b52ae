/**
 * Sentence boundaries in text that lost its punctuation ("... said Jane Roe The
 * council ..."). With no full stops to go by, a sentence is taken to start
 *  - at a capitalised word that usually opens a sentence ("The", "We",
 *    "According"), unless the word before needs a continuation ("of the");
 *  - at a name followed by a reporting verb and a lower-case clause
 *    ("... recruits Roe stated that ..."), unless a relative word precedes.
 */
import { CONTINUERS, SENTENCE_STARTERS, SPEECH_VERBS } from './abbreviations.js';
import type { Span } from './types.js';

interface Token {
  word: string;
  start: number;
}

function tokens(text: string, span: Span): Token[] {
  const found: Token[] = [];
  const word = /[\p{L}\p{N}'’]+/gu;
  const body = text.slice(span.start, span.end);
  for (let match = word.exec(body); match; match = word.exec(body)) {
    found.push({ word: match[0], start: span.start + match.index });
  }
  return found;
}

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const isLowerCase = (word: string): boolean => /^\p{Ll}/u.test(word);

/** "I" opens a sentence only when a lower-case verb follows ("I think"). */
function startsSentence(word: string, next: string | undefined): boolean {
  if (!SENTENCE_STARTERS.has(word)) return false;
  if (word === 'I' || word === 'A') return next !== undefined && isLowerCase(next);
  return true;
}

/** The shortest a piece may be: a boundary closer than this to the last is skipped. */
const MIN_WORDS = 3;

/**
 * Offsets inside `span` where a new sentence starts.
 *
 * @example
 * const text = 'both sides in that channel Roe added The farmers are expected to stay away';
 * splitUnpunctuated(text, { start: 0, end: text.length }); // [37] (before "The")
 */
export function splitUnpunctuated(text: string, span: Span): number[] {
  const words = tokens(text, span);
  const breaks: number[] = [];
  let lastBreak = 0;
  for (let k = 1; k < words.length; k++) {
    const previous = words[k - 1]?.word ?? '';
    const current = words[k]?.word ?? '';
    const next = words[k + 1]?.word;
    const afterNext = words[k + 2]?.word;
    // Case matters: "is" needs a continuation, the acronym "IS" does not.
    if (!isCapitalised(current) || CONTINUERS.has(previous)) continue;
    const opener = startsSentence(current, next);
    const speakerOpens =
      isLowerCase(previous) &&
      !SENTENCE_STARTERS.has(current) &&
      next !== undefined &&
      SPEECH_VERBS.has(next) &&
      afterNext !== undefined &&
      isLowerCase(afterNext);
    if ((opener || speakerOpens) && k - lastBreak >= MIN_WORDS) {
      breaks.push(words[k]?.start ?? span.start);
      lastBreak = k;
    }
  }
  return breaks;
}
