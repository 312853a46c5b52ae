/**
 * Quantities as news writes them, found in a sentence: how many of
 * something ("12 nations", "11 other ministers", "a 40-nation alliance",
 * "the 12state pact" when the punctuation was lost), distances ("eight
 * or nine miles"), amounts of money ("$1.2 billion") and durations
 * ("three weeks"). Each with its words as written and a value two reports
 * can be compared on ("5-6 km").
 */
import { NUMBER_WORDS, ungroupDigits } from './numbers.js';
import { singular } from './kin-nouns.js';
import { UNIT_GROUPS } from './units.js';

export type QuantityKind = 'count' | 'distance' | 'money' | 'duration';

export interface Quantity {
  kind: QuantityKind;
  /** As the report shows it: "12 other nations", "40-nation", "5-6 kilometers". */
  text: string;
  /** What two reports are compared on: digits, a range with "-", a unit's canonical form ("5-6 km", "12"). */
  value: string;
  /** Where its words stand in the sentence. */
  start: number;
  end: number;
}

const COUNT_WORDS: ReadonlyMap<string, string> = new Map([...NUMBER_WORDS, ['dozen', '12'], ['a dozen', '12'], ['hundred', '100'], ['a hundred', '100']]);

/** A number: digits (grouped, with decimals) or a number word. */
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:a\\s+)?(?:${[...COUNT_WORDS.keys()].filter((w) => !w.startsWith('a ')).sort((a, b) => b.length - a.length).join('|')}))`;
/** A number or a range of two: "eight or nine", "3 to 4", "10-12". */
const RANGE = `(${NUMBER})(?:\\s*(?:-|–|to|or)\\s*(${NUMBER}))?`;
const SCALE = '(?:\\s*(million|billion|bn|mln|thousand|m)\\b)?';

/** The digits a number stands for ("five" → "5", "1,200" → "1200"). */
function digitsOf(number: string): string {
  const lower = number.toLowerCase().replace(/\s+/g, ' ');
  return COUNT_WORDS.get(lower) ?? ungroupDigits(lower);
}

function rangeValue(first: string, second: string | undefined): string {
  return second ? `${digitsOf(first)}-${digitsOf(second)}` : digitsOf(first);
}

/** Each written form of a unit of length, to the group's canonical form. */
const LENGTH_UNITS: ReadonlyMap<string, string> = new Map(
  UNIT_GROUPS.filter((group) => ['km', 'metre', 'mile'].includes(group[0] ?? '')).flatMap((group) => group.map((form): [string, string] => [form, group[0] ?? form])),
);
const DURATION_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'];
const CURRENCY_WORDS = ['dollar', 'euro', 'pound', 'yen', 'yuan', 'rupee', 'franc'];

function found(kind: QuantityKind, match: RegExpExecArray, value: string, text: string = match[0]): Quantity {
  return { kind, text, value, start: match.index, end: match.index + match[0].length };
}

/** Distances with a unit of length: "8 kilometres", "eight or nine miles", "12km", "two to three miles". */
export function distancesIn(sentence: string): Quantity[] {
  const units = [...LENGTH_UNITS.keys()].sort((a, b) => b.length - a.length).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${RANGE}\\s*-?\\s*(${units})(?![\\p{L}])`, 'giu');
  return [...sentence.matchAll(pattern)].map((m) => found('distance', m, `${rangeValue(m[1] ?? '', m[2])} ${LENGTH_UNITS.get((m[3] ?? '').toLowerCase()) ?? m[3]}`));
}

/** Durations: "three weeks", "10 days", "two to three months". */
export function durationsIn(sentence: string): Quantity[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${RANGE}[\\s-]+(${DURATION_UNITS.join('|')})s?(?![\\p{L}])`, 'giu');
  return [...sentence.matchAll(pattern)].map((m) => found('duration', m, `${rangeValue(m[1] ?? '', m[2])} ${(m[3] ?? '').toLowerCase()}`));
}

/** Amounts of money: "$1.2 billion", "€40m", "500 million dollars". */
export function amountsIn(sentence: string): Quantity[] {
  const symbol = new RegExp(`([$€£¥])\\s*${RANGE}${SCALE}`, 'giu');
  const worded = new RegExp(`(?<![\\p{L}\\p{N}])${RANGE}${SCALE}\\s+(${CURRENCY_WORDS.join('|')})s?(?![\\p{L}])`, 'giu');
  const scaled = (scale: string | undefined): string => (scale ? ` ${scale.toLowerCase().replace(/^(?:bn)$/, 'billion').replace(/^(?:mln|m)$/, 'million')}` : '');
  return [
    ...[...sentence.matchAll(symbol)].map((m) => found('money', m, `${m[1] ?? ''}${rangeValue(m[2] ?? '', m[3])}${scaled(m[4])}`)),
    ...[...sentence.matchAll(worded)].map((m) => found('money', m, `${rangeValue(m[1] ?? '', m[2])}${scaled(m[3])} ${(m[4] ?? '').toLowerCase()}`)),
  ].sort((a, b) => a.start - b.start);
}

/** Words between a number and the noun it counts, at most: "11 other defence ministers". */
const BETWEEN = 3;

/** A word after a number, and what stands before it: a hyphen or nothing joins it to the number ("40-nation", "12state"). */
const NEXT_WORD = /^(\s*-\s*|\s+|)(\p{L}[\p{L}'’]*)/u;

/**
 * Counts of the nouns `counted` (in the singular): a number before one of
 * them, a few lower-case words apart at most ("12 nations", "11 other
 * ministers", "30 people were killed" for "killed"), or joined to it ("a
 * 40-nation alliance", "12state").
 */
export function countsIn(sentence: string, counted: ReadonlySet<string>): Quantity[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}$€£¥.,])${RANGE}`, 'giu');
  const counts: Quantity[] = [];
  for (const m of sentence.matchAll(pattern)) {
    // "the Group of Seven statement": a number word with a capital after a capitalised word or "of" is part of a name.
    if (/^\p{Lu}\p{Ll}/u.test(m[0]) && /(?:\bof|\p{Lu}[\p{L}.]*)\s+$/u.test(sentence.slice(0, m.index))) continue;
    let at = m.index + m[0].length;
    const words: string[] = [];
    for (let word = 0; word <= BETWEEN; word++) {
      const next = NEXT_WORD.exec(sentence.slice(at));
      const [whole, gap, noun] = [next?.[0] ?? '', next?.[1] ?? '', next?.[2] ?? ''];
      // Only the first word may be joined to the number; a capital or a stop ends the look.
      if (!next || (word > 0 && gap.trim() !== '') || (gap === '' && word > 0)) break;
      if (counted.has(singular(noun))) {
        const joined = gap === '' || gap.trim() === '-';
        // "in 2016 countries ...": a year, not a count, unless joined ("a 2016-nation ..." is no year either way).
        if (!joined && /^(?:1[89]|20)\d\d$/.test(m[0])) break;
        const text = joined ? `${m[0]}-${noun}` : sentence.slice(m.index, at + whole.length);
        const others = words.some((w) => w.toLowerCase() === 'other');
        counts.push({ kind: 'count', text, value: `${rangeValue(m[1] ?? '', m[2])}${others ? ' others' : ''}`, start: m.index, end: at + whole.length });
        break;
      }
      if (!/^\p{Ll}/u.test(noun) || gap === '' || gap.trim() === '-') break;
      words.push(noun);
      at += whole.length;
    }
  }
  return counts;
}

/** The quantities of `kind` in a sentence; counts of the nouns `counted`. */
export function quantitiesIn(sentence: string, kind: QuantityKind, counted: ReadonlySet<string> = new Set()): Quantity[] {
  switch (kind) {
    case 'count':
      return countsIn(sentence, counted);
    case 'distance':
      return distancesIn(sentence);
    case 'money':
      return amountsIn(sentence);
    case 'duration':
      return durationsIn(sentence);
  }
}
