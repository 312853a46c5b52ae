/**
 * Speaker mentions: the noun phrase that names who spoke, found next to a
 * reporting verb (before it, "Jane Roe said"; after it, "said a senior
 * official"), and what kind of mention it is.
 */
import { hasJoinedParticle, NAME_PARTICLES } from '../language/name-particles.js';
import { SPEECH_VERBS as SPEECH_VERB_FORMS } from '../language/reporting-verbs.js';
import { NOUN_LIKE_FORMS } from './cues.js';
import { WEEKDAYS } from '../language/time.js';
import { isCapitalised, type Token } from '../language/tokens.js';
import { ANONYMOUS_HEADS, CATENATIVE_VERBS, DETERMINERS, FINITE_AUXILIARIES, GENERIC_BODIES, isAdverb, isTitleWord, NAME_STOPS, NOUN_PHRASE_WORDS, ORGANISATION_WORDS, PLACES, RELATIVE_PRONOUNS, ROLE_NOUNS, SKIPPABLE_BEFORE_VERB, SUBJECT_PRONOUNS, SUBJECT_STOPS, TIME_WORDS } from './lexicon.js';
import { isGivenName } from './first-names.js';
import type { Mention, MentionKind } from './types.js';

/** Words inside names that are not capitalised ("Anna van Dijk", "Secretary of State"). */
const NAME_CONNECTORS = new Set([...NAME_PARTICLES, 'of', 'and', 'for']);
const ABBREVIATED_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'prof', 'rev', 'st', 'jr', 'sr']);
const RELATIVES = new Set(['who', 'which']);
const MAX_MENTION_TOKENS = 12;

/**
 * "coach Tom Friday said": a weekday right after a given name, one space
 * apart, is the person's surname, not the day they spoke.
 */
function dayAsSurname(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const before = tokens[index - 1];
  return token !== undefined && before !== undefined && WEEKDAYS.has(token.lower) && isCapitalised(token) &&
    isCapitalised(before) && before.end + 1 === token.start && isGivenName(before.text);
}

/** Whether a word may sit inside a speaker's noun phrase. */
function phraseWord(token: Token, next?: Token, previous?: Token): boolean {
  if (token.kind !== 'word') return false;
  if (isCapitalised(token)) {
    if (previous && dayAsSurname([previous, token], 1)) return true;
    // "Tuesday's remarks": a day is never part of a speaker's name, possessive or not.
    if (NAME_STOPS.has(token.lower.replace(/['’]s$/, ''))) return false;
    // "Will Varga said": a given name that is also a small word, before a capitalised name.
    const givenName = isGivenName(token.text) && isCapitalised(next) && !SUBJECT_STOPS.has(next?.lower ?? '');
    return !SUBJECT_STOPS.has(token.lower) || isTitleWord(token.lower) || givenName;
  }
  if (hasJoinedParticle(token.text)) return true;
  return NOUN_PHRASE_WORDS.has(token.lower) || ROLE_NOUNS.has(token.lower) || NAME_CONNECTORS.has(token.lower) || DETERMINERS.has(token.lower) || /^\d/.test(token.text);
}

/** A dot that belongs to an abbreviated title ("Mr.", "Gen.") or a middle initial ("Tom J. Varga") inside a name. */
function titleDot(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const before = tokens[index - 1];
  if (token?.text !== '.' || before === undefined || before.end !== token.start) return false;
  return ABBREVIATED_TITLES.has(before.lower) || (/^\p{Lu}$/u.test(before.text) && isCapitalised(tokens[index + 1]) && isGivenName(tokens[index - 2]?.text ?? ''));
}

/** Whether the token at `index` (before "to") is a verb that hands its subject to the infinitive after it ("continued to", "went on to"). */
export function handsOnSubject(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]?.lower ?? '';
  return CATENATIVE_VERBS.has(token) || (token === 'on' && /^(?:went|goes|go)$/.test(tokens[index - 1]?.lower ?? ''));
}

/** Skips adverbs, auxiliaries and time phrases between a subject and its verb, walking left. */
function skipLeft(tokens: readonly Token[], from: number, floor: number): number {
  let index = from;
  while (index >= floor) {
    const token = tokens[index];
    if (!token || token.kind !== 'word') break;
    const timePhrase = TIME_WORDS.has(token.lower) && !isCapitalised(token);
    const weekday = WEEKDAYS.has(token.lower) && !dayAsSurname(tokens, index);
    // '"...," May said.': a capitalised auxiliary that is also a given name is a name ("May", "Will"), not a modal.
    const auxiliary = SKIPPABLE_BEFORE_VERB.has(token.lower) && !(isCapitalised(token) && isGivenName(token.text));
    if (auxiliary || isAdverb(token.text) || timePhrase || weekday) index--;
    else if (token.lower === 'to' && handsOnSubject(tokens, index - 1)) index -= tokens[index - 1]?.lower === 'on' ? 3 : 2;
    else break;
  }
  // "on Monday", "last week": the preposition or adjective before a time word.
  return index;
}

function trimPhrase(tokens: readonly Token[], first: number, last: number): [number, number] | null {
  let start = first;
  let end = last;
  // A phrase does not end in a determiner or connector, nor start with a connector.
  while (end >= start && (DETERMINERS.has(tokens[end]?.lower ?? '') || NAME_CONNECTORS.has(tokens[end]?.lower ?? ''))) end--;
  while (start <= end && NAME_CONNECTORS.has(tokens[start]?.lower ?? '') && !isCapitalised(tokens[start])) start++;
  if (start > end) return null;
  const words = tokens.slice(start, end + 1);
  const useful = words.some((t) => isCapitalised(t) || ROLE_NOUNS.has(t.lower));
  return useful ? [start, end] : null;
}

function mentionFrom(text: string, tokens: readonly Token[], first: number, last: number): Mention {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  return describeMention(text.slice(start, end), tokens.slice(first, last + 1), start, end);
}

/**
 * The speaker mention ending just before `verb` (a token index), or null.
 * Handles pronouns, names with titles, role phrases, an appositive between
 * commas ("Jane Roe, speaking at a news conference, said") and "who".
 */
export function mentionBefore(text: string, tokens: readonly Token[], verb: number, floor = 0): Mention | null {
  let index = skipLeft(tokens, verb - 1, floor);
  const token = tokens[index];
  // Never read before the floor: an appositive's inner look-up stays between its commas.
  if (!token || index < floor) return null;
  if (token.kind === 'word' && (SUBJECT_PRONOUNS.has(token.lower) || RELATIVES.has(token.lower))) {
    return describeMention(token.text, [token], token.start, token.end);
  }
  // "Some suggested ...", "Others said ...", "Then someone asked ...": people counted or unknown, never named, and never a name "Others".
  if (token.kind === 'word' && QUANTITY_PRONOUNS.has(token.lower) && (index === floor || tokens[index - 1]?.kind !== 'word' || /^(?:and|but|while|as|then)$/.test(tokens[index - 1]?.lower ?? ''))) {
    return { text: token.text, start: token.start, end: token.end, kind: 'role', name: null, role: token.lower, anonymous: true };
  }
  // "He’s claiming", "they've said", "who’s called for": the pronoun without its contracted auxiliary.
  const contracted = token.kind === 'word' ? /^(\p{L}+)['’](?:s|re|ve|d|ll)$/u.exec(token.text) : null;
  if (contracted?.[1] && (SUBJECT_PRONOUNS.has(contracted[1].toLowerCase()) || RELATIVES.has(contracted[1].toLowerCase()))) {
    const end = token.start + contracted[1].length;
    return describeMention(contracted[1], [{ ...token, text: contracted[1], lower: contracted[1].toLowerCase(), end }], token.start, end);
  }
  const relative = relativeClauseStart(tokens, index, floor);
  if (relative >= 0) {
    // "A senior official who spoke on condition of anonymity said": the phrase before "who" speaks.
    const subject = mentionBefore(text, tokens, relative, floor);
    if (subject && subject.kind !== 'pronoun') return subject;
  }
  if (token.text === ')') {
    // "Rep. Jane Roe (D-Fr.) said": the name before the bracket, the bracket kept in the mention.
    let open = index - 1;
    while (open >= floor && tokens[open]?.text !== '(' && index - open < 10) open--;
    if (tokens[open]?.text !== '(') return null;
    const core = mentionBefore(text, tokens, open, floor);
    if (!core || core.kind === 'pronoun') return core;
    return { ...core, end: token.end, text: text.slice(core.start, token.end) };
  }
  if (token.text === ',') {
    // "X, a spokesman for Y, said": the phrase before the appositive.
    let comma = index - 1;
    while (comma >= floor && tokens[comma]?.text !== ',' && tokens[comma]?.kind !== 'quote' && index - comma < 20) comma--;
    if (tokens[comma]?.text !== ',') return null;
    // ", and the meeting fell apart, said X": a clause joined by "and" is no appositive.
    if (/^(?:and|but|or|so|yet)$/.test(tokens[comma + 1]?.lower ?? '')) return null;
    const subject = mentionBefore(text, tokens, comma + 0, floor);
    if (subject?.kind === 'pronoun') return subject;
    // "The engineer, Tom Varga, said": the name between the commas is the speaker, the phrase before it the role.
    const between = mentionBefore(text, tokens, index, comma + 1);
    // "One local Democrat, Senator Jane Roe, said": a phrase opened by a determiner is a role, whatever its capitals.
    // "Keeper of the Seal, Jane Roe, said": only the name between the commas has a given name.
    const givenFirst = (m: Mention | null): boolean => isGivenName(m?.name?.split(' ')[0] ?? '');
    const described = subject !== null &&
      (subject.kind === 'role' || DETERMINERS.has(subject.text.split(/\s/)[0]?.toLowerCase() ?? '') || (givenFirst(between) && !givenFirst(subject)));
    if (between?.kind === 'name' && between.start === tokens[comma + 1]?.start && (!subject || described)) {
      if (!subject) return between;
      const start = subject.start;
      // "A spokesman for Acme, Dean Roe, said": the phrase before gives the role, so a title word that is also
      // a given name ("Dean", "Major") is the person's given name.
      const given = between.role !== null && between.name !== null && /^\p{Lu}\p{Ll}+$/u.test(between.role) && isGivenName(between.role);
      const name = given ? `${between.role ?? ''} ${between.name ?? ''}` : between.name;
      return { ...between, start, text: text.slice(start, between.end), name, role: subject.text.replace(/^(?:the|a|an)\s+/i, '') };
    }
    if (!subject) return null;
    const appositive = text.slice((tokens[comma]?.end ?? 0), tokens[index]?.start ?? 0).trim();
    return withAppositive(subject, appositive);
  }
  const described = determinerPhrase(text, tokens, index, floor);
  if (described) return withAttachedHead(text, tokens, described, floor);
  const last = index;
  let first = index;
  let named = false;
  while (index >= floor && last - index < MAX_MENTION_TOKENS) {
    // "the Springfield Water Board (SWB) press office": step over a bracket inside the phrase.
    if (tokens[index]?.text === ')' && index < last) {
      let open = index - 1;
      while (open > floor && tokens[open]?.text !== '(' && index - open < 6) open--;
      if (tokens[open]?.text !== '(') break;
      index = open - 1;
      continue;
    }
    const current = tokens[index];
    // "Conservative shadow chancellor Jane Roe": before a name, a title word in lower case is part of the phrase.
    const loweredTitle = named && current?.kind === 'word' && /^\p{Ll}+$/u.test(current.text) && isTitleWord(current.lower) && !SUBJECT_STOPS.has(current.lower);
    const ofBody = named && index < last && bodyTitleWord(tokens, index, floor);
    if (!current || !(phraseWord(current, tokens[index + 1], tokens[index - 1]) || titleDot(tokens, index) || loweredTitle || ofBody)) break;
    // Before a name only titles may stand in lower case ("campaign spokesman John Doe", not "channel Roe").
    if (named && !isCapitalised(current) && !titleDot(tokens, index) && !isTitleWord(current.lower) && !DETERMINERS.has(current.lower) && !NOUN_PHRASE_WORDS.has(current.lower) && !ofBody) break;
    // "In an interview with SBC Roe said": a news outlet's acronym before a name is not part of it.
    if (named && index < last && ORGANISATION_WORDS.has(current.lower) && /^\p{Lu}{2,}$/u.test(current.text)) break;
    first = index;
    index--;
    named ||= isCapitalised(current) && !isTitleWord(current.lower);
    // A determiner starts the phrase: "in Springfield the council chief said" stops at "the".
    if (DETERMINERS.has(current.lower)) break;
  }
  if (first === last && !(phraseWord(token, tokens[last + 1], tokens[last - 1]) || titleDot(tokens, last))) {
    return barePlural(text, tokens, last, floor) ?? attachedPhrase(text, tokens, last, floor);
  }
  const bounds = trimPhrase(tokens, first, last);
  // "Roe's comments came", "Editor's note": a possessive names no speaker.
  if (!bounds || /['’]s$/.test(tokens[bounds[1]]?.text ?? '')) return null;
  const mention = withAttachedHead(text, tokens, withDescribers(text, tokens, mentionFrom(text, tokens, bounds[0], bounds[1]), floor), floor);
  return withCoordinatedRole(text, tokens, mention, floor);
}

/** How many lower-case words may stand between a body's name and the title word before a person's name. */
const BODY_TITLE_WORDS = 2;

/** A lower-case word of a title that does not end it ("finance" in "finance director"). */
const innerTitleWord = (token: Token | undefined): boolean =>
  titleLike(token) && !isTitleWord(token?.lower ?? '') && !NAME_CONNECTORS.has(token?.lower ?? '');

/**
 * "Acme finance director Jane Roe said": lower-case words between a body's
 * name (capitalised) and the lower-case title word before a person's name
 * belong to the title, as the body's name does; "the ferry chief Jane Roe"
 * keeps its title word alone, with no body named before it.
 */
function bodyTitleWord(tokens: readonly Token[], index: number, floor: number): boolean {
  if (!innerTitleWord(tokens[index])) return false;
  let right = index + 1;
  while (right - index <= BODY_TITLE_WORDS && innerTitleWord(tokens[right])) right++;
  const title = tokens[right];
  if (!title || !/^\p{Ll}/u.test(title.text) || !roleHead(title.lower)) return false;
  let left = index - 1;
  while (left >= floor && right - left <= BODY_TITLE_WORDS + 1 && innerTitleWord(tokens[left])) left--;
  const body = tokens[left];
  return left >= floor && right - left <= BODY_TITLE_WORDS + 1 && body !== undefined && isCapitalised(body) &&
    phraseWord(body, tokens[left + 1], tokens[left - 1]) && !isTitleWord(body.lower);
}

/**
 * "The former chair of the board and club president said": two roles joined
 * by "and" at the start of the clause describe one speaker; the mention is
 * both, opened by the determiner, so it reads as the description it is.
 */
function withCoordinatedRole(text: string, tokens: readonly Token[], mention: Mention, floor: number): Mention {
  if (mention.kind !== 'role') return mention;
  const first = tokens.findIndex((t) => t.start === mention.start);
  if (tokens[first - 1]?.lower !== 'and' || first - 1 <= floor) return mention;
  const left = mentionBefore(text, tokens, first - 1, floor);
  if (!left || left.kind !== 'role' || left.start !== tokens[floor]?.start || !/^the\s/i.test(left.text)) return mention;
  const phrase = text.slice(left.start, mention.end);
  return { ...mention, start: left.start, text: phrase, role: phrase.replace(/^the\s+/i, ''), anonymous: left.anonymous && mention.anonymous };
}

/** How many words the object of a preposition may have before the speaker it belongs to ("from both parties"). */
const OBJECT_WORDS = 5;

/**
 * "Elected officials from both parties said", "Experts on Freedonia and
 * arms control said": the phrase before the preposition speaks, the
 * preposition's object only says which.
 */
function attachedPhrase(text: string, tokens: readonly Token[], last: number, floor: number): Mention | null {
  for (let index = last - 1; index > floor && last - index <= OBJECT_WORDS; index--) {
    const token = tokens[index];
    if (!token || token.kind !== 'word') return null;
    if (!ATTACHING.has(token.lower)) continue;
    // The speaker's phrase opens its clause: never read back past a comma.
    const comma = tokens.findLastIndex((t, at) => at < index && at >= floor && t.kind !== 'word');
    const head = mentionBefore(text, tokens, index, Math.max(floor, comma + 1));
    // "Experts on Freedonia": a role noun opening the sentence is capitalised but names nobody.
    const roleWord = head?.kind === 'name' && ROLE_NOUNS.has(head.text.toLowerCase());
    const end = tokens[last]?.end ?? head?.end ?? 0;
    const phrase = text.slice(head?.start ?? 0, end);
    // "Dr Jane Roe head of research said": the name with its role in lower case after it is still the person.
    const roled = head?.kind === 'name' && head.role !== null && /\p{Ll}+$/u.test(head.text) && !/^\p{Lu}/u.test(head.role);
    if (head && roled) return { ...head, end, text: phrase, role: `${head.role ?? ''}${text.slice(head.end, end)}` };
    if (!head || head.kind === 'pronoun' || (head.kind === 'name' && !roleWord)) return null;
    return { ...head, kind: 'role', name: null, end, text: phrase, role: phrase.replace(/^(?:the|a|an)\s+/i, ''), anonymous: ANONYMOUS_HEADS.has(head.text.toLowerCase()) || head.anonymous };
  }
  return null;
}

/** Lower-case words that may describe a plural role at the start of its clause ("top black lawmakers"). */
const DESCRIBER_REACH = 3;

/** "..., top black lawmakers said": describing words before a plural role, back to the comma or start that opens its clause. */
function withDescribers(text: string, tokens: readonly Token[], mention: Mention, floor: number): Mention {
  if (mention.kind !== 'role') return mention;
  let first = tokens.findIndex((t) => t.start === mention.start);
  const start = first;
  while (first - 1 >= floor && start - first < DESCRIBER_REACH && /^\p{Ll}+$/u.test(tokens[first - 1]?.text ?? '') &&
    !NOT_IN_PHRASE.has(tokens[first - 1]?.lower ?? '') && !DETERMINERS.has(tokens[first - 1]?.lower ?? '') && !isAdverb(tokens[first - 1]?.text ?? '')) first--;
  const before = tokens[first - 1];
  if (first === start || (first > floor && before?.text !== ',')) return mention;
  const from = tokens[first]?.start ?? mention.start;
  return { ...mention, start: from, text: text.slice(from, mention.end), role: text.slice(from, mention.end) };
}

/** How far back from the verb a relative clause about the speaker may start. */
const RELATIVE_REACH = 10;

/** Index of a "who" that opens a clause running up to `last` with no comma or quotation in it, or -1. */
function relativeClauseStart(tokens: readonly Token[], last: number, floor: number): number {
  if (tokens[last]?.kind !== 'word') return -1;
  for (let index = last - 1; index >= floor && last - index <= RELATIVE_REACH; index--) {
    const token = tokens[index];
    if (!token || token.kind !== 'word') return -1;
    if (token.lower === 'who') return index;
  }
  return -1;
}

/** "attorneys for the family", "Mr. Doe of the Springfield Club": the speaker is the phrase before the preposition. */
function withAttachedHead(text: string, tokens: readonly Token[], mention: Mention, floor: number): Mention {
  const first = tokens.findIndex((t) => t.start === mention.start);
  const preposition = tokens[first - 1];
  if (!preposition || !ATTACHING.has(preposition.lower) || first - 1 <= floor) return mention;
  const head = mentionBefore(text, tokens, first - 1, floor);
  if (!head || head.kind === 'pronoun') return mention;
  // "CEO of the Widget Council Jane Roe": a person named after the phrase is the speaker, the phrase her role.
  if (mention.kind === 'name') {
    const from = tokens.findIndex((t) => t.start === head.start);
    return describeMention(text.slice(head.start, mention.end), tokens.slice(from, tokens.findIndex((t) => t.end === mention.end) + 1), head.start, mention.end);
  }
  return { ...head, end: mention.end, text: text.slice(head.start, mention.end) };
}

/** Words that cannot sit inside a short noun phrase between its determiner and its head. */
const NOT_IN_PHRASE = new Set([...SUBJECT_STOPS, 'who', 'which', 'it', 'he', 'she', 'they', 'we', 'i', 'you']);
const PHRASE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'one', 'another']);

/**
 * A short noun phrase that opens with a determiner and ends in a common
 * noun not in the role list: "the ruling", "the militant group", "one slide".
 */
function determinerPhrase(text: string, tokens: readonly Token[], head: number, floor: number): Mention | null {
  const headToken = tokens[head];
  // "the editor-in-chief", "the sergeant-at-arms": a head noun may be a compound joined by a preposition.
  if (!headToken || headToken.kind !== 'word' || !/^\p{Ll}+(?:-(?:at|in|of|on|for)-\p{Ll}+)?$/u.test(headToken.text) || DETERMINERS.has(headToken.lower)) return null;
  if (NOT_IN_PHRASE.has(headToken.lower) || isAdverb(headToken.text) || /(?:ed|ing)$/.test(headToken.lower)) return null;
  // "a series of tweets", "a request for comment": a phrase that ends in a preposition is cut short, its noun is after.
  if (ATTACHING.has(headToken.lower)) return null;
  for (let index = head - 1; index >= floor && head - index <= 8; index--) {
    const token = tokens[index];
    const stops = isCapitalised(token) ? NAME_STOPS.has(token?.lower ?? '') : NOT_IN_PHRASE.has(token?.lower ?? '');
    if (!token || token.kind !== 'word' || stops) {
      if (token?.text === ')' || token?.text === '(') continue;
      // "the tall, bearded teacher": a comma between two describing words.
      const lower = (t: Token | undefined): boolean => t?.kind === 'word' && /^\p{Ll}+$/u.test(t.text);
      if (token?.text === ',' && index + 1 < head && lower(tokens[index - 1]) && lower(tokens[index + 1]) && !PHRASE_DETERMINERS.has(tokens[index - 1]?.lower ?? '')) continue;
      return null;
    }
    // A possessive name works as a determiner: "Springfield's tax commissioner"; so does a number: "63 percent"
    // (not one that ends a name: "Local 832 late on Friday").
    const counts = /^\d[\d,.]*$/.test(token.text) && !isCapitalised(tokens[index - 1]);
    // "Channel 9's controller": a body's name ending in a number is possessive too.
    const numbered = /^\d+['’]s$/.test(token.text) && isCapitalised(tokens[index - 1]);
    if (PHRASE_DETERMINERS.has(token.lower) || ((isCapitalised(token) || numbered) && /['’]s$/.test(token.text)) || counts) {
      // "North Freedonia's news agency": the owner's whole name.
      let from = index;
      while (/['’]s$/.test(token.text) && from - 1 >= floor && isCapitalised(tokens[from - 1]) && !NAME_STOPS.has(tokens[from - 1]?.lower ?? '') && index - from < 3) from--;
      const mention = mentionFrom(text, tokens, from, head);
      return { ...mention, kind: mention.kind === 'name' ? 'organisation' : mention.kind };
    }
  }
  return null;
}

/** How many words a bare plural subject may have ("Human rights groups", "Local dairy farmers"). */
const BARE_PLURAL_WORDS = 4;

/**
 * A plural noun phrase with no determiner that opens its clause:
 * "Rights groups said ...", "Local dairy farmers say ...". Anonymous, as
 * its words name nobody.
 */
function barePlural(text: string, tokens: readonly Token[], head: number, floor: number): Mention | null {
  const headToken = tokens[head];
  if (!headToken || !/^\p{Ll}{3,}s$/u.test(headToken.text) || /ss$/.test(headToken.lower) || NOT_IN_PHRASE.has(headToken.lower)) return null;
  let first = head;
  while (first - 1 >= floor && head - first + 1 < BARE_PLURAL_WORDS) {
    const token = tokens[first - 1];
    if (!token || token.kind !== 'word' || NOT_IN_PHRASE.has(token.lower) || DETERMINERS.has(token.lower) || NAME_STOPS.has(token.lower) || isAdverb(token.text)) break;
    first--;
  }
  // "Some local groups", "Two former aides": a quantity before the plural belongs to it.
  if (first - 1 >= floor && QUANTIFIERS.has(tokens[first - 1]?.lower ?? '')) first--;
  // The phrase must open its clause: the sentence's start, or a comma or conjunction before it.
  const before = tokens[first - 1];
  if (first > floor && before && before.kind === 'word' && !/^(?:and|but|while|as|although|though)$/.test(before.lower)) return null;
  const mention = mentionFrom(text, tokens, first, head);
  return mention.kind === 'role' ? mention : null;
}

/** Words of quantity, or for someone unknown, that may stand for people alone ("Others said", "Some suggested", "Someone asked"). */
const QUANTITY_PRONOUNS = new Set(['some', 'many', 'most', 'others', 'several', 'few', 'someone', 'somebody']);

/** Words of quantity that may open a bare plural ("Several former aides said"). */
const QUANTIFIERS = new Set(['some', 'many', 'several', 'most', 'few', 'both', 'all', 'other', 'two', 'three']);

/** Prepositions whose phrase belongs to the noun before them ("the coalition against IS"). */
const ATTACHING = new Set(['of', 'for', 'against', 'from', 'on', 'at', 'in']);


/** How many words a source after "according to" may have without a capital or a role noun ("exit polls in three states"). */
const ANY_SOURCE_WORDS = 8;

/** The speaker mention starting just after `verb` ("said Jane Roe", "said a senior official"), or null. */
export function mentionAfter(text: string, tokens: readonly Token[], verb: number, anyWords = false): Mention | null {
  const first = verb + 1;
  const token = tokens[first];
  if (!token || token.kind !== 'word') return null;
  if (SUBJECT_PRONOUNS.has(token.lower)) return describeMention(token.text, [token], token.start, token.end);
  let last = first - 1;
  let named = false;
  for (let index = first; index < tokens.length && index - first < MAX_MENTION_TOKENS; index++) {
    const current = tokens[index];
    if (!current) break;
    // A determiner after a name starts the next phrase: "According to Roe the two officials agreed".
    if (named && DETERMINERS.has(current.lower) && index > first) break;
    const fits = anyWords
      // "according to a new report by the Gazette": a form that is usually a noun stays in the phrase.
      ? (current.kind === 'word' && (!SPEECH_VERB_FORMS.has(current.lower) || NOUN_LIKE_FORMS.has(current.lower))) || titleDot(tokens, index)
      : (phraseWord(current, tokens[index + 1], tokens[index - 1]) && current.lower !== 'for' && (current.lower !== 'and' || joinsNames(tokens, index))) ||
        titleDot(tokens, index) || (premodifiesName(tokens, index) && !(named && /ed$/.test(current.lower)));
    if (!fits) break;
    last = index;
    named ||= isCapitalised(current) && !isTitleWord(current.lower);
  }
  // '"...," added the two-time Springfield Cup winner.': a phrase opened by a determiner ends in its own noun,
  // in lower case after the capitalised words, where the sentence or clause ends.
  const tail = tokens[last + 1];
  if (!anyWords && named && DETERMINERS.has(token.lower) && titleLike(tail) && !TIME_WORDS.has(tail?.lower ?? '') && !CLOSING_ADVERBS.has(tail?.lower ?? '') && /^[.,!?;]?$/.test(tokens[last + 2]?.text ?? '')) last++;
  if (last < first) return null;
  // "According to exit polls, ...": any phrase closed by a comma is the source, capitals or not; so is one
  // that closes the sentence after ", according to" ("..., according to federal figures."), but not "went according to plan."
  const endsSentence = (tokens[last + 1] === undefined || /^[.!?]$/.test(tokens[last + 1]?.text ?? '')) && tokens[verb - 2]?.text === ',';
  const closed = anyWords && (tokens[last + 1]?.text === ',' || endsSentence) && last - first < ANY_SOURCE_WORDS;
  const bounds = trimPhrase(tokens, first, last) ?? (closed ? [first, last] : null);
  if (!bounds) return null;
  const mention = mentionFrom(text, tokens, bounds[0], bounds[1]);
  const owned = possessedRole(text, tokens, bounds[1]);
  if (owned) return owned;
  // "said John Doe, a fellow at ...": the appositive gives the role.
  const after = tokens[bounds[1] + 1];
  if (after?.text === ',' && mention.kind === 'name') {
    const rest = text.slice(after.end, after.end + 160);
    const appositive = /^\s*([^,.;]+?)(?=(,\s*\p{Lu})|,|\.|;|$)/u.exec(rest);
    // "said Jane Roe, adviser to Acme's chair, Tom Varga.": a title closed by a comma and a name is that person's, the phrase cut short.
    const heldBy = appositive?.[2] !== undefined && roleHead(/\p{Ll}+$/u.exec(appositive[1] ?? '')?.[0] ?? '');
    if (appositive?.[1] && !heldBy) return withAppositive(mention, appositive[1].trim());
  }
  return mention;
}

/** A word that can open a role in lower case after a name ("spokeswoman", "head", "chief"), not a title's small word ("of", "the"). */
export function roleHead(word: string): boolean {
  return (ROLE_NOUNS.has(word) || isTitleWord(word)) && !SUBJECT_STOPS.has(word) && !DETERMINERS.has(word) && !NAME_CONNECTORS.has(word);
}

/** Whether words are a clause, not a role: a finite verb of their own before any relative word ("the new law will help"). */
function isClause(words: string): boolean {
  for (const word of words.toLowerCase().split(/[^\p{L}'’-]+/u)) {
    // A relative clause inside a role ("a banker who has advised Acme", "the firm that is buying it").
    if (RELATIVE_PRONOUNS.has(word) || word === 'that') return false;
    if (FINITE_AUXILIARIES.has(word)) return true;
  }
  return false;
}

/**
 * The mention with the role an appositive gives it: one opened by an article
 * ("Jane Roe, a spokeswoman for Acme,"), or after a name by a role noun in
 * lower case ("Jane Roe, spokeswoman for Acme,"). A name already titled
 * ("Colonel Jane Roe, a spokeswoman for the army,") keeps its title as its
 * role and takes the appositive as a second one.
 */
function withAppositive(mention: Mention, appositive: string): Mention {
  const first = /^\p{L}+/u.exec(appositive)?.[0] ?? '';
  const determined = /^(?:a|an|the)$/i.test(first);
  const roleFirst = mention.kind === 'name' && /^\p{Ll}/u.test(first) && roleHead(first);
  if (!(determined && /\s/.test(appositive)) && !roleFirst) return mention;
  // "According to Jane Roe, the new law will help": a clause after the comma is what was said, no role.
  if (isClause(appositive)) return mention;
  if (mention.role === null) return mention.kind === 'name' || determined ? { ...mention, role: appositive } : mention;
  return mention.kind === 'name' ? { ...mention, apposed: appositive } : mention;
}

/** Adverbs that may close a clause after a speaker's phrase: of place ("said the council here"), and "too", "instead". */
const CLOSING_ADVERBS: ReadonlySet<string> = new Set(['here', 'there', 'abroad', 'overseas', 'nearby', 'locally', 'too', 'instead']);

/** "and" between two capitalised words ("Heart and Lung Fund", "Jane Roe and Tom Varga"): part of the phrase. */
function joinsNames(tokens: readonly Token[], index: number): boolean {
  if (!isCapitalised(tokens[index - 1]) || !isCapitalised(tokens[index + 1])) return false;
  // '"...," said Jane Roe and Tom Varga nodded': a name followed by its own verb starts a clause.
  let end = index + 1;
  while (isCapitalised(tokens[end + 1])) end++;
  const after = tokens[end + 1];
  return !(after && /^\p{Ll}+(?:ed|s)$/u.test(after.text) && !isCapitalised(tokens[end + 2]));
}

/** Lower-case words that can stand before a name as its title ("cartoonist", "physics professor"). */
function titleLike(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Ll}[\p{Ll}-]+$/u.test(token.text) && !SUBJECT_STOPS.has(token.lower) &&
    !DETERMINERS.has(token.lower) && !SUBJECT_PRONOUNS.has(token.lower) && !isAdverb(token.text) && !SPEECH_VERB_FORMS.has(token.lower);
}

/** "says Springfield cartoonist Jane Roe": a lower-case title word (or two) with a name right after it. */
function premodifiesName(tokens: readonly Token[], index: number): boolean {
  let next = index;
  while (next - index < 2 && titleLike(tokens[next])) next++;
  return next > index && isCapitalised(tokens[next]) && !NAME_STOPS.has(tokens[next]?.lower ?? '');
}

/**
 * "says Roe's partner, Tom Varga": a possessive names whose the speaker is,
 * not the speaker; the name in apposition is the speaker, else the role.
 */
function possessedRole(text: string, tokens: readonly Token[], last: number): Mention | null {
  const owner = tokens[last];
  if (!owner || !/['’]s$/.test(owner.text)) return null;
  let end = last;
  while (end - last < 3 && titleLike(tokens[end + 1])) end++;
  if (end === last) return null;
  const role = mentionFrom(text, tokens, tokens.findIndex((t) => t === owner), end);
  const roleMention: Mention = { ...role, kind: 'role', name: null, role: text.slice(owner.start, tokens[end]?.end ?? owner.end) };
  if (tokens[end + 1]?.text !== ',') return roleMention;
  const named = mentionAfter(text, tokens, end + 1);
  if (!named || named.kind !== 'name') return roleMention;
  return { ...named, role: roleMention.role };
}

/** Splits a mention's words into role words and the name at its end. */
function splitName(tokens: readonly Token[]): { role: Token[]; name: Token[] } {
  let split = tokens.length;
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index];
    if (!token) break;
    const namePart =
      // "Springfield-based", "Acme-backed": a describing word, not part of the name.
      (isCapitalised(token) && !isTitleWord(token.lower.replace(/\.$/, '')) && !/['’]s$/.test(token.text) && !/-\p{Ll}+$/u.test(token.text)) ||
      hasJoinedParticle(token.text) ||
      (NAME_PARTICLES.has(token.lower) && index > 0 && split < tokens.length) ||
      (token.text === '.' && split < tokens.length && /^\p{Lu}$/u.test(tokens[index - 1]?.text ?? '') && isGivenName(tokens[index - 2]?.text ?? '')) ||
      // "Tom Varga Jr.": the dot of a generational suffix ends the name.
      (token.text === '.' && split === tokens.length && /^(?:Jr|Sr)$/.test(tokens[index - 1]?.text ?? '')) ||
      bodyConnector(tokens, index, split) ||
      // "Radio 4", "Channel 9": a number right after a capitalised word at the end is part of the name.
      (index === tokens.length - 1 && /^\d+$/.test(token.text) && isCapitalised(tokens[index - 1]) && !isTitleWord(tokens[index - 1]?.lower ?? '')) ||
      // "House of Commons": the body's own word before its connector, even one that can be a title.
      (isCapitalised(token) && ORGANISATION_WORDS.has(token.lower) && BODY_CONNECTORS.has(tokens[index + 1]?.lower ?? '') && split === index + 1);
    if (namePart) split = index;
    else break;
  }
  // A connector never opens a name ("of Commons").
  while (split < tokens.length && BODY_CONNECTORS.has(tokens[split]?.lower ?? '')) split++;
  // "Widget Council Jane Roe": a given name after the body's word starts the name;
  // "Prosecutor Jane Roe" (a role noun opening the sentence in capitals) too.
  for (let index = tokens.length - 2; index >= split; index--) {
    const word = tokens[index]?.lower ?? '';
    if ((ORGANISATION_WORDS.has(word) || ROLE_NOUNS.has(word)) && isGivenName(tokens[index + 1]?.text ?? '')) {
      split = index + 1;
      break;
    }
  }
  return { role: tokens.slice(0, split), name: tokens.slice(split) };
}

/** Small words inside a body's name: "Institute on River Safety", "University of Springfield", "Committee for Safe Roads". */
const BODY_CONNECTORS = new Set(['of', 'on', 'for']);

/** Whether a connector joins a capitalised name to an organisation's word written before it. */
function bodyConnector(tokens: readonly Token[], index: number, split: number): boolean {
  const token = tokens[index];
  if (!token || !BODY_CONNECTORS.has(token.lower) || split !== index + 1 || !isCapitalised(tokens[index - 1])) return false;
  return tokens.slice(0, index).some((t) => ORGANISATION_WORDS.has(t.lower) && isCapitalised(t));
}

function joinTokens(text: string, tokens: readonly Token[], offset: number): string | null {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return null;
  return text.slice(first.start - offset, last.end - offset).replace(/\s+/g, ' ').replace(/^(?:the|a|an)\s+/i, '').trim() || null;
}

function isOrganisation(name: readonly Token[], role: readonly Token[]): boolean {
  if (name.some((t) => ORGANISATION_WORDS.has(t.lower))) return true;
  // "Channel 9": no person's name ends in a number.
  if (name.length > 1 && /^\d+$/.test(name[name.length - 1]?.text ?? '')) return true;
  if (name.length === 1 && PLACES.has(name[0]?.lower ?? '')) return true;
  if (name.length === 1 && /^\p{Lu}{2,}$/u.test(name[0]?.text ?? '')) return true;
  // "University of Springfield", "Bank of Springfield": a body's word before "of".
  const of = role.length - 1;
  if (role[of]?.lower === 'of' && isCapitalised(role[of - 1]) && ORGANISATION_WORDS.has(role[of - 1]?.lower ?? '')) return true;
  return role.length > 0 && role[role.length - 1]?.lower === 'the';
}

/** "the Springfield council" → "Springfield council": a generic body noun after a capitalised word of its own phrase. */
function bodyNamedBefore(text: string, tokens: readonly Token[], offset: number): string | null {
  const words = tokens.filter((t) => t.kind === 'word');
  const headIndex = words.findIndex((t) => GENERIC_BODIES.has(t.lower));
  const head = words[headIndex];
  if (!head || headIndex === 0) return null;
  // "the Springfield-based railway" only says where it is; "the Springfield-led coalition" is what it is called.
  if (words.some((t, index) => index < headIndex && /-based$/i.test(t.text))) return null;
  // "the state-run KCNA news agency": an acronym and at most one common noun before the head name the body.
  const isAcronym = (t: Token | undefined): boolean => /^\p{Lu}{2,}$/u.test(t?.text ?? '');
  const acronym = isAcronym(words[headIndex - 1]) ? headIndex - 1 : isAcronym(words[headIndex - 2]) ? headIndex - 2 : -1;
  const named = words[acronym];
  if (named) return text.slice(named.start - offset, head.end - offset);
  const first = words.findIndex((t, index) => index < headIndex && isCapitalised(t) && !DETERMINERS.has(t.lower));
  const opener = words[first];
  if (!opener || words.slice(first, headIndex).some((t) => !isCapitalised(t) && !/^\p{Lu}/u.test(t.text) && !/-/.test(t.text) && t.lower !== 'and')) return null;
  return text.slice(opener.start - offset, head.end - offset);
}

/**
 * "Dr Jane Roe head of research said": a person's name (a given name and a
 * surname, titles before them) followed by their role in lower case, with no
 * comma between. Null when the words do not open that way.
 */
function nameBeforeRole(text: string, tokens: readonly Token[], offset: number): { name: string; role: string } | null {
  let end = 0;
  while (end < tokens.length && (isCapitalised(tokens[end]) || titleDot(tokens, end))) end++;
  const after = tokens[end];
  if (end < 2 || end === tokens.length || !after || !(ROLE_NOUNS.has(after.lower) || isTitleWord(after.lower)) || !/^\p{Ll}/u.test(after.text)) return null;
  const { role, name } = splitName(tokens.slice(0, end));
  if (name.length < 2 || !isGivenName(name[0]?.text ?? '') || isOrganisation(name, role)) return null;
  const named = joinTokens(text, name, offset);
  const described = joinTokens(text, [...role.filter((t) => !ABBREVIATED_TITLES.has(t.lower.replace(/\.$/, '')) && t.text !== '.'), ...tokens.slice(end)], offset);
  return named && described ? { name: named, role: described } : null;
}

/** Plural role nouns that name a party's members and are written in capitals wherever they stand. */
const PARTY_MEMBERS: ReadonlySet<string> = new Set(['democrats', 'republicans']);

/** Classifies a mention's words: pronoun, name (with role), organisation or role phrase. */
export function describeMention(text: string, tokens: readonly Token[], start: number, end: number): Mention {
  // One literal shape for every mention: spreading a base object is slow on this path.
  const base = (kind: MentionKind, name: string | null, role: string | null, anonymous: boolean): Mention => ({ text, start, end, kind, name, role, anonymous });
  const only = tokens[0];
  if (tokens.length === 1 && only && (SUBJECT_PRONOUNS.has(only.lower) || RELATIVES.has(only.lower))) {
    return base('pronoun', null, null, false);
  }
  // "Analysts said", "Officials added": a plural role noun opening the sentence in capitals names nobody
  // (a party's members, always capitalised, are the party: "Democrats said").
  if (tokens.length === 1 && only && ROLE_NOUNS.has(only.lower) && !PARTY_MEMBERS.has(only.lower) && /^\p{Lu}\p{Ll}+[^s]s$/u.test(only.text)) {
    return base('role', null, only.lower, ANONYMOUS_HEADS.has(only.lower));
  }
  // "Senator Jane Roe of Springfield", "Jane Roe at the University of Springfield": the name before "of" or "at".
  const of = tokens.findIndex((t, index) => index > 0 && (t.lower === 'of' || t.lower === 'at'));
  const person = of > 0 ? splitName(tokens.slice(0, of)) : null;
  const affiliated = person !== null && (person.name.length >= 2 || person.role.length > 0) && person.name.length > 0 && !isOrganisation(person.name, person.role);
  // "the founder of Springfield Press", "a spokesman for ...": a described person of a body, not the body.
  const roleHead = tokens[of - 1];
  if (person && person.name.length === 0 && DETERMINERS.has(tokens[0]?.lower ?? '') && roleHead && /^\p{Ll}/u.test(roleHead.text) && !GENERIC_BODIES.has(roleHead.lower)) {
    return base('role', null, joinTokens(text, tokens, start), ANONYMOUS_HEADS.has(roleHead.lower));
  }
  const { role, name } = affiliated ? { role: [...person.role, ...tokens.slice(of)], name: person.name } : splitName(tokens);
  // "Mr" and "Ms" are courtesy, not a role.
  const roleText = joinTokens(text, role, start)?.replace(/^(?:(?:mr|mrs|ms|miss|mme)\.?\s*)+$/i, '') || null;
  if (name.length > 0) {
    // An organisation is named by the whole phrase ("Athletics Freedonia"), a person by the name alone.
    if (isOrganisation(name, role)) return base('organisation', joinTokens(text, tokens, start), null, false);
    return base('name', joinTokens(text, name, start)?.replace(/['’]s$/, '') ?? null, roleText, false);
  }
  const leading = nameBeforeRole(text, tokens, start);
  if (leading) return base('name', leading.name, leading.role, false);
  const head = [...tokens].reverse().find((t) => t.kind === 'word');
  // "the Springfield-led coalition", "the Springfield council": a body named by its place or maker.
  const body = bodyNamedBefore(text, tokens, start);
  if (body) return base('organisation', body, null, false);
  // "The UN", "the Council" name a body; "the company", "the Council chief" only describe one: roles.
  if (head && isCapitalised(head) && !DETERMINERS.has(head.lower)) {
    return base('organisation', roleText, null, false);
  }
  const anonymous = head !== undefined && ANONYMOUS_HEADS.has(head.lower);
  return base('role', null, roleText, anonymous);
}
