/**
 * The people an article names, wherever it names them (not only beside a
 * reporting verb): each personal name outside quotation marks, with its
 * sentence, the titles written with it ("Mayor Jane Roe", "physics professor
 * Jane Roe", "Jane Roe, the club's manager,"), whether it opens its sentence
 * as its subject, and the gender a courtesy title shows. Coreference reads it
 * to give a pronoun the person the text is about, a surname its full name and
 * a role its holder.
 */
import type { Article, Span } from '../corpus/types.js';
import { DETERMINERS, NAME_STOPS, ORGANISATION_WORDS, PLACES, PREPOSITIONS, SUBJECT_STOPS, isTitleWord } from './lexicon.js';
import { hasJoinedParticle, NAME_PARTICLES } from '../language/name-particles.js';
import { isGivenName, type Gender } from './first-names.js';
import { isCapitalised, type Token } from '../language/tokens.js';
import { viewSentences } from './sentence-view.js';
import { wordShapes } from '../language/word-shapes.js';

export type { Gender } from './first-names.js';

export interface NameOccurrence extends Span {
  /** The name without titles: "Jane Roe", or "Roe" alone. */
  name: string;
  sentence: number;
  /** Titles and roles written with this occurrence, lower case ("mayor", "the club's manager"). */
  titles: string[];
  /** Whether a title word or courtesy title is written in the name itself ("Mayor Jane Roe", "Ms. Roe"). */
  titled: boolean;
  /** After a preposition ("with Jane Roe") or possessive ("Roe's plan"): not what its sentence is about. */
  oblique: boolean;
  /**
   * An object, not a subject: right after a verb in the past ("accused Jane
   * Roe"; not "..., added Jane Roe"), or after a preposition before its role
   * words ("past Springfield goalie Tom Varga").
   */
  object: boolean;
  /** After "the" ("the Roe Foundation"): a thing or body, unless a title says otherwise. */
  determined: boolean;
  /** After "in", "across" and the like ("in Springfield"): a place. */
  located: boolean;
  /** Its first word opens the sentence, where any word is capitalised ("Is Roe right?"). */
  initial: boolean;
  /** Named as a firm, body or acronym ("Springfield Water Board", "SWB"): never a person. */
  body: boolean;
  /** Inside quotation marks or some statement's content: the text's own voice does not name it. */
  quoted: boolean;
  gender?: Gender;
}

const MALE_COURTESY = new Set(['mr', 'sir', 'lord', 'mister']);
const FEMALE_COURTESY = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'madam']);
/** Words that open the name of a place ("New Kelvale", "South Fork") though a title may use them too. */
const PLACE_PREFIXES = new Set(['new', 'north', 'south', 'east', 'west']);
/** Prepositions after which a name is a place: "in Springfield", "across Kelvale Vale". */
const LOCATIVES = new Set(['in', 'across', 'throughout']);
/** How many lower-case words before a name may be its title ("rookie defenceman Jane Roe"). */
const PREMODIFIER_REACH = 3;
const APPOSITIVE_REACH = 12;

/** A dotted abbreviation or initial inside a name ("Mr.", "J."): the dot does not end the name. */
function joinsName(token: Token, before: Token | undefined): boolean {
  if (token.text !== '.' || !before || before.end !== token.start) return false;
  return /^\p{Lu}$/u.test(before.text) || isTitleWord(before.lower) || MALE_COURTESY.has(before.lower) || FEMALE_COURTESY.has(before.lower);
}

function nameWord(token: Token, inside: boolean): boolean {
  // "Photo/Jane Roe": a credit, not a name.
  if (token.text.includes('/')) return false;
  if (isCapitalised(token)) return true;
  return inside && token.kind === 'word' && (NAME_PARTICLES.has(token.lower) || hasJoinedParticle(token.text));
}

/** Whether `text` between `start` and `end` is only spaces and tabs (or nothing): read in place, as it is between every two tokens. */
function onlySpacesOrTabs(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/** Runs of name words on one line, each a candidate name. */
function runsOf(text: string, tokens: readonly Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = (): void => {
    // Most tokens close a run that never opened: keep the empty one rather than make another.
    if (run.length === 0) return;
    while (run.length > 0 && !isCapitalised(run[run.length - 1]) && !hasJoinedParticle(run[run.length - 1]?.text ?? '')) run.pop();
    if (run.some((t) => t.kind === 'word')) runs.push(run);
    run = [];
  };
  tokens.forEach((token, index) => {
    const before = tokens[index - 1];
    const adjacent = before !== undefined && onlySpacesOrTabs(text, before.end, token.start);
    if (run.length > 0 && !adjacent) close();
    if (nameWord(token, run.length > 0) || (run.length > 0 && joinsName(token, before))) run.push(token);
    else close();
  });
  close();
  return runs;
}

interface Split {
  titles: Token[];
  name: Token[];
  /** A firm, body or acronym rather than a person ("Springfield Water Board", "SWB"). */
  body: boolean;
  /** Written with a possessive ending ("Roe's"), which the name leaves out. */
  possessive: boolean;
  gender?: Gender;
}

/** Words after a hyphen that make a describing word ("American-made", "Springfield-based"), never a part of a name. */
const DESCRIBING_SUFFIXES = new Set([
  'made', 'run', 'led', 'born', 'bred', 'style', 'wide', 'era', 'type', 'class', 'level', 'grown', 'built', 'friendly', 'speaking',
  'area', 'based', 'owned', 'backed', 'controlled', 'funded', 'linked', 'listed', 'registered', 'affiliated', 'sponsored', 'flagged',
  'educated', 'trained', 'leaning', 'allied', 'aligned', 'bound', 'related', 'focused', 'designed', 'produced', 'operated',
]);

/** "North American-made cars": a hyphenated word ending a run may still describe the noun after it. */
function describingSuffix(word: string): boolean {
  const suffix = /-(\p{Ll}+)$/u.exec(word)?.[1] ?? '';
  return DESCRIBING_SUFFIXES.has(suffix);
}

/** Separates the titles, courtesy words and modifiers that open a run from the name that ends it. */
function splitRun(run: readonly Token[]): Split | null {
  let start = 0;
  let gender: Gender | undefined;
  run.forEach((token, index) => {
    const bare = token.lower.replace(/\.$/, '');
    // "Springfield's", "Springfield-based", "Springfield Herald Jane Roe": what comes before the name.
    // Last in the run, a hyphenated word is the name's own ("Han Ji-woo"): nothing follows for it to describe.
    const notLast = index < run.length - 1;
    const modifier = (notLast && /['’]s$/.test(token.text)) || ((notLast || describingSuffix(token.text)) && /-\p{Ll}+$/u.test(token.text)) || (notLast && (PLACES.has(bare) || ORGANISATION_WORDS.has(bare)));
    // "Jane Q. Roe": the dot of a middle initial after a name word keeps the name going.
    const middleInitial = token.text === '.' && index - 2 >= start && /^\p{Lu}$/u.test(run[index - 1]?.text ?? '') && run[index - 2]?.kind === 'word' && isGivenName(run[index - 2]?.text ?? '');
    if ((token.text === '.' && !middleInitial) || NAME_STOPS.has(bare) || PREPOSITIONS.has(bare) || DETERMINERS.has(bare) || isTitleWord(bare) || modifier) start = index + 1;
    if (MALE_COURTESY.has(bare)) gender = 'm';
    if (FEMALE_COURTESY.has(bare)) gender = 'f';
  });
  // "New Kelvale", "North Vale": a compass word before one last word is part of a place's name.
  if (start > 0 && start === run.length - 1 && PLACE_PREFIXES.has(run[start - 1]?.lower ?? '')) start--;
  // "Springfield Herald Jane Roe": a known given name inside a long run starts the name.
  // "FILE PHOTO Jane Roe": capitals are a caption.
  const given = run.findIndex((t, index) => index >= start && index < run.length - 1 && isGivenName(t.text));
  if (given > start && run.length - start > 2) start = given;
  const name = run.slice(start).filter((t) => t.kind === 'word');
  const written = name[name.length - 1];
  if (!written) return null;
  // "Mayor Roe's plan": the name without its possessive ending.
  const possessive = /['’]s$/.test(written.text);
  const last = possessive ? { ...written, text: written.text.slice(0, -2), lower: written.lower.slice(0, -2), end: written.end - 2 } : written;
  name[name.length - 1] = last;
  if (!last.text || (name.length === 1 && PLACES.has(last.lower))) return null;
  if (name.length > 1 && name.some((t) => /^\p{Lu}{3,}$/u.test(t.text) && t !== last)) return null;
  const body = ORGANISATION_WORDS.has(last.lower) || (name.length === 1 && /^\p{Lu}{2,}$/u.test(last.text));
  if (name.length > (body ? 6 : 4)) return null;
  const titles = run.slice(0, start).filter((t) => t.kind === 'word' && isTitleWord(t.lower.replace(/\.$/, '')));
  return { titles, name, body, possessive, ...(gender ? { gender } : {}) };
}

/** "physics professor Jane Roe": lower-case role words just before a name. */
function premodifier(text: string, tokens: readonly Token[], first: number): string | null {
  let index = first - 1;
  while (index >= 0 && first - index <= PREMODIFIER_REACH) {
    const token = tokens[index];
    // "her Kelvale Heights counterpart": a capitalised title word (a nationality, a place) may stand in it too.
    const capitalisedTitle = isCapitalised(token) && isTitleWord(token?.lower ?? '');
    if (!token || token.kind !== 'word' || (isCapitalised(token) && !capitalisedTitle) || SUBJECT_STOPS.has(token.lower) || DETERMINERS.has(token.lower) || PREPOSITIONS.has(token.lower)) break;
    index--;
  }
  const from = tokens[index + 1];
  const to = tokens[first - 1];
  return from && to && index + 1 < first ? text.slice(from.start, to.end).toLowerCase() : null;
}

/** Verbs a speaker's name may follow as its subject ("..., added Jane Roe"). */
const INVERTING: ReadonlySet<string> = new Set(['said', 'added', 'asked', 'noted', 'explained', 'replied', 'recalled', 'insisted']);

/**
 * "past Springfield goalie Tom Varga": a preposition before the role words
 * and the place or body that premodify a name makes the name its object.
 */
function afterPreposition(tokens: readonly Token[], first: number): boolean {
  let index = first - 1;
  const lower = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && /^\p{Ll}/u.test(t.text) &&
    !SUBJECT_STOPS.has(t.lower) && !DETERMINERS.has(t.lower) && !PREPOSITIONS.has(t.lower);
  while (index >= 0 && first - index <= PREMODIFIER_REACH && lower(tokens[index])) index--;
  while (index >= 0 && first - index <= PREMODIFIER_REACH + 3 && isCapitalised(tokens[index])) index--;
  return index < first - 1 && PREPOSITIONS.has(tokens[index]?.lower ?? '');
}

/** "Jane Roe, the club's manager, said": the phrase between commas after a name. */
function appositive(text: string, tokens: readonly Token[], last: number): string | null {
  if (tokens[last + 1]?.text !== ',' || !/^(?:the|a|an)$/.test(tokens[last + 2]?.lower ?? '')) return null;
  for (let index = last + 3; index < tokens.length && index - last <= APPOSITIVE_REACH; index++) {
    const token = tokens[index];
    if (!token || token.kind === 'quote') return null;
    if (token.text === ',' || token.text === '.' || token.text === ';') {
      const from = tokens[last + 3];
      const to = tokens[index - 1];
      return from && to ? text.slice(from.start, to.end).toLowerCase() : null;
    }
  }
  return null;
}

/** How many words a role set before a name between commas may have ("The club's new manager, Jane Roe, ..."). */
const ROLE_BEFORE_REACH = 5;

/** "The judge, Jane Roe, read the verdict": a role opening the sentence, set before the name by a comma. */
function roleBefore(text: string, tokens: readonly Token[], first: number): string | null {
  if (tokens[first - 1]?.text !== ',') return null;
  for (let index = first - 2; index >= 0 && first - 2 - index < ROLE_BEFORE_REACH; index--) {
    const token = tokens[index];
    if (!token || token.kind !== 'word') return null;
    if (token.lower === 'the') {
      const opens = index === 0 || tokens[index - 1]?.text === ',';
      const from = tokens[index + 1];
      const to = tokens[first - 2];
      return opens && from && to && index + 1 <= first - 2 ? text.slice(from.start, to.end).toLowerCase() : null;
    }
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(token.text)) return null;
  }
  return null;
}

/** Whether an offset lies inside any of some spans: the spans merged once, then a binary search per look-up. */
type Covers = (at: number) => boolean;

export function coverage(spans: readonly Span[]): Covers {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return (at) => {
    let low = 0;
    let high = merged.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const span = merged[middle];
      if (!span) return false;
      if (at < span.start) high = middle - 1;
      else if (at >= span.end) low = middle + 1;
      else return true;
    }
    return false;
  };
}

/**
 * Every name in the article, in reading order.
 *
 * @param quoted spans whose names the text does not say in its own voice (quotations, statements)
 * @example
 * indexNames(article, []).map((o) => o.name); // ['Jane Roe', 'Roe', ...]
 */
export function indexNames(article: Article, quoted: readonly Span[]): NameOccurrence[] {
  const text = article.original;
  const inside = coverage(quoted);
  const found: NameOccurrence[] = [];
  for (const { index: sentenceIndex, tokens } of viewSentences(article)) {
    // Where the sentence's first word starts: asked of every name in it.
    const firstWordStart = tokens.find((t) => t.kind === 'word')?.start;
    for (const run of runsOf(text, tokens)) {
      const split = splitRun(run);
      const first = split?.name[0];
      const last = split?.name[split.name.length - 1];
      if (!split || !first || !last) continue;
      const firstIndex = tokens.indexOf(run[0] ?? first);
      const lastIndex = tokens.findIndex((t) => t.start === last.start);
      const isQuoted = inside(first.start);
      // The word before the name, or a capitalised one that opened the run ("For Roe, ...").
      const before = tokens[tokens.indexOf(first) - 1];
      // "For Roe, the vote was personal.": a fronted topic is what the sentence is about.
      const topic = before?.lower === 'for' && before === tokens[0] && tokens[lastIndex + 1]?.text === ',';
      // "a spokesman for US Immigration": the preposition may stand before the title words as well.
      const opener = tokens[firstIndex - 1];
      const oblique = split.possessive || (before !== undefined && PREPOSITIONS.has(before.lower) && !topic) ||
        (opener !== undefined && opener !== before && PREPOSITIONS.has(opener.lower));
      const written = split.titles.length > 0 ? text.slice(split.titles[0]?.start ?? 0, split.titles[split.titles.length - 1]?.end ?? 0).toLowerCase() : null;
      const titles = [written, premodifier(text, tokens, firstIndex), appositive(text, tokens, lastIndex), roleBefore(text, tokens, firstIndex)].filter((t): t is string => t !== null);
      found.push({
        name: text.slice(first.start, last.end).replace(/\s+/g, ' '),
        start: first.start,
        end: last.end,
        sentence: sentenceIndex,
        titles,
        titled: written !== null || split.gender !== undefined,
        oblique,
        object: (before !== undefined && /^\p{Ll}{2,}ed$/u.test(before.text) && !INVERTING.has(before.lower)) || afterPreposition(tokens, firstIndex),
        determined: before?.lower === 'the',
        located: !split.possessive && before !== undefined && LOCATIVES.has(before.lower),
        initial: first.start === firstWordStart,
        body: split.body,
        quoted: isQuoted,
        ...(split.gender ? { gender: split.gender } : {}),
      });
    }
  }
  return found;
}

/** What a sentence says of gender in its own voice: the pronoun it opens with, and how many of each it uses. */
export interface SentenceGender {
  opensWith: Gender | null;
  he: number;
  she: number;
}

const HE = new Set(['he', 'him', 'his', 'himself']);
const SHE = new Set(['she', 'her', 'hers', 'herself']);
const OPENERS = new Set(['but', 'and', 'so', 'then', 'still', 'now', 'yet']);
/** The shapes of the gendered pronouns: every word of every sentence is asked about them. */
const MIGHT_BE_GENDERED = wordShapes([...HE, ...SHE]);

/** For each sentence, its gendered pronouns outside `quoted` spans. */
export function sentenceGenders(article: Article, quoted: readonly Span[]): SentenceGender[] {
  const inside = coverage(quoted);
  return viewSentences(article).map(({ sentence, tokens }) => {
    // One pass over the words outside the spans: every sentence of every article is read.
    let opener: Token | undefined;
    let he = 0;
    let she = 0;
    for (const t of tokens) {
      if (t.kind !== 'word' || inside(t.start)) continue;
      if (opener === undefined && !OPENERS.has(t.lower)) opener = t;
      // A subject pronoun says more about who the sentence is about than "his" or "her", which often point elsewhere.
      if (!MIGHT_BE_GENDERED(t.lower)) continue;
      he += t.lower === 'he' ? 1 : HE.has(t.lower) ? 0.5 : 0;
      she += t.lower === 'she' ? 1 : SHE.has(t.lower) ? 0.5 : 0;
    }
    const opensWith = opener && opener.start - sentence.start < 8 ? (opener.lower === 'he' ? 'm' : opener.lower === 'she' ? 'f' : null) : null;
    return { opensWith, he, she };
  });
}
