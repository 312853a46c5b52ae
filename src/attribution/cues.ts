/**
 * The cue stage: the words that report a statement, a speech verb outside
 * quotation marks ("said", "told"), "according to", "called for" or
 * "expressed concern". Every statement starts from a cue; the later stages
 * look for its speaker and its content around it.
 */
import { SPEECH_VERBS } from '../language/reporting-verbs.js';
import { opensUpperCase, opensWithLetter, type Token } from '../language/tokens.js';
import { wordShapes } from '../language/word-shapes.js';
import { FINITE_AUXILIARIES, isTitleWord } from './lexicon.js';
import type { Cue } from './types.js';

export interface CueToken {
  /** Index of the cue's first token. */
  index: number;
  /** Index of its last token ("according to" has two). */
  last: number;
  lemma: string;
}

/** Forms that are more often nouns ("the claims", "his remarks"): cues only after a subject. */
export const NOUN_LIKE_FORMS: ReadonlySet<string> = new Set([
  'claims', 'claim', 'notes', 'note', 'reports', 'report', 'calls', 'call', 'remarks', 'remark', 'comments',
  'comment', 'promises', 'promise', 'warning', 'tweets', 'tweet', 'states', 'state', 'answers',
  'stresses', 'pledge', 'pledges', 'vows', 'vow', 'repeat', 'writing', 'reporting',
  'thought', 'saying',
]);

/** Verbs that report a feeling named after them ("expressed concern"). */
const EXPRESSING: ReadonlySet<string> = new Set(['express', 'expresses', 'expressed', 'expressing', 'voice', 'voices', 'voiced', 'voicing']);
const EXPRESSED = /^(?:worry|worries|concern|concerns|fear|fears|hope|hopes|doubt|doubts|confidence|optimism|frustration|regret|support|opposition|disappointment|alarm)$/;

/** Every word a cue may start with: most words have none of their shapes, and are passed over unhashed. */
const MIGHT_BE_CUE = wordShapes([...SPEECH_VERBS.keys(), ...EXPRESSING, 'according']);

export function findCues(tokens: readonly Token[], quoted: (token: Token) => boolean): CueToken[] {
  const cues: CueToken[] = [];
  const headline = titleCase(tokens);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === undefined || token.kind !== 'word' || !MIGHT_BE_CUE(token.lower)) continue;
    const according = token.lower === 'according' && tokens[index + 1]?.lower === 'to';
    const lemma = SPEECH_VERBS.get(token.lower);
    const expressing = EXPRESSING.has(token.lower);
    // Most words are no cue at all: leave them before anything else, the look-up in the quotations included.
    if ((!according && !lemma && !expressing) || quoted(token)) continue;
    if (according) {
      cues.push({ index, last: index + 1, lemma: 'according to' });
      continue;
    }
    const next = tokens[index + 1]?.lower;
    // "called for X", "called on X to ...": a demand is a statement too.
    if (lemma === 'call' && (next === 'for' || next === 'on')) {
      cues.push({ index, last: index + 1, lemma: `call ${next}` });
      continue;
    }
    // "expressed concern that ...", "voiced deep hope that ...": one describing word may stand before the feeling.
    if (expressing && next) {
      const feeling = EXPRESSED.test(next) ? index + 1 : /^\p{Ll}+$/u.test(next) && EXPRESSED.test(tokens[index + 2]?.lower ?? '') ? index + 2 : -1;
      if (feeling > 0) {
        cues.push({ index, last: feeling, lemma: 'express' });
        continue;
      }
    }
    // "Mayor Says Bridge Will Reopen": a headline capitalises its verb too.
    // "Said Roe: ..." opens a sentence with the verb, its speaker after it.
    const opensInverted = index === 0 && SAYING.has(lemma ?? '') && opensUpperCase(tokens[1]?.text ?? '');
    const written = /^\p{Ll}/u.test(token.text) || (headline && index > 0 && SAYING.has(lemma ?? '')) || opensInverted;
    if (!lemma || !written || BELIEFS.has(lemma) || negated(tokens, index) || nounUse(tokens, index) || adjectival(tokens, index) || addsQuantity(tokens, index, lemma) ||
      subjectNoun(tokens, index) || saysMuchAbout(tokens, index, lemma) || objectOfOf(tokens, index)) continue;
    cues.push({ index, last: index, lemma });
  }
  return cues;
}

/** Verbs a headline uses for a statement ("Roe Says ...", "Roe Warns ..."). */
const SAYING: ReadonlySet<string> = new Set(['say', 'tell', 'warn', 'urge', 'claim', 'deny', 'vow', 'insist']);
/** Share of capitalised words above which a line is set in title case, as headlines are. */
const TITLE_CASE_SHARE = 0.7;

/** Whether a line is set in title case: most of its words capitalised ("Mayor Says Bridge Will Reopen"). */
function titleCase(tokens: readonly Token[]): boolean {
  // Counted in one pass: every sentence is asked.
  let words = 0;
  let capitalised = 0;
  for (const token of tokens) {
    if (token.kind !== 'word' || token.text.length <= 3 || !opensWithLetter(token.text)) continue;
    words++;
    if (opensUpperCase(token.text)) capitalised++;
  }
  return words >= 3 && capitalised / words >= TITLE_CASE_SHARE;
}

/** Thinking is not saying: "she believes", "he thinks" are left out of who said what. */
const BELIEFS: ReadonlySet<string> = new Set(['believe', 'think']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);
/** Verbs before "to" that mean the cue did not happen ("declined to comment", "refused to say"). */
const WITHHELD = /^(?:declin|refus|fail)(?:e|es|ed|ing)?$/;

/** "did not say", "would not comment", "declined to say": nothing was said. */
function negated(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]?.lower ?? '';
  const earlier = tokens[index - 2]?.lower ?? '';
  if (NEGATIONS.has(before) || before.endsWith("n't") || before.endsWith('n’t')) return true;
  if (/^(?:immediately|publicly)$/.test(before) && (NEGATIONS.has(earlier) || /n['’]t$/.test(earlier))) return true;
  return before === 'to' && WITHHELD.test(earlier);
}

/** Words that describe states as polities ("the swing states", "two border states", "these states"). */
const POLITIES = /^(?:battleground|swing|border|neighbou?ring|frontline|coastal|island|landlocked|southern|northern|eastern|western|midwestern|red|blue|rogue|sovereign|these|those|both|several|few|two|three|four|five|six|seven|eight|nine|ten|fifty)$/;

/** "secretary of state", "member states", "the state": a noun, not the verb. */
function nounUse(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.lower ?? '';
  if (word !== 'state' && word !== 'states') return false;
  const before = tokens[index - 1];
  if (!before || before.kind !== 'word' || /^(?:of|the|a|member|many|most|all|other|some|\d+)$/i.test(before.lower) || POLITIES.test(before.text)) return true;
  // "New York state officials" but "Roe states that ...".
  const after = tokens[index + 1];
  return /^\p{Lu}/u.test(before.text) && after?.lower !== 'that' && after?.text !== ':';
}

/** Determiners before which a participle describes a noun: "the proposed park", "its stated aim", "an alleged plot". */
const DESCRIBING = /^(?:the|a|an|its|his|their|our|this|these|those|any|every)$/;

/** "the proposed park", "the reported deal": a participle after a determiner describes a noun; nothing is reported. */
function adjectival(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.lower ?? '';
  return /(?:ed|ing)$/.test(word) && DESCRIBING.test(tokens[index - 1]?.lower ?? '');
}

/** Units a number "added" is counted in: "added 0.4 per cent", "added two goals". */
const ADDED_UNITS = /^(?:per|percent|%|points?|goals?|runs?|cents?|stores?|jobs)$/;
const NUMBERS = /^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/**
 * "The index added 0.4 per cent", "added another goal", "to add value": a sum
 * or an addition, not more words. "Roe added 300 jobs would go" goes on to a
 * verb and is a statement.
 */
function addsQuantity(tokens: readonly Token[], index: number, lemma: string): boolean {
  if (lemma !== 'add') return false;
  const next = tokens[index + 1]?.lower ?? '';
  // "to add value", "could add lustre": the plain form adds a thing unless "that", a colon or a quotation follows.
  if (tokens[index]?.lower === 'add' && next !== 'that' && next !== ':' && next !== ',' && tokens[index + 1]?.kind !== 'quote') return true;
  if (next === 'another' || (next === 'yet' && tokens[index + 2]?.lower === 'another')) return true;
  // "adding an estimated 3 cents", "added about 300 jobs": up to two words of estimate before the number.
  let at = index + 1;
  while (at - index <= 2 && ESTIMATE.test(tokens[at]?.lower ?? '')) at++;
  return NUMBERS.test(tokens[at]?.lower ?? '') && ADDED_UNITS.test(tokens[at + 1]?.lower ?? '') && !FINITE_AUXILIARIES.has(tokens[at + 2]?.lower ?? '');
}

/** Words that hedge or frame an amount ("an estimated", "a further", "about", "nearly"). */
const ESTIMATE = /^(?:a|an|about|around|roughly|nearly|almost|some|over|projected|estimated|further|additional|extra)$/;

/** "The claims were false", "his remarks have drawn fire": a noun-like form right before a verb is the subject. */
function subjectNoun(tokens: readonly Token[], index: number): boolean {
  return NOUN_LIKE_FORMS.has(tokens[index]?.lower ?? '') && FINITE_AUXILIARIES.has(tokens[index + 1]?.lower ?? '');
}

/**
 * "a series of tweets criticizing the mayor", "a flurry of early-morning
 * claims", "a third of Freedonian claims": a noun-like form after "of" (and
 * at most one describing word, hyphenated or of party or nation) is the
 * object of the preposition, a noun; nobody speaks.
 */
function objectOfOf(tokens: readonly Token[], index: number): boolean {
  // "accused her of saying ...": a gerund after "of" is still a verb.
  const word = tokens[index]?.lower ?? '';
  if (!NOUN_LIKE_FORMS.has(word) || word.endsWith('ing')) return false;
  const before = tokens[index - 1];
  if (before?.lower === 'of') return true;
  const describing = /^\p{Ll}+-\p{Ll}+$/u.test(before?.text ?? '') || originAdjective(before);
  return describing && tokens[index - 2]?.lower === 'of';
}

/** "British", "Iraqi", "Canadian": a title word that describes by nation or party, never a surname like "Varga". */
function originAdjective(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}\p{Ll}+(?:an|ic|ish|ese|i)$/u.test(token.text) && isTitleWord(token.lower);
}

/** "The ad says much about the brand": "say" with a measure of how much it reveals, not a statement. */
const REVEALING = /^(?:much|little|something|nothing|more|less|volumes|everything|lots)$/;

function saysMuchAbout(tokens: readonly Token[], index: number, lemma: string): boolean {
  if (lemma !== 'say') return false;
  const next = tokens[index + 1]?.lower ?? '';
  if (REVEALING.test(next)) return tokens[index + 2]?.lower === 'about';
  return next === 'a' && tokens[index + 2]?.lower === 'lot' && tokens[index + 3]?.lower === 'about';
}

/** The cue as a span of the text, with its lemma. */
export function cueOf(text: string, tokens: readonly Token[], cue: CueToken): Cue {
  const start = tokens[cue.index]?.start ?? 0;
  const end = tokens[cue.last]?.end ?? start;
  return { start, end, text: text.slice(start, end), lemma: cue.lemma };
}
