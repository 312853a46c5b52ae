/**
 * One way of turning text into search terms, for the articles and the
 * questions alike: case, accents and apostrophes folded, spelling variants and
 * synonyms mapped to one term (Springfeld and Springfeild to springfield; "United
 * Nations" to un), numbers to digits ("six" and "6"; "1,200" and "1200") and
 * units to one form ("km", "kilometres"; "%", "per cent"), stop words dropped
 * so that content words decide.
 */
import { NUMBER_WORDS, ungroupDigits } from '../language/numbers.js';
import { GLUED_UNITS, UNIT_GROUPS } from '../language/units.js';
import { STOP_WORDS } from './stop-words.js';

export interface SynonymConfig {
  /** Groups of spellings for one thing; the first is the term they all become. */
  groups: string[][];
}

/** The synonyms of the configuration with those a corpus brings for itself. */
export function withCorpusSynonyms(config: SynonymConfig, corpus: readonly string[][]): SynonymConfig {
  return corpus.length === 0 ? config : { groups: [...config.groups, ...corpus] };
}

export interface Normaliser {
  /** Splits text into terms (before `processTerm`), applying phrase and capitalised synonyms. */
  tokenize(text: string): string[];
  /** The search term for a token, or null for a stop word. */
  processTerm(term: string): string | null;
  /** Both, for text: the search terms it contains. */
  terms(text: string): string[];
}

/** ASCII with no apostrophe of any kind: folding it is lower-casing alone (most words of English news). */
const PLAIN = /^[\0-\x26\x28-\x5f\x61-\x7f]*$/;

/** Lower case, accents off, one kind of apostrophe, no possessive "'s". */
export function foldTerm(term: string): string {
  if (PLAIN.test(term)) return term.toLowerCase();
  return term
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s$/, '')
    .replace(/'/g, '');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** How many tokens' search terms a normaliser keeps: enough for a news vocabulary, a few MB at most. */
const PROCESSED_KEPT = 100_000;
/** Below V8's shortest sliced string (13 characters), a token is a copy of its own. */
const KEPT_LENGTH = 12;

/** Words, numbers (with their decimals: "0.4", "1,200") and dotted acronyms; `/` and `-` inside words split them. */
const TOKEN = /(?:\p{L}\.){2,}|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Builds the normaliser from synonym groups.
 *
 * @example
 * const n = createNormaliser({ groups: [['springfield', 'springfeld'], ['un', 'UN', 'united nations']] });
 * n.terms('The United Nations left Springfeld'); // ['un', 'left', 'springfield']
 * n.terms('It is IS'); // ['isis']
 * n.terms('five or 6 kilometres, 40%'); // ['5', '6', 'km', '40', 'percent']
 */
export function createNormaliser(config: SynonymConfig): Normaliser {
  const canonical = new Map<string, string>(NUMBER_WORDS);
  const capitalised = new Map<string, string>();
  const phrases: [RegExp, string][] = [];
  // Symbols ("%") are no tokens: they become their unit's word before tokenising.
  const symbols: [string, string][] = [];
  for (const group of [...UNIT_GROUPS, ...config.groups]) {
    const target = foldTerm(group[0] ?? '').replace(/\s+/g, '');
    if (!target) continue;
    for (const member of group) {
      if (!/[\p{L}\p{N}]/u.test(member)) {
        symbols.push([member, target]);
      } else if (/\s/.test(member.trim())) {
        phrases.push([new RegExp(`(?<![\\p{L}\\p{N}])${escape(member.trim()).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu'), target]);
      } else if (member.length > 1 && member === member.toUpperCase() && /\p{Lu}/u.test(member)) {
        capitalised.set(member, target);
      } else {
        canonical.set(foldTerm(member.replace(/\.$/, '')), target);
      }
    }
  }
  // Longer phrases first, so "islamic state group" wins over "islamic state".
  phrases.sort((a, b) => b[0].source.length - a[0].source.length);

  // "12km" is "12 km": a number and its unit glued together.
  const glued = new RegExp(`(?<=\\p{N})(${GLUED_UNITS.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

  // Whether a text holds any phrase at all: most texts hold none, and one look for them all costs less than a
  // look for each. A text that holds none before the phrases are replaced holds none after (nothing is replaced).
  const anyPhrase = phrases.length === 0 ? null : new RegExp(phrases.map(([pattern]) => `(?:${pattern.source})`).join('|'), 'iu');

  const tokenize = (text: string): string[] => {
    let prepared = text.replace(glued, ' $1');
    for (const [symbol, target] of symbols) if (prepared.includes(symbol)) prepared = prepared.split(symbol).join(` ${target} `);
    if (anyPhrase?.test(prepared)) for (const [pattern, target] of phrases) prepared = prepared.replace(pattern, ` ${target} `);
    const tokens = prepared.match(TOKEN) ?? [];
    return tokens.map((token) => capitalised.get(token) ?? token);
  };
  // A term's search term is asked again and again (the same words fill every article): kept, up to a bound.
  const processed = new Map<string, string | null>();
  const processTerm = (term: string): string | null => {
    // A longer token may be a slice that keeps its whole article alive: only short ones are kept (most words).
    if (term.length > KEPT_LENGTH) return termOf(term);
    const known = processed.get(term);
    if (known !== undefined) return known;
    if (processed.size >= PROCESSED_KEPT) processed.clear();
    const result = termOf(term);
    processed.set(term, result);
    return result;
  };
  const termOf = (term: string): string | null => {
    const folded = foldTerm(term).replace(/\.$/, '');
    // Dots go from acronyms ("u.s" is "us") but stay in numbers ("0.4").
    const undotted = /\p{L}/u.test(folded) ? folded.replace(/\./g, '') : folded;
    const mapped = ungroupDigits(canonical.get(folded) ?? canonical.get(undotted) ?? undotted);
    // Single letters match nearly everything and mean nearly nothing; a single digit is a number ("6 ferries").
    if ((mapped.length < 2 && !/\d/.test(mapped)) || STOP_WORDS.has(mapped)) return null;
    return mapped;
  };
  return {
    tokenize,
    processTerm,
    terms: (text) => tokenize(text).map(processTerm).filter((term): term is string => term !== null),
  };
}
