/**
 * Statements reported by a noun with its owner: "Roe's claim that the dam
 * is safe", "his promise to cut taxes", "her remarks about the budget". The
 * owner (a possessive name or pronoun) is the speaker; what follows "that",
 * "to" or "about" is what was said, up to the end of its clause.
 */
import type { Token } from '../language/tokens.js';
import { isCapitalised } from '../language/tokens.js';
import { wordShapes } from '../language/word-shapes.js';
import { NAME_STOPS } from './lexicon.js';
import { describeMention } from './mentions.js';
import type { Mention } from './types.js';

/** Nouns that report speech, with the verb whose statement they name. */
const REPORTING_NOUNS: ReadonlyMap<string, string> = new Map([
  ['claim', 'claim'], ['claims', 'claim'], ['promise', 'promise'], ['promises', 'promise'], ['pledge', 'pledge'],
  ['pledges', 'pledge'], ['vow', 'vow'], ['vows', 'vow'], ['demand', 'demand'], ['demands', 'demand'],
  ['proposal', 'propose'], ['proposals', 'propose'], ['comment', 'comment'], ['comments', 'comment'], ['remark', 'remark'],
  ['remarks', 'remark'], ['warning', 'warn'], ['warnings', 'warn'], ['assertion', 'assert'], ['suggestion', 'suggest'],
  ['accusation', 'accuse'], ['accusations', 'accuse'], ['criticism', 'criticize'], ['argument', 'argue'],
  ['admission', 'admit'], ['denial', 'deny'], ['prediction', 'predict'], ['insistence', 'insist'], ['announcement', 'announce'],
  ['acknowledgment', 'acknowledge'], ['acknowledgement', 'acknowledge'], ['emphasis', 'emphasize'],
]);

/** The shapes of the reporting nouns: the look-up below asks about every token. */
const MIGHT_BE_REPORTING_NOUN = wordShapes(REPORTING_NOUNS.keys());

/** Words after the noun that open what was said: "claim that ...", "promise to ..." ("remarks about" names a topic, not words). */
const OPENERS: ReadonlySet<string> = new Set(['that', 'to']);
/** Prepositions whose object a reporting noun may be ("despite his claim that ..."). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'about', 'on', 'with', 'despite', 'over', 'against', 'to', 'by', 'after', 'for', 'in']);
/** Possessive pronouns, with the pronoun coreference reads for each. */
const POSSESSIVES: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);

export interface NominalCue {
  /** Index of the noun. */
  index: number;
  lemma: string;
  /** The owner as a speaker mention. */
  owner: Mention;
  /** Index of the first token of what was said. */
  from: number;
}

/** The owner of a reporting noun: a possessive pronoun or a capitalised possessive name just before it (one describing word may stand between). */
function ownerOf(text: string, tokens: readonly Token[], noun: number): Mention | null {
  for (const at of [noun - 1, noun - 2]) {
    const token = tokens[at];
    if (!token || token.kind !== 'word') return null;
    const pronoun = POSSESSIVES.get(token.lower);
    if (pronoun) return { ...describeMention(pronoun, [{ ...token, text: pronoun, lower: pronoun }], token.start, token.end), text: token.text };
    // "Tuesday's announcement": a day owns nothing it could have said.
    if (isCapitalised(token) && /['’]s$/.test(token.text) && !NAME_STOPS.has(token.lower.slice(0, -2))) {
      const end = token.end - 2;
      let first = at;
      while (first > 0 && isCapitalised(tokens[first - 1]) && at - first < 3) first--;
      const start = tokens[first]?.start ?? token.start;
      const words = [...tokens.slice(first, at), { ...token, text: token.text.slice(0, -2), lower: token.lower.slice(0, -2), end }];
      const mention = describeMention(text.slice(start, end), words, start, end);
      return mention.kind === 'name' || mention.kind === 'organisation' ? mention : null;
    }
    // One describing word between owner and noun: "his infamous remark".
    if (at === noun - 1 && !/^\p{Ll}+$/u.test(token.text)) return null;
  }
  return null;
}

/** The reporting nouns of a sentence whose owner is named and whose content follows. */
export function findNominalCues(text: string, tokens: readonly Token[], quoted: (token: Token) => boolean): NominalCue[] {
  const found: NominalCue[] = [];
  tokens.forEach((token, index) => {
    const lemma = MIGHT_BE_REPORTING_NOUN(token.lower) ? REPORTING_NOUNS.get(token.lower) : undefined;
    if (!lemma || quoted(token) || !OPENERS.has(tokens[index + 1]?.lower ?? '')) return;
    const owner = ownerOf(text, tokens, index);
    // Only as the object of a verb or preposition ("rejected her claim that ...", "despite his claim that ..."):
    // as a subject, "By Friday her claim that the dam was safe had been disproved", the clause would run into
    // the sentence's own verb.
    const before = tokens[tokens.findLastIndex((t) => t.end <= (owner?.start ?? 0))];
    if (!before || !(/^\p{Ll}+(?:ed|s)$/u.test(before.text) || OBJECT_PREPOSITIONS.has(before.lower))) return;
    // "to" opens what was said only after a promise or a call ("his promise to ..."), not "his remarks to reporters".
    const opener = tokens[index + 1]?.lower;
    if (!owner || (opener === 'to' && !/^(?:promise|pledge|vow|demand|propose)$/.test(lemma))) return;
    found.push({ index, lemma, owner, from: opener === 'that' ? index + 2 : index + 1 });
  });
  return found;
}
