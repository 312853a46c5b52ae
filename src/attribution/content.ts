/**
 * The content stage: what was said, once the cue and its speaker are known.
 * The reported clause is trimmed of what only joins it to the attribution
 * ("that", commas, colons), time phrases and adverbials are stepped over
 * ("said on Tuesday in a statement that ..."), and the content is read
 * after the attribution ("Jane Roe said that ...", "she said: \"...\"") or
 * before it ("CONTENT, Jane Roe said, and MORE.").
 */
import type { Sentence, Span } from '../corpus/types.js';
import { isCapitalised, type Token } from '../language/tokens.js';
import { reportingForms, SPEECH_VERBS } from '../language/reporting-verbs.js';
import { isTimeNoun } from '../language/time.js';
import { CLAUSE_ONLY_VERBS, DETERMINERS, FINITE_AUXILIARIES, GERUND_PREPOSITIONS, isAdverb, SKIPPABLE_BEFORE_VERB, SPEECH_NOUNS, SUBJECT_PRONOUNS, SUBORDINATORS } from './lexicon.js';
import type { Quotation, QuotationIndex } from './quotations.js';
import type { SentenceView } from './sentence-view.js';
import type { Cue, StatementKind } from './types.js';

/** Fewer words than this are not a statement ("he said so"). */
export const MIN_CONTENT_WORDS = 3;

/** What was said: a span of the text, its kind, and the quotation it is, if it is one. */
export interface Content extends Span {
  kind: StatementKind;
  /** Index of the quotation that is the whole content (direct speech). */
  quotation?: number;
}

/** Words of a text: white-space separated pieces with a letter or digit. */
export function wordCount(text: string): number {
  // One pass over the characters, no pieces made: every stage counts the words of every candidate span.
  let count = 0;
  let counted = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (isSpace(code)) counted = false;
    else if (!counted && isLetterOrDigit(text, at, code)) {
      count++;
      counted = true;
    }
  }
  return count;
}

/** White space as `\s` matches it; ASCII answers at once. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return /\s/.test(String.fromCharCode(code));
}

/** Whether the character at `at` is a letter or digit (a whole code point read, as a /u pattern reads it); ASCII answers at once. */
function isLetterOrDigit(text: string, at: number, code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return /^[\p{L}\p{N}]/u.test(String.fromCodePoint(text.codePointAt(at) ?? code));
}

/** Indirect speech, or mixed when a quotation opens inside it. */
export function clauseKind(quotations: QuotationIndex, span: Span): StatementKind {
  return quotations.opensWithin(span) ? 'mixed' : 'indirect';
}

/**
 * Trims a content span: white space, leading commas and colons, trailing
 * punctuation; after a verb also the "that" that opens the clause.
 */
export function cleanContent(text: string, span: Span, afterVerb = true): Span {
  let { start, end } = span;
  const body = (): string => text.slice(start, end);
  for (;;) {
    // "that" opens the clause unless it is the clause's subject ("that has been the plan").
    const lead = afterVerb
      ? /^(?:\s+|[,:;—–-]+|\p{Ll}+ly\s+(?=that\b)|that\b(?!\s+(?:has|had|is|was|would|will|could|can|should|may|might|must)\b))/iu.exec(body())
      : /^(?:\s+|[,:;—–-]+)/.exec(body());
    if (!lead || lead[0].length === 0) break;
    start += lead[0].length;
  }
  // Walked back character by character: an anchored regex would rescan a long run of spaces from every start.
  while (end > start && /[\s,.;:!?—–-]/.test(text[end - 1] ?? '')) end--;
  return { start, end: Math.max(start, end) };
}

/** Words of a time phrase ("Tuesday", "week", "earlier", "2016"). */
function isTimeWord(word: string): boolean {
  return isTimeNoun(word) || /^(?:earlier|later|recently|again|also|(?:1[89]|20)\d\d)$/.test(word);
}

/** A day's number next to its month ("May 5", "5 May"); any other number is part of what was said ("72 percent"). */
function isDayNumber(tokens: readonly Token[], index: number): boolean {
  return /^\d{1,2}$/.test(tokens[index]?.lower ?? '') && (isTimeNoun(tokens[index + 1]?.lower ?? '') || isTimeNoun(tokens[index - 1]?.lower ?? ''));
}

/** Skips a time phrase ("on Tuesday", "Wednesday", "last week") starting at `from`. */
export function skipTime(tokens: readonly Token[], from: number): number {
  let index = from;
  while (index < tokens.length) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (!token || token.kind !== 'word') break;
    if (isTimeWord(token.lower) || isDayNumber(tokens, index)) index++;
    else if (/^(?:on|in|at|last|this|earlier|later)$/.test(token.lower) && next && isTimeWord(next.lower)) index += 2;
    else break;
  }
  return index;
}

/** Skips what stands between the attribution and its content: commas, colons, "that", time phrases. */
function contentStart(tokens: readonly Token[], from: number): number {
  let index = skipTime(tokens, from);
  for (;;) {
    const token = tokens[index];
    if (!token || !(token.text === ',' || token.text === ':')) break;
    index = skipTime(tokens, index + 1);
  }
  return index;
}

/** How many words must follow the comma for it to be a main clause rather than a trailing phrase. */
const MAIN_CLAUSE_WORDS = 4;

/** Whether a comma after `from` leads into a main clause: a pronoun, determiner or name and enough words after it. */
function hasMainClause(tokens: readonly Token[], from: number): boolean {
  const comma = tokens.findIndex((t, index) => index > from + 1 && t.text === ',');
  const next = tokens[comma + 1];
  if (comma < 0 || !next || next.kind !== 'word') return false;
  // "said after the vote that the council, ..." or ", as she left, that ...": the clause is the "that".
  if (tokens.slice(from, comma + 2).some((t) => t.lower === 'that' || t.kind === 'quote')) return false;
  const opensClause = /^(?:he|she|they|it|we|i|the|a|an|one|two|some|many|most|this|there)$/.test(next.lower) || /^\p{Lu}/u.test(next.text);
  return opensClause && tokens.slice(comma + 1).filter((t) => t.kind === 'word').length >= MAIN_CLAUSE_WORDS;
}

/** Words that open a phrase of place, time or manner rather than what was said. */
const ADVERBIAL = /^(?:to|for|on|about|in|by|with|of|at|during|after|before|from|as|while|when|through|via|over)$/;
/** How far past an adverbial phrase the clause may start. */
const ADVERBIAL_REACH = 14;

/**
 * Where the reported clause starts after an adverbial phrase: after "that",
 * or at a quotation (or "that") after a comma or colon; -1 when none is near.
 */
function clauseAfterAdverbial(tokens: readonly Token[], from: number): number {
  for (let index = from + 1; index < tokens.length && index - from <= ADVERBIAL_REACH; index++) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (!token || token.text === '.' || token.text === ';') return -1;
    if (token.lower === 'that' && token.kind === 'word') return index + 1;
    // "said in her budget speech she was ready ...": a subject pronoun starts the clause without "that",
    // unless a "that" follows ("said in a letter to the people he represents that ...").
    const thatFollows = tokens.slice(index + 1, from + ADVERBIAL_REACH + 1).some((t) => t.lower === 'that');
    if (index > from + 1 && /^(?:he|she|they|we)$/.test(token.lower) && tokens[index + 1]?.kind === 'word' && !thatFollows) return index;
    if ((token.text === ',' || token.text === ':') && next && (next.kind === 'quote' || next.lower === 'that')) {
      return next.kind === 'quote' ? index + 1 : index + 2;
    }
  }
  return -1;
}

/** Where the clause holding a quotation ends: the sentence's end, or the paragraph's when the quote runs on. */
function sentenceContentEnd(text: string, sentence: Sentence, quotation: Quotation): number {
  const from = quotation.closeEnd ?? quotation.end;
  let end = Math.max(sentence.end, from);
  while (end > from && /[\s.,;:!?"”'’]/.test(text[end - 1] ?? '')) end--;
  return end;
}

/** A quotation opening the content: direct speech, or mixed when the clause goes on past it. */
function quotedContent(text: string, sentence: Sentence, opening: Token, quotations: QuotationIndex): Content | null {
  const index = quotations.openingAt(opening.start);
  const quotation = quotations.list[index];
  if (!quotation) return null;
  const clauseEnd = sentenceContentEnd(text, sentence, quotation);
  if (clauseEnd <= (quotation.closeEnd ?? quotation.end) + 1) {
    return { start: quotation.start, end: quotation.end, kind: 'direct', quotation: index };
  }
  return { ...cleanContent(text, { start: opening.start, end: clauseEnd }), kind: 'mixed' };
}

/**
 * What was said after the attribution ("X said that ...", "X said: \"...\""),
 * starting at token `from`; 'adverbial' when only a phrase of place or
 * manner follows ("said at a news conference."), null when nothing does.
 */
export function contentAfter(
  text: string,
  view: SentenceView,
  from: number,
  lemma: string,
  cue: Cue,
  quotations: QuotationIndex,
): Content | 'adverbial' | null {
  const { tokens, sentence } = view;
  let startIndex = contentStart(tokens, from);
  // "the city, which Roe described as the heart of the region, ...": what follows "as" was said, up to the comma.
  if (lemma === 'describe' && tokens[startIndex]?.lower === 'as') {
    const comma = tokens.findIndex((t, index) => index > startIndex && t.text === ',');
    const end = comma > 0 ? (tokens[comma]?.start ?? sentence.end) : sentence.end;
    return describedAs(text, tokens, startIndex, { start: tokens[startIndex]?.start ?? 0, end }, quotations);
  }
  if (mannerAfterComma(tokens, startIndex)) return 'adverbial';
  const infinitive = COMMITTING.has(lemma) && tokens[startIndex]?.lower === 'to';
  const answer = lemma === 'respond' && tokens[startIndex]?.lower === 'by' && /\p{Ll}ing$/u.test(tokens[startIndex + 1]?.text ?? '');
  // "said as the police moved in, one person climbed the fence": a clause that opens with its own time or cause.
  const subordinate = SUBORDINATORS.has(tokens[startIndex]?.lower ?? '') && hasMainClause(tokens, startIndex);
  // "agreed to quietly cover", "will insist on being heard": a verb's complement, neither a phrase of place nor what was said.
  if (!infinitive && !answer && verbComplement(tokens, startIndex)) return null;
  if (ADVERBIAL.test(tokens[startIndex]?.lower ?? '') && !infinitive && !answer && !subordinate && !approximates(tokens, startIndex)) {
    // "said in a statement on Tuesday that ...", "saying during the debate, “...”": past the phrase to the clause.
    const clause = clauseAfterAdverbial(tokens, startIndex);
    if (clause < 0) return 'adverbial';
    startIndex = clause;
  }
  if (AFFIRMING.has(lemma)) startIndex = pastSpeechNoun(tokens, startIndex);
  const rest = tokens[startIndex];
  if (!rest) return null;
  // "a mayor who said and did nothing": a second verb shares the object; nothing said follows.
  if (tokens[startIndex - 1]?.end === cue.end && /^(?:and|or|nor)$/.test(rest.lower)) return null;
  if (rest.kind === 'quote') {
    const quoted = quotedContent(text, sentence, rest, quotations);
    if (quoted) return quoted;
  }
  const span = cleanContent(text, { start: rest.start, end: openingPhraseEnd(tokens, cue) ?? narrationAfter(tokens, startIndex, quotations) ?? nextAttribution(tokens, startIndex, quotations) ?? sentence.end });
  const content = text.slice(span.start, span.end);
  if (wordCount(content) < MIN_CONTENT_WORDS) return null;
  // "called the meeting", "continued to fight": these verbs report speech only before "that", a colon or a quote.
  const introducesClause = /^\s*(?:that\b|[:,]?\s*["“'])/i.test(text.slice(cue.end)) || /^that\b/i.test(text.slice(rest.start)) || /^(?:call (?:for|on)|express)$/.test(lemma) ||
    promisesTo(cue, text.slice(cue.end, span.end)) || asksWhether(lemma, text.slice(cue.end, span.end)) || accusesOf(lemma, text.slice(cue.end, span.end)) ||
    answersBy(lemma, text.slice(cue.end, span.end)) || opensWithSubject(lemma, text.slice(cue.end, span.end)) || maintainsClause(lemma, text.slice(rest.start));
  // "promised lower taxes and “jobs, jobs, jobs”": words quoted in the object were said, whatever the verb
  // (not a term in scare quotes: "declared their “caliphate”").
  const quotesWords = lemma !== 'call' && tokens.some((t, index) => t.kind === 'quote' && t.start >= span.start && t.start < span.end &&
    tokens[index - 1]?.text !== ',' && quotedWords(text, quotations, t.start) >= MIN_CONTENT_WORDS);
  // "questioned the need for it", "echoed the mayor's warnings": an object that names what was doubted or repeated aloud.
  const object = CLAUSE_ONLY_VERBS.has(lemma) && !introducesClause && speaksOfObject(lemma, text.slice(cue.end, span.end)) ? objectContent(text, tokens, span, quotations) : null;
  if (object) return object;
  if (CLAUSE_ONLY_VERBS.has(lemma) && !introducesClause && !quotesWords) return null;
  return { ...span, kind: clauseKind(quotations, span) };
}

/**
 * Verbs that say again what the noun after them reports ("confirmed earlier
 * reports that ..."); not "denied reports that ...", which reports the
 * opposite, nor "said the report that ... was wrong".
 */
const AFFIRMING: ReadonlySet<string> = new Set(['confirm', 'repeat', 'reiterate', 'reaffirm', 'echo']);

/** Words that may stand before a noun of saying: a determiner or one describing word ("its earlier", "previous"). */
const BEFORE_SPEECH_NOUN = /^(?:\p{Ll}+)$/u;

/**
 * "confirmed earlier reports that the pier will close", "repeated his
 * assurance that ...": the clause after the noun of saying and its "that"
 * is what was said; `from` stays where it is unless such a noun (with up to
 * two words before it) and "that" follow.
 */
function pastSpeechNoun(tokens: readonly Token[], from: number): number {
  for (let noun = from; noun <= from + 2; noun++) {
    const word = tokens[noun];
    if (!word || word.kind !== 'word') return from;
    if (SPEECH_NOUNS.has(word.lower) && tokens[noun + 1]?.lower === 'that') return noun + 1;
    if (!BEFORE_SPEECH_NOUN.test(word.text) && !DETERMINERS.has(word.lower)) return from;
  }
  return from;
}

/**
 * '"Who would have thought it?" Roe said, looking out at the crowd.': a
 * participle set off by a comma after the verb tells how it was said, not
 * what; unless a "that" or a quotation follows it ("said, smiling, that
 * ...") or a verb of its own makes it a clause's subject ("he said, digging
 * up the road can take weeks").
 */
function mannerAfterComma(tokens: readonly Token[], index: number): boolean {
  if (tokens[index - 1]?.text !== ',' || !/^\p{Ll}+ing$/u.test(tokens[index]?.text ?? '')) return false;
  const rest = tokens.slice(index + 1);
  return !rest.some((t) => t.lower === 'that' || t.kind === 'quote' || FINITE_AUXILIARIES.has(t.lower));
}

/** Prepositions a verb takes before a gerund ("insist on being", "talked about leaving"). */
const GERUND_TAKERS = /^(?:on|about|of|for|at|in|with|from)$/;

/**
 * Whether the words at `index` are a verb's complement: a gerund after its
 * preposition ("insist on being heard"), or an infinitive ("agreed to
 * quietly cover", "agreed to lend Acme the money"), not "said to reporters
 * on Monday" or "wrote to the council".
 */
function verbComplement(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.lower ?? '';
  const next = tokens[index + 1];
  if (!next || next.kind !== 'word') return false;
  if (GERUND_TAKERS.test(word)) return /^\p{Ll}+ing$/u.test(next.text);
  if (word !== 'to' || !/^\p{Ll}+$/u.test(next.text) || DETERMINERS.has(next.lower) || isTimeWord(next.lower)) return false;
  const after = tokens[index + 2];
  return isAdverb(next.text) || (after !== undefined && (DETERMINERS.has(after.lower) || /^(?:him|her|them|us|it|me|you)$/.test(after.lower) || (isCapitalised(after) && !isTimeWord(after.lower))));
}

/** Adverbs and "has" that may stand before what the speaker did ("again refused", "has also stepped up"). */
const BEFORE_DEED = /^(?:\p{Ll}+ly|also|again|then|later|still|never|has|have|had)$/u;
/** A verb in the past: what someone did. */
const PAST = /^(?:\p{Ll}+ed|offered|gave|made|took|went|kept|left|sought|told|said)$/u;

/**
 * Where the writer takes over from what was said: a comma, then "but",
 * "although" or "though" and a verb of saying of its own ("..., but warned
 * that ...", which reports a statement of its own), or a pronoun and what
 * the speaker did ("claimed it was safe, although he again declined to
 * ..."); null when nothing like it follows. Not "but painted the harbour",
 * whose subject may be the reported clause's, nor "but she would vote no",
 * which may still be reported.
 */
function narrationAfter(tokens: readonly Token[], from: number, quotations: QuotationIndex): number | null {
  for (let index = from + 1; index < tokens.length - 2; index++) {
    const comma = tokens[index];
    if (comma?.text !== ',' || quotations.covers(comma.start) || !/^(?:but|although|though)$/.test(tokens[index + 1]?.lower ?? '')) continue;
    const pronoun = /^(?:he|she|they)$/.test(tokens[index + 2]?.lower ?? '');
    let verb = index + (pronoun ? 3 : 2);
    while (BEFORE_DEED.test(tokens[verb]?.lower ?? '') && verb < index + 6) verb++;
    const word = tokens[verb]?.lower ?? '';
    const spoken = SPEECH_VERBS.has(word);
    if (spoken || (pronoun && PAST.test(word) && tokens[verb + 1]?.lower !== 'that')) return comma.start;
  }
  return null;
}

/** A verb reporting in the past or present ("confirmed", "says"): the verb of another attribution. */
const REPORTING_FINITE: ReadonlySet<string> = new Set(reportingForms(['past', 'third']));
/** Words that end a subject: one has a verb or a clause of its own. */
const NOT_IN_SUBJECT = /^(?:and|or|but|that|who|which|to)$/;
/** Most words of the subject of another attribution after "and" ("the harbour master's office"). */
const SUBJECT_WORDS = 6;
/** What a verb may take as its whole object before "and" ("denied it and ..."). */
const OBJECT_PRONOUNS = /^(?:it|this|that|them|so)$/;

/**
 * Where another attribution joined by "and" begins: "Varga said the fares
 * would rise and Roe said they would not", "Varga denied it and Roe
 * confirmed that ...": a subject of its own (a pronoun, a name, a
 * determiner and a noun) and a verb of saying after "and" open another
 * statement. Only after a clause with a verb of its own, or an object
 * pronoun: in "said Varga and Roe announced that ..." the two may be one
 * subject, whose statement it reports.
 */
function nextAttribution(tokens: readonly Token[], from: number, quotations: QuotationIndex): number | null {
  for (let index = from + 1; index < tokens.length - 2; index++) {
    const and = tokens[index];
    if (and?.lower !== 'and' || quotations.covers(and.start)) continue;
    const before = tokens.slice(from, tokens[index - 1]?.text === ',' ? index - 1 : index);
    const clause = before.some((t) => FINITE_AUXILIARIES.has(t.lower) || PAST.test(t.lower)) || (before.length === 1 && OBJECT_PRONOUNS.test(before[0]?.lower ?? ''));
    if (clause && opensAttribution(tokens, index + 1)) return index > 0 && tokens[index - 1]?.text === ',' ? (tokens[index - 1]?.start ?? and.start) : and.start;
  }
  return null;
}

/** Whether a subject of a few words and a verb of saying start at `at`. */
function opensAttribution(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (!first || first.kind !== 'word') return false;
  if (SUBJECT_PRONOUNS.has(first.lower)) return REPORTING_FINITE.has(tokens[at + 1]?.lower ?? '');
  if (!isCapitalised(first) && !DETERMINERS.has(first.lower)) return false;
  for (let verb = at + 1; verb <= at + SUBJECT_WORDS && verb < tokens.length; verb++) {
    const word = tokens[verb];
    // "and Roe and Smith said": names joined by "and" are one subject.
    const joinsNames = word?.lower === 'and' && tokens[verb + 1] !== undefined && isCapitalised(tokens[verb + 1] as Token);
    if (!word || word.kind === 'quote' || word.text === ',' || (NOT_IN_SUBJECT.test(word.lower) && !joinsNames) || FINITE_AUXILIARIES.has(word.lower)) return false;
    if (REPORTING_FINITE.has(word.lower)) return true;
  }
  return false;
}

/**
 * "After saying the road was shut, she left", "Roe, despite admitting that
 * it cost more, backed it", "Though Roe said it was safe, the council
 * closed it": a gerund phrase or a clause opening the sentence, or a gerund
 * phrase set off by commas, says only up to its comma.
 */
function openingPhraseEnd(tokens: readonly Token[], cue: Cue): number | null {
  const at = tokens.findIndex((t) => t.start === cue.start);
  const comma = tokens.findIndex((t, index) => index > at && t.text === ',');
  const end = comma > 0 ? (tokens[comma]?.start ?? null) : null;
  // "When Roe said the bridge was safe, the council agreed": a cue in an opening clause of time or cause says up to the clause's comma.
  // Not a comma before a quotation: ", Roe boasted, “...”" closes another attribution, with no comma to end the clause.
  if (at > 1 && SUBORDINATORS.has(tokens[0]?.lower ?? '') && !tokens.slice(1, at).some((t) => t.text === ',')) {
    return tokens[comma + 1]?.kind !== 'quote' ? end : null;
  }
  if (at < 1 || !/ing$/.test(cue.text) || !GERUND_PREPOSITIONS.has(tokens[at - 1]?.lower ?? '')) return null;
  if (at > 1 && tokens[at - 2]?.text !== ',') return null;
  return end;
}

/** How many words the quotation opening at `offset` holds (0 when none opens there). */
function quotedWords(text: string, quotations: QuotationIndex, offset: number): number {
  const quotation = quotations.list[quotations.openingAt(offset)];
  return quotation ? wordCount(text.slice(quotation.start, quotation.end)) : 0;
}

/** Amounts "about" may round: "said about 20 people applied", "said about half the seats are empty". */
const AMOUNT = /^(?:\d[\d,.]*%?|half|two|three|four|five|six|seven|eight|nine|ten|a|one)$/;
const SHARE = /^(?:dozen|third|quarter|fifth|tenth|hundred|thousand|million|billion|percent)$/;

/** "about" that rounds an amount opening the clause, not one that opens a topic ("said about the plan"). */
function approximates(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (tokens[index]?.lower !== 'about' || !next || !AMOUNT.test(next.lower)) return false;
  if (next.lower === 'a' || next.lower === 'one') return SHARE.test(tokens[index + 2]?.lower ?? '');
  return true;
}

/** Verbs that report a clause even without "that": "residents report they want ...", "she wrote she was leaving". */
const CLAUSE_WITHOUT_THAT = new Set(['report', 'write', 'recall', 'declare', 'reveal', 'disclose', 'repeat', 'respond', 'answer', 'agree', 'continue']);

/** A clause opened by its subject pronoun and a verb right after the cue ("report they want more help"). */
function opensWithSubject(lemma: string, after: string): boolean {
  return CLAUSE_WITHOUT_THAT.has(lemma) && /^\s+(?:he|she|they|we|i)\s+(?:\p{Ll}+ed|is|was|are|were|had|has|have|would|will|could|can|should|did|do|does|\p{Ll}+s|want|need|feel|think|know)\b/u.test(after);
}

/** Verbs of committing or urging whose content is an infinitive: "vowed to rebuild", "urged voters to stay home". */
const COMMITTING = new Set(['vow', 'pledge', 'promise', 'urge']);

/** Verbs of asking someone to act: "urged the council to act", "asked voters to stay home". */
const REQUESTING = new Set(['urge', 'ask']);
/** Up to four words for the one asked, with an aside set off by commas ("asked Roe, the host of the debate, to ..."), then "to". */
const ASKED_TO = /^\s+(?:\S+\s+){1,4}?(?:[^,.;:]+,\s+)?to\s+\p{Ll}/u;

/**
 * "vowed to rebuild the bridge", "asked the council to act": the infinitive
 * reports what was said. Not "a letter asking the council to act", where the
 * participle's subject is a thing the sentence does not name as a speaker.
 */
function promisesTo(cue: Cue, after: string): boolean {
  if (cue.lemma === 'ask' && /ing$/.test(cue.text)) return false;
  if (REQUESTING.has(cue.lemma)) return ASKED_TO.test(after);
  return COMMITTING.has(cue.lemma) && /^\s+to\s+\p{Ll}/u.test(after);
}

/**
 * "accused" and up to six words for the one accused ("the city's water board"), then "of", with an
 * aside set off by commas ("accused Varga, who ran the board for years, of ...") and a quotation ("of “waste”").
 */
const ACCUSED_OF = /^\s+(?:[^\s.;:]+\s+){1,6}?(?:[^,.;:]+,\s+)?of\s+["“‘']?\p{L}/u;

/** "accused the council of hiding the report": the charge is what was said. */
function accusesOf(lemma: string, after: string): boolean {
  return lemma === 'accuse' && ACCUSED_OF.test(after);
}

/** "asked whether the bridge was safe", "questioned why the plan changed": a question is what was said. */
function asksWhether(lemma: string, after: string): boolean {
  return (lemma === 'ask' || lemma === 'question') && /^\s+(?:[\p{L}.'’-]+\s+){0,4}?(?:whether|if|how|why|what|when|where|who|which)\b/iu.test(after);
}

/** Nouns for a quality or ground of something, which can be doubted aloud ("the need", "its legality", "their motives"). */
const QUALITY = /^(?:\p{Ll}+(?:ness|ity|ities|ment|ments|ance|ence|ancy|ency|acy|tion|sion)|need|health|wisdom|value|motives?|logic|basis|merits?|timing|figures|claims?)$/u;
/** Nouns for something said or felt aloud, which can be echoed ("the warnings", "the view", "those sentiments"). */
const SPOKEN = /^(?:views?|sentiments?|concerns?|comments?|remarks?|calls?|warnings?|criticisms?|claims?|statements?|message|words|caution|fears?|doubts?|arguments?|position|assessment)$/;
/** What the object of a speech act must name for the act to report speech: "questioned the need", "echoed the warnings". */
const SPOKEN_OBJECTS: ReadonlyMap<string, RegExp> = new Map([['question', QUALITY], ['echo', SPOKEN]]);
/** The first words of an object, past a determiner or possessive ("the", "their", "Acme's") if one opens it. */
const OBJECT_WORDS = /^(?:\s+(?:the|a|an|this|that|these|those|his|her|its|their|our|\p{Lu}[\p{L}.-]*['’]s))?((?:\s+[\p{Ll}-]+){1,3})/u;

/** A noun phrase object says no more than up to its first comma: "echoed the warnings of the mayor, as expected". */
function objectContent(text: string, tokens: readonly Token[], span: Span, quotations: QuotationIndex): Content | null {
  const comma = tokens.find((t) => t.start > span.start && t.start < span.end && t.text === ',');
  const content = cleanContent(text, { start: span.start, end: comma?.start ?? span.end });
  return wordCount(text.slice(content.start, content.end)) >= MIN_CONTENT_WORDS ? { ...content, kind: clauseKind(quotations, content) } : null;
}

/**
 * "questioned the need for a new bridge", "questioned Acme's dependence on
 * one supplier", "echoed the mayor's warnings": doubting a quality of something
 * aloud, or repeating what someone said, is a statement; "questioned the
 * driver" is an interrogation, "echoed the crash of 1987" a likeness.
 */
function speaksOfObject(lemma: string, after: string): boolean {
  const noun = SPOKEN_OBJECTS.get(lemma);
  const words = OBJECT_WORDS.exec(after)?.[1]?.trim().split(/\s+/) ?? [];
  return noun !== undefined && words.some((word) => noun.test(word));
}

/** "maintains she did nothing wrong" reports; "maintains a program" only keeps one: a subject pronoun opens the clause. */
function maintainsClause(lemma: string, rest: string): boolean {
  return lemma === 'maintain' && /^(?:he|she|they|we|i)\b/i.test(rest);
}

/** "responded by calling the plan a gamble": the answer given is what was said, but not "responded a minute later". */
function answersBy(lemma: string, after: string): boolean {
  return lemma === 'respond' && /^\s+by\s+\p{Ll}+ing\b/u.test(after);
}


/** How far after "described" the "as" may stand ("described the city as ..."). */
const DESCRIBED_REACH = 8;

/** "described the city as the heart of the region": what the thing was described as is what was said. */
function describedAs(text: string, tokens: readonly Token[], from: number, span: Span, quotations: QuotationIndex): Content | null {
  for (let index = from; index < tokens.length && index - from <= DESCRIBED_REACH; index++) {
    const token = tokens[index];
    if (!token || token.text === ',' || token.text === '.') return null;
    if (token.lower !== 'as' || token.kind !== 'word') continue;
    const after = tokens[index + 1];
    if (!after) return null;
    const content = cleanContent(text, { start: index > from ? (tokens[from]?.start ?? after.start) : after.start, end: span.end });
    return wordCount(text.slice(content.start, content.end)) >= MIN_CONTENT_WORDS ? { ...content, kind: clauseKind(quotations, content) } : null;
  }
  return null;
}

/**
 * What follows ", X said," that is not more of the statement ("speaking from ...", "a Springfield lawyer", "who leads it",
 * "but declined to ..."), though a gerund with a verb of its own a few words on opens a clause ("replacing the bridge would cost more").
 */
const NOT_CONTENT_TAIL = /^(?:\p{L}+ing\b(?!(?:\s+[^\s,.;]+){1,4}\s+(?:would|will|is|was|could|can|may|might|must|should)\b)|an?\s|(?:who|whose|which)\b|(?:as|while|when|because)\s+(?:he|she|they|it|we)\b|(?:and|but)\s+(?:\p{L}+ed|said|told|gave|went|made|took|declined)\b|(?:\S+\s+){0,7}(?:said|says|told|added)\b)/iu;

/**
 * The content before an attribution that ends at `attributionStart`, with
 * what goes on after it when the attribution is set off by commas:
 * "CONTENT, X said." / "CONTENT, X said, and MORE." / "CONTENT, according to X."
 * `boundary` is the first token after the attribution and its time phrase.
 */
export function contentBefore(text: string, view: SentenceView, attributionStart: number, boundary: Token | undefined, quotations: QuotationIndex): Content {
  const { tokens, sentence } = view;
  const lead = cleanContent(text, { start: sentence.start, end: attributionStart }, false);
  const tailFrom = boundary?.text === ',' ? tokens[tokens.indexOf(boundary) + 1] : undefined;
  const tail = cleanContent(text, { start: tailFrom?.start ?? sentence.end, end: sentence.end });
  const tailText = text.slice(tail.start, tail.end);
  const goesOn = boundary?.text === ',' && wordCount(tailText) >= MIN_CONTENT_WORDS && !NOT_CONTENT_TAIL.test(tailText);
  const whole = { start: lead.start, end: goesOn ? tail.end : lead.end };
  return { ...whole, kind: clauseKind(quotations, whole) };
}

/** Words that open the clause a passive subject stands in ("why it was mentioned", "and the plan was announced"). */
const CLAUSE_OPENING = /^(?:that|which|who|whom|whose|what|why|how|whether|where|when|and|but|or|nor|so|if)$/;

/**
 * What a passive cue reports is its subject, without the auxiliaries:
 * "Meanwhile, the sale of the ferry company was first reported by the Gazette"
 * gives "the sale of the ferry company"; a pronoun ("it was declared by ...")
 * says too little to stand for anything.
 */
export function passiveSubject(text: string, tokens: readonly Token[], cue: number, quotations: QuotationIndex): Content | null {
  let end = cue - 1;
  while (end >= 0 && (SKIPPABLE_BEFORE_VERB.has(tokens[end]?.lower ?? '') || isAdverb(tokens[end]?.text ?? '') || /^(?:be|been|being)$/.test(tokens[end]?.lower ?? ''))) end--;
  let start = end;
  while (start > 0 && tokens[start - 1]?.kind === 'word' && !CLAUSE_OPENING.test(tokens[start - 1]?.lower ?? '') && !SUBORDINATORS.has(tokens[start - 1]?.lower ?? '')) start--;
  const first = tokens[start];
  const last = tokens[end];
  if (!first || !last || end < start) return null;
  const span = { start: first.start, end: last.end };
  return wordCount(text.slice(span.start, span.end)) >= MIN_CONTENT_WORDS ? { ...span, kind: clauseKind(quotations, span) } : null;
}
