/**
 * Where the speaker of a cue stands: before the verb ("Jane Roe said"),
 * after it at the end of the clause ("..., said Jane Roe."), after
 * "according to", or as the sentence's subject away from the verb
 * ("Jane Roe ..., saying"). The mention itself is read by mentions.ts; this
 * stage decides where to read it, and which of two candidates wins.
 */
import type { Token } from '../language/tokens.js';
import { NOUN_LIKE_FORMS, type CueToken } from './cues.js';
import { ANONYMOUS_HEADS, DOCUMENT_HEADS, FINITE_AUXILIARIES, GENERIC_BODIES, GERUND_PREPOSITIONS, isAdverb, ORGANISATION_WORDS, ROLE_NOUNS, SKIPPABLE_BEFORE_VERB, SUBJECT_PRONOUNS, SUBORDINATORS } from './lexicon.js';
import { describeMention, handsOnSubject, mentionAfter, mentionBefore } from './mentions.js';
import type { Mention } from './types.js';

export interface Located {
  mention: Mention;
  /** Whether the mention stands before the verb ("Jane Roe said") rather than after it ("said Jane Roe"). */
  preposed: boolean;
  /** The mention is the sentence's subject, away from the verb ("X ..., saying", "X ... and said"). */
  detached?: boolean;
  /** What a relative "who" stands for. */
  antecedent?: Mention;
  /** The mention is the agent of a passive cue ("was first reported by the Gazette"). */
  passive?: boolean;
}

/** Where the speaker is: before the verb, after it ("said Jane Roe"), after "according to", or the subject of "..., saying". */
export function locateSpeaker(text: string, tokens: readonly Token[], cueToken: CueToken): Located | null {
  const verb = tokens[cueToken.index];
  const before = tokens[cueToken.index - 1];
  if (!verb) return null;
  if (cueToken.lemma === 'according to') {
    const mention = mentionAfter(text, tokens, cueToken.last, true);
    return mention ? { mention, preposed: false } : null;
  }
  // "..., saying that ..." and "X urged voters ... and said ..." / "... but has said ...": the sentence's subject speaks.
  if ((/ing$/.test(verb.lower) && before?.text === ',') || /^(?:and|but)$/.test(tokens[auxiliariesBefore(tokens, cueToken.index)]?.lower ?? '')) {
    const mention = sentenceSubject(text, tokens, cueToken.index);
    return mention ? { mention, preposed: true, detached: true } : null;
  }
  if (/ing$/.test(verb.lower) && GERUND_PREPOSITIONS.has(before?.lower ?? '')) return gerundSpeaker(text, tokens, cueToken.index);
  // "urged voters at a rally to ask why ...": an infinitive is what someone else wanted said, unless a verb
  // hands its subject on ("continued to insist", "went on to explain").
  if (before?.lower === 'to' && !handsOnSubject(tokens, cueToken.index - 2)) return null;
  if (isPassive(tokens, cueToken.index)) return passiveAgent(text, tokens, cueToken.last);
  const located = speakerNextToVerb(text, tokens, cueToken, verb);
  // "Roe gave an interview noting ...", "the council issued a statement urging ...": a participle after the
  // object of the subject's verb is the subject's.
  if (/ing$/.test(verb.lower) && located?.preposed && located.mention.kind === 'role' && objectOfVerb(tokens, located.mention)) {
    const subject = sentenceSubject(text, tokens, cueToken.index);
    if (subject && subject.start < located.mention.start) return { mention: subject, preposed: true, detached: true };
  }
  // "Jane Roe, a mechanic based in Springfield, Ill., and an organiser at the union, said": past every comma of the appositive;
  // "Jane Roe -- an aide to the mayor -- said the candidate tended to ...": past its dashes, over a clause's subject after the verb.
  const dashed = isDash(tokens, cueToken.index - 1);
  const weak = !located || (located.mention.kind !== 'name' && located.mention.kind !== 'pronoun' && (located.preposed || dashed));
  if ((before?.text === ',' || dashed) && weak) {
    const subject = sentenceSubject(text, tokens, cueToken.index);
    const next = subject ? tokens.findIndex((t) => t.start >= subject.end) : -1;
    if (subject?.kind === 'name' && (tokens[next]?.text === ',' || isDash(tokens, next))) return { mention: subject, preposed: true };
  }
  return located;
}

/** The speaker of a gerund after a preposition: the subject of the sentence, or of the main clause after an opening phrase. */
function gerundSpeaker(text: string, tokens: readonly Token[], verb: number): Located | null {
  const opens = verb === 1;
  const comma = opens ? tokens.findIndex((t, index) => index > verb && t.text === ',') : -1;
  const mention = opens ? (comma > 0 ? mentionAfter(text, tokens, comma) : null) : sentenceSubject(text, tokens, verb);
  return mention ? { mention, preposed: true, detached: true } : null;
}

/** Forms of "be" before a participle that make it passive ("was told", "have been mentioned"). */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * "The plan has barely been mentioned", "Roe was told that ...": a
 * participle after a form of "be" is passive; its subject is what was said or
 * who was told, never the speaker.
 */
function isPassive(tokens: readonly Token[], verb: number): boolean {
  const form = tokens[verb]?.lower ?? '';
  if (!/(?:ed|said|told|written|made|given|shown)$/.test(form) || /ing$/.test(form)) return false;
  let index = verb - 1;
  // "has barely been mentioned", "was first reported": adverbs between.
  while (index > 0 && (isAdverb(tokens[index]?.text ?? '') || SKIPPABLE_BEFORE_VERB.has(tokens[index]?.lower ?? '')) && !BE_FORMS.has(tokens[index]?.lower ?? '')) index--;
  return BE_FORMS.has(tokens[index]?.lower ?? '');
}

/**
 * The agent of a passive cue: "were told by officials that the road would
 * close", "the delay was first reported by the Gazette". Not "whose
 * retirement was announced by the minister" or "expected to be questioned by
 * police", unless what was said follows: a subject inside a relative clause
 * or an infinitive is no statement.
 */
function passiveAgent(text: string, tokens: readonly Token[], last: number): Located | null {
  if (tokens[last + 1]?.lower !== 'by') return null;
  const mention = mentionAfter(text, tokens, last + 1);
  if (!mention || mention.kind === 'pronoun') return null;
  const saysAfter = /^\s*(?:,\s*)?(?:that\b|:|["“])/.test(text.slice(mention.end));
  // "The delay was first reported by the Gazette.": a plain subject before is what was reported.
  const lead = tokens.slice(0, last);
  const plainSubject = !lead.some((t) => /^(?:who|whose|which|where|when)$/.test(t.lower)) && !lead.some((t, i) => t.lower === 'to' && lead[i + 1]?.lower === 'be');
  return saysAfter || plainSubject ? { mention, preposed: false, passive: true } : null;
}

/** Whether a mention is the object of a verb in the past ("gave an interview", "issued a statement"). */
function objectOfVerb(tokens: readonly Token[], mention: Mention): boolean {
  const first = tokens.findIndex((t) => t.start === mention.start);
  const before = tokens[first - 1]?.lower ?? '';
  return /^\p{Ll}{3,}ed$/u.test(before) || /^(?:gave|wrote|sent|held|made|put)$/.test(before);
}

/** Index of the token before the verb at `verb` and the auxiliaries before it ("but has long said"). */
function auxiliariesBefore(tokens: readonly Token[], verb: number): number {
  let index = verb - 1;
  while (index > 0 && SKIPPABLE_BEFORE_VERB.has(tokens[index]?.lower ?? '')) index--;
  return index;
}

/** Whether the token at `index` is a dash ("—", "–", or the "--" of plain text, either of its halves). */
function isDash(tokens: readonly Token[], index: number): boolean {
  const text = tokens[index]?.text;
  if (text === '—' || text === '–') return true;
  return text === '-' && (tokens[index - 1]?.text === '-' || tokens[index + 1]?.text === '-');
}

/**
 * The subject that opens the sentence, past an opening phrase that ends in
 * a comma ("In an interview on Monday, Jane Roe praised ... and said").
 */
function sentenceSubject(text: string, tokens: readonly Token[], verb: number): Mention | null {
  if (openingModifier(tokens)) return subjectAfterOpening(text, tokens, verb);
  const opening = mentionAfter(text, tokens, -1);
  if (opening) return opening;
  const comma = tokens.findIndex((t, index) => index < verb && t.text === ',');
  // "Though Jane Roe praised the plan and called for more, ...": the verb is still in the opening clause, whose subject follows its conjunction.
  if (comma < 0 && SUBORDINATORS.has(tokens[0]?.lower ?? '')) return mentionAfter(text, tokens, 0);
  return comma > 0 && INTRODUCTIONS.has(tokens[0]?.lower ?? '') ? mentionAfter(text, tokens, pastAside(tokens, comma)) : null;
}

/** "On Monday, however, Jane Roe ...": the comma after a lone lower-case word set off by commas, else `comma` itself. */
function pastAside(tokens: readonly Token[], comma: number): number {
  const aside = tokens[comma + 1];
  return aside?.kind === 'word' && /^\p{Ll}+$/u.test(aside.text) && tokens[comma + 2]?.text === ',' ? comma + 2 : comma;
}

/** Adverbs that open a sentence by their ending ("Recently", "Finally", "Previously"), unlike names in "-ly" ("Connolly", "Beverly"). */
const OPENING_ADVERB = /^\p{Lu}\p{Ll}*(?:ent|ant|al|ous|ive|ed|ing|ate|ful|less|ar|ible|able)ly$/u;
/** Prepositions after which an opening "-ed" or "-ing" word is a participle ("Rattled by", "Frustrated with"). */
const PARTICIPLE_OBJECT = /^(?:by|with|at|about|over|from|after|for|in|on|to)$/;

/**
 * "Lately, ...", "Rattled by the polls, ...", "Realising his error, ...": a
 * capitalised adverb or participle opens the sentence, not a name.
 */
function openingModifier(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  const next = tokens[1];
  if (!first || first.kind !== 'word' || !next || INTRODUCTIONS.has(first.lower)) return false;
  if (OPENING_ADVERB.test(first.text)) return next.text === ',';
  // "Realising his error, ...": a gerund with its own object opens the sentence too.
  const ownObject = /^\p{Lu}\p{Ll}+ing$/u.test(first.text) && /^(?:his|her|their|its|the|a|an|this|that)$/.test(next.lower);
  return (/^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(first.text) && PARTICIPLE_OBJECT.test(next.text)) || ownObject;
}

/**
 * The subject after an opening modifier: the first phrase after one of the
 * commas before the verb that can be a speaker ("Rattled by the polls, and by
 * the press, Jane Roe dropped the toll, promising ...").
 */
function subjectAfterOpening(text: string, tokens: readonly Token[], verb: number): Mention | null {
  for (let index = 1; index < verb; index++) {
    if (tokens[index]?.text !== ',') continue;
    const mention = mentionAfter(text, tokens, index);
    if (mention) return mention;
  }
  return null;
}

/** Words that open a phrase setting the scene before the subject ("In an interview, ...", "After the vote, ..."). */
const INTRODUCTIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'while', 'when', 'speaking', 'asked', 'writing', 'meanwhile', 'earlier',
  'later', 'since', 'with', 'for', 'by', 'from', 'under', 'as', 'despite', 'following', 'last', 'this',
]);

/** The speaker next to the verb: the subject before it, or the phrase after it ("said Jane Roe"). */
function speakerNextToVerb(text: string, tokens: readonly Token[], cueToken: CueToken, verb: Token): Located | null {
  // "quoted Jane Roe as saying"
  const at = /ing$/.test(verb.lower) && tokens[cueToken.index - 1]?.lower === 'as' ? cueToken.index - 1 : cueToken.index;
  const floor = lastQuoteIndex(tokens, at) + 1;
  const preposed = mentionBefore(text, tokens, at, floor);
  if (preposed && /^(?:who|which)$/i.test(preposed.text)) return relativeSpeaker(text, tokens, preposed);
  const inverted = invertedSpeaker(text, tokens, cueToken);
  // "... said a senior official": the phrase after the verb wins over a weak one before it
  // ("its imminent"), but not over a real subject ("The police spokesman said the newspaper handed ...").
  // The head noun of a role stands before what it governs: "the foreign minister of Freedonia".
  const head = preposed ? lastWord(preposed.text.split(/\s+(?:of|for|at|from|with)\s+/i)[0] ?? preposed.text) : '';
  const strongSubject = preposed !== null && (preposed.kind === 'name' || preposed.kind === 'pronoun' || preposed.kind === 'organisation' || ROLE_NOUNS.has(head));
  if (inverted && !strongSubject) {
    return { mention: inverted, preposed: false };
  }
  if (preposed) {
    if (saysEverything(tokens, preposed) || quality(preposed)) return null;
    const nounLike = NOUN_LIKE_FORMS.has(verb.lower);
    if (nounLike && preposed.kind === 'role' && !/^(?:the|a|an|his|her|their)\b/i.test(preposed.text)) return null;
    return { mention: preposed, preposed: true };
  }
  // "told Reuters", "called on police": who was addressed is the audience, never the speaker.
  if ((NOUN_LIKE_FORMS.has(verb.lower) && !afterQuotation(tokens, cueToken.index)) || ADDRESSING.has(cueToken.lemma)) return null;
  // "a majority to confirm Acme's nominees", "a vote for admitting Freedonia": after "to" or a preposition the phrase is the verb's object.
  if (GOVERNING.has(tokens[cueToken.index - 1]?.lower ?? '')) return null;
  const postposed = mentionAfter(text, tokens, cueToken.last);
  if (!postposed) return null;
  // "said he" names the speaker only at the clause's end ("..., said he."), not in "said he would";
  // nor is "said Roe was right" Roe speaking: a finite verb after the phrase makes it the clause's subject.
  const following = tokens.find((t) => t.start >= postposed.end);
  if (postposed.kind === 'pronoun' && following && following.kind === 'word') return null;
  if (following && FINITE_AUXILIARIES.has(following.lower)) return null;
  return { mention: postposed, preposed: false };
}



/** "to" and the prepositions that take a gerund ("for admitting", "by praising"): the verb after them has no subject of its own. */
const GOVERNING: ReadonlySet<string> = new Set(['to', 'for', 'by', 'of', 'after', 'before', 'without', 'about', 'from', 'with', 'upon', 'since', 'in', 'on']);

/** Endings of nouns for a quality or an act ("steadiness", "diagnosis", "reluctance"), which never speak. */
const QUALITY_ENDING = /(?:ance|sis|ness)$/;

/**
 * "Roe's steadiness confirms she is ready", "the diagnosis confirmed a fracture":
 * the subject is a quality or an act, not a speaker; the verb states a finding.
 */
function quality(mention: Mention): boolean {
  if (mention.kind === 'name' || mention.kind === 'pronoun') return false;
  // The head as written: "His Highness" is a title, "a witness" and "the business" speak.
  const head = /(\p{L}+)\W*$/u.exec(mention.text.split(/\s+(?:of|for|at|from|with|on|in)\s+/i)[0] ?? mention.text)?.[1] ?? '';
  return /^\p{Ll}/u.test(head) && QUALITY_ENDING.test(head) && ![ROLE_NOUNS, DOCUMENT_HEADS, ORGANISATION_WORDS, GENERIC_BODIES, ANONYMOUS_HEADS].some((words) => words.has(head));
}

/** Words that open a relative clause whose object is all the speaker says ("everything Jane Roe says"). */
const SAID_OF_ALL = /^(?:everything|anything|nothing|whatever)$/;

/**
 * "Everything Jane Roe says is a lie": what was said is the quantifier,
 * and the words after the verb are the writer's verdict on it.
 */
function saysEverything(tokens: readonly Token[], mention: Mention): boolean {
  const first = tokens.findIndex((t) => t.start === mention.start);
  return first > 0 && SAID_OF_ALL.test(tokens[first - 1]?.lower ?? '');
}

/**
 * Cues whose object is who was addressed ("told Reuters", "called on police", "urged voters") or named
 * ("the fund, called Acme Trust, ..."), never the speaker.
 */
const ADDRESSING: ReadonlySet<string> = new Set(['tell', 'call on', 'urge', 'call']);

/** "said Jane Roe, who insisted that ...", "Jane Roe — who’s called for ...": "who" stands for the phrase before it. */
function relativeSpeaker(text: string, tokens: readonly Token[], relative: Mention): Located {
  const at = tokens.findIndex((t) => t.start === relative.start);
  const antecedent = mentionBefore(text, tokens, tokens[at - 1]?.text === ',' || isDash(tokens, at - 1) ? at - 1 : at, 0);
  return { mention: relative, preposed: true, ...(antecedent ? { antecedent } : {}) };
}

/**
 * A speaker after the verb that closes the clause: "..., said Jane Roe." or
 * "... said a senior Springfield official speaking to reporters".
 */
function invertedSpeaker(text: string, tokens: readonly Token[], cueToken: CueToken): Mention | null {
  // '"...," notes Jane Roe': right after a quotation any reporting verb may come before its speaker.
  if (cueToken.lemma !== 'say' && cueToken.lemma !== 'add' && !afterQuotation(tokens, cueToken.index)) return null;
  const mention = mentionAfter(text, tokens, cueToken.last) ?? describedSpeaker(text, tokens, cueToken);
  if (!mention || mention.kind === 'pronoun') return null;
  const next = tokens.find((t) => t.start >= mention.end);
  const closes = !next || next.kind !== 'word' || /(?:ing|ed)$/.test(next.lower) || next.lower === 'who';
  return closes ? mention : null;
}

/** Whether the token at `index` follows a closing quotation ('"...," said' or '"..." said'). */
function afterQuotation(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return before?.kind === 'quote' || (before?.text === ',' && tokens[index - 2]?.kind === 'quote');
}

/** How many lower-case words a described speaker may have after its article ("the rookie left winger"). */
const DESCRIPTION_WORDS = 7;

/**
 * '"...," said the rookie defenceman.': right after a quotation, "said" and
 * an article open the speaker's description, whatever its words, up to the
 * comma, full stop or "who" that closes it.
 */
function describedSpeaker(text: string, tokens: readonly Token[], cueToken: CueToken): Mention | null {
  const first = cueToken.last + 1;
  if (!afterQuotation(tokens, cueToken.index) || !/^(?:the|a|an|my|our|his|her|their)$/.test(tokens[first]?.lower ?? '')) return null;
  let last = first;
  while (last - first < DESCRIPTION_WORDS && /^\p{Ll}[\p{Ll}\p{N}-]*$/u.test(tokens[last + 1]?.text ?? '') && tokens[last + 1]?.lower !== 'who') last++;
  const after = tokens[last + 1];
  const closed = !after || after.text === ',' || after.text === '.' || after.lower === 'who';
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? 0;
  return last > first && closed ? describeMention(text.slice(start, end), tokens.slice(first, last + 1), start, end) : null;
}

function lastWord(text: string): string {
  return (/(\p{L}+)\W*$/u.exec(text)?.[1] ?? '').toLowerCase();
}

/** Index of the last quotation mark before `index`, or -1: a subject never reaches across one. */
function lastQuoteIndex(tokens: readonly Token[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (tokens[i]?.kind === 'quote') return i;
  return -1;
}

/** Index of the first token after a "tell" verb's addressee ("told the Springfield Gazette"). */
export function skipAddressee(tokens: readonly Token[], from: number): number {
  for (let index = from; index < tokens.length && index - from < 7; index++) {
    const token = tokens[index];
    if (!token) break;
    if (token.kind !== 'word' || token.lower === 'that' || (index > from && SUBJECT_PRONOUNS.has(token.lower))) return index;
  }
  const first = tokens[from];
  return first && /^(?:the|a|an)$/.test(first.lower) ? from + 2 : from + 1;
}
