/**
 * A question's words as the coverage knows them. A word the coverage never
 * uses is a typo: "overlapp" is read as "overlap", the word one edit away
 * (a swap of two letters counting as one: "blistres" is "blisters"), and a
 * short slip on a filler word ("ther", "teh") is that filler. A word
 * the coverage does use is itself and nothing else.
 */
import { editDistance } from '../language/edit-distance.js';
import type { Coverage } from '../retrieval/coverage.js';
import { sameStartOf } from '../retrieval/vocabulary.js';
import { STOP_WORDS } from '../retrieval/stop-words.js';

export interface AskedTerms {
  /** The search terms, typos read as the words they stand for. */
  terms: string[];
  /** The terms that were read from a typo: they count less than a word asked as written. */
  corrected: ReadonlySet<string>;
  /** Each typo and the word it was read as, to tell the user: ["overlapp", "overlap"]. */
  readAs: [string, string][];
}

/** Terms beyond this many are ignored: they make searches slow and never help. */
const MAX_TERMS = 24;
/** Words this short that are a slip on a filler word are that filler ("ther", "wsa"), unless the coverage uses them. */
const SHORT = 4;
/** A short word a letter from this many filler words is a slip on one of them. */
const FILLERS_NEAR = 4;
/** Shorter words are read as no other word: "sold" is a word, not a typo of "told" or "gold". */
const CORRECTED_FROM = 5;
/** Questions remembered per coverage: the same question's terms are asked for by several stages. */
const REMEMBERED = 512;

/** How many edits a typo of a word this long may hold: one, two from ten letters. */
function allowedEdits(term: string): number {
  return term.length >= 10 ? 2 : 1;
}

/** Whether `typed` is `word` with letters left out ("factr", "factor"). */
function leftOut(typed: string, word: string): boolean {
  let at = 0;
  for (const letter of word) if (letter === typed[at]) at++;
  return at === typed.length && word.length > typed.length;
}

/** Two neighbouring letters swapped: "teh" and "the". */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const at = [...a].findIndex((letter, i) => letter !== b[i]);
  return a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/**
 * Whether a short word the coverage lacks is a slip on a filler word: three
 * letters with two swapped ("teh", "wsa"), or a letter from four filler
 * words or more ("ther": "the", "there", "their", "then"...). A word a
 * letter from one filler word only may be a word of its own ("fort",
 * "shed", "note"), which the coverage does not hold: it stays, and counts
 * as missing.
 */
function fillerSlip(term: string): boolean {
  let near = 0;
  for (const word of STOP_WORDS) {
    if (term.length <= 3 && swapped(term, word)) return true;
    if (Math.abs(word.length - term.length) <= 1 && editDistance(term, word, 1) <= 1) near++;
  }
  return near >= FILLERS_NEAR;
}

/**
 * The word of the coverage a typo stands for: the nearest within the edits
 * allowed (of several as near, the one the typo left a letter out of), or
 * null when none or several are equally near.
 *
 * @example wordFor(coverage, 'overlapp') // 'overlap'
 */
export function wordFor(coverage: Coverage, term: string): string | null {
  const edits = allowedEdits(term);
  // Levenshtein counts a swap as two edits; the look-up reaches one further and the swap is counted as one below.
  // A typo keeps the first letter: "taxes" may be "tacxes", "faxes" is not.
  const near = sameStartOf(coverage.vocabulary, term, edits + 1)
    .map((word) => [word, editDistance(term, word, edits)] as const)
    .filter(([, d]) => d <= edits);
  const best = Math.min(...near.map(([, d]) => d));
  let nearest = near.filter(([, d]) => d === best);
  // A letter left out is the commonest slip: "factr" is "factor" before it is "facts".
  if (nearest.length > 1) nearest = nearest.filter(([word]) => leftOut(term, word));
  return nearest.length === 1 ? (nearest[0] as readonly [string, number])[0] : null;
}

function readTerms(coverage: Coverage, text: string): AskedTerms {
  const corrected = new Set<string>();
  const readAs: [string, string][] = [];
  const terms: string[] = [];
  for (const term of coverage.normaliser.terms(text)) {
    if (/\d/.test(term) || term.length < 3 || coverage.vocabulary.has(term)) {
      terms.push(term);
      continue;
    }
    if (term.length <= SHORT && fillerSlip(term)) continue;
    const word = term.length >= CORRECTED_FROM ? wordFor(coverage, term) : null;
    if (word === null) terms.push(term);
    else if (!terms.includes(word)) {
      terms.push(word);
      corrected.add(word);
      readAs.push([term, word]);
    }
  }
  return { terms: [...new Set(terms)].slice(0, MAX_TERMS), corrected, readAs };
}

const remembered = new WeakMap<Coverage, Map<string, AskedTerms>>();

/** The search terms of a question, typos read as the coverage's words. */
export function askedTerms(coverage: Coverage, text: string): AskedTerms {
  let known = remembered.get(coverage);
  if (!known) remembered.set(coverage, (known = new Map()));
  const found = known.get(text);
  if (found) return found;
  if (known.size >= REMEMBERED) known.clear();
  const asked = readTerms(coverage, text);
  known.set(text, asked);
  return asked;
}
