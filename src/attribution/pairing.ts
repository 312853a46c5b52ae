/**
 * The pairing stage: puts a cue, its speaker and its content together into
 * a statement, sentence by sentence. The content is a quotation closing just
 * before the attribution ('"...," Jane Roe said'), the clause before it
 * ("CONTENT, she said") or the clause after it ("she said that CONTENT");
 * which one is decided here, from where the speaker stands. A quotation
 * belongs to one statement only, and a joint mention ("both Jane Roe and
 * John Doe said") gives one statement per speaker.
 */
import type { Article } from '../corpus/types.js';
import type { Token } from '../language/tokens.js';
import { SPEECH_ACTS } from '../language/reporting-verbs.js';
import { clauseKind, contentAfter, contentBefore, cleanContent, MIN_CONTENT_WORDS, passiveSubject, wordCount, skipTime, type Content } from './content.js';
import { cueOf, findCues, type CueToken } from './cues.js';
import { CLAUSE_ONLY_VERBS } from './lexicon.js';
import { isGivenName } from './first-names.js';
import { describeMention } from './mentions.js';
import { findNominalCues, type NominalCue } from './nominal-cues.js';
import { isQuotedTitle, type QuotationIndex } from './quotations.js';
import type { RawStatement } from './raw-statement.js';
import { viewSentences, type SentenceView } from './sentence-view.js';
import { locateSpeaker, skipAddressee, type Located } from './speaker-location.js';
import type { Cue, Mention } from './types.js';

export interface Paired {
  /** The statements found at cues, in the order of their cues. */
  statements: RawStatement[];
  /** For each quotation used as a statement's content, the index of that statement. */
  usedQuotations: Map<number, number>;
}

/** A statement found at a cue, before it is placed in its sentence and paragraph. */
interface Found extends Content {
  mention: Mention | null;
  cue: Cue | null;
  antecedent?: Mention;
}

/** A statement found in a sentence, placed there, built as one literal shape (spreading a found one is slow on this path). */
function placedStatement(found: Found, mention: Mention | null, view: SentenceView): RawStatement {
  const placed: RawStatement = { start: found.start, end: found.end, kind: found.kind, mention, cue: found.cue, sentence: view.index, paragraph: view.sentence.paragraph, inherits: -1 };
  if (found.antecedent) placed.antecedent = found.antecedent;
  return placed;
}

/** Pairs every cue of the article with its speaker and content. */
export function pairCues(article: Article, quotations: QuotationIndex): Paired {
  const paired: Paired = { statements: [], usedQuotations: new Map() };
  for (const view of viewSentences(article)) pairInSentence(article, view, quotations, paired);
  return paired;
}

function pairInSentence(article: Article, view: SentenceView, quotations: QuotationIndex, paired: Paired): void {
  const text = article.original;
  const { tokens } = view;
  const { statements, usedQuotations } = paired;
  const inSentence: RawStatement[] = [];
  // An attribution closing the sentence first ("The system also explains the storms, Roe said."), then the
  // other verbs of saying, then speech acts ("The council condemned the plan ... it is not ours said Roe").
  const cues = findCues(tokens, (token) => quotations.covers(token.start));
  // "According to the Gazette, Jane Roe said that ...": the source opening the sentence relays what the
  // speaker of the verb after it said. That verb goes first, with the clause as its own statement; the
  // source still reports the whole clause, a statement nested around it.
  const relay = (cue: CueToken): boolean => cue.lemma === 'according to' && !anyToken(tokens, 0, cue.index, (t) => t.kind === 'word') &&
    cues.some((other) => other.index > cue.index && other.lemma !== 'according to' && !SPEECH_ACTS.has(other.lemma) &&
      anyToken(tokens, cue.index, other.index, (t) => t.text === ','));
  // Each cue ranked once, not at every comparison of the sort.
  const ranks = new Map(cues.map((cue) => [cue, relay(cue) ? 3 : closesSentence(tokens, cue) ? 0 : SPEECH_ACTS.has(cue.lemma) ? 2 : 1]));
  const rank = (cue: CueToken): number => ranks.get(cue) ?? 1;
  const ordered = [...cues].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  for (const cueToken of ordered) {
    // A reporting verb inside what someone is said to have said ("said the allies agreed") is part of it,
    // unless "and" joins it to the first verb's subject ("accused the board of waste and said ..."): then
    // what the first verb reports ends before the "and".
    const cueStart = tokens[cueToken.index]?.start ?? 0;
    const holder = inSentence.find((s) => cueStart >= s.start && cueStart < s.end);
    if (holder) clipAtJoinedVerb(text, tokens, holder, cueToken.index);
    if (holder) clipAtContrast(text, tokens, holder, cueToken);
    if (inSentence.some((s) => cueStart >= s.start && cueStart < s.end)) continue;
    if (isConditional(tokens, cueToken) || isWritersAside(text, tokens, cueToken)) continue;
    const statement = statementAt(text, view, cueToken, quotations) ?? blockQuotation(article, view, cueToken, quotations) ??
      quotationParagraphAfter(article, view, cueToken, quotations) ?? participleAfterStatement(text, view, cueToken, quotations, inSentence);
    if (!statement) continue;
    const { quotation, ...raw } = statement;
    // "... but her lawyer told reporters it was silly and added: ...": a verb joined by "and" shares the
    // subject of the nearest verb of saying before it, not the sentence's first subject.
    const joinedTo = raw.mention && tokens[cueToken.index - 1]?.lower === 'and' ? nearestSpeakerBefore(inSentence, cueStart) : null;
    if (joinedTo && raw.mention && joinedTo.start > raw.mention.start) raw.mention = joinedTo;
    // "criticized the deal and called for tariffs": the verb of saying after "and" was paired first; what
    // the speech act reports ends before the "and".
    for (const { cue } of inSentence) {
      if (cue && cue.start > raw.start && cue.start < raw.end) clipAtJoinedVerb(text, tokens, raw, tokens.findIndex((t) => t.start === cue.start));
    }
    const relayed = relay(cueToken);
    if (quotation !== undefined && !relayed) {
      if (usedQuotations.has(quotation)) continue;
      usedQuotations.set(quotation, statements.length);
    }
    // Two cues for one clause ("said on Tuesday, adding"): keep the first.
    if (!relayed && inSentence.some((s) => s.start < raw.end && raw.start < s.end)) continue;
    // "I think", "we believe" outside quotation marks is the writer, or a quote that lost its marks;
    // "if you say ...", "you suggest ..." is the writer addressing the reader, whom nobody quotes.
    if (raw.mention && /^(?:i|we|you)$/i.test(raw.mention.text)) continue;
    // "SPRINGFIELD FALLS quips ...": a dateline in capitals is where the story was filed, not who spoke.
    if (raw.mention && /^\p{Lu}{3,}(?:[\s-]+\p{Lu}{2,})+$/u.test(raw.mention.text)) continue;
    for (const mention of splitJointMention(text, tokens, raw.mention)) {
      const placed = placedStatement(raw, mention, view);
      statements.push(placed);
      inSentence.push(placed);
    }
  }
  // Last, what a noun reports outside every statement so far: "Roe's claim that ...", "his promise to ...".
  for (const nominal of findNominalCues(text, tokens, (token) => quotations.covers(token.start))) {
    const found = nominalStatement(text, view, nominal, quotations);
    if (!found || inSentence.some((s) => s.start < found.end && found.start < s.end)) continue;
    const placed = placedStatement(found, found.mention, view);
    statements.push(placed);
    inSentence.push(placed);
  }
}

/**
 * '"...," the mayor said, adding that ...': a participle after the attribution
 * of an earlier statement in the sentence reports more of the same speaker.
 */
function participleAfterStatement(text: string, view: SentenceView, cueToken: CueToken, quotations: QuotationIndex, inSentence: readonly RawStatement[]): Found | null {
  const { tokens } = view;
  const verb = tokens[cueToken.index];
  // "..., adding that ...", or a verb joined by "and" whose subject was not found before it ("According to Roe the
  // board agreed that ... and confirmed that ..."): the speaker of the statement before it in the sentence.
  const participle = /ing$/.test(verb?.lower ?? '') && tokens[cueToken.index - 1]?.text === ',';
  const and = tokens[cueToken.index - 1];
  if (!verb || (!participle && and?.lower !== 'and')) return null;
  const earlier = [...inSentence].reverse().find((s) => s.cue && s.cue.end <= verb.start && s.mention);
  if (!earlier?.mention) return null;
  // "and" joins the verb to the earlier statement only straight after what it reports: not after a new subject ("but engineers met and insisted").
  if (!participle && (!and || /\S/.test(text.slice(earlier.end, and.start)))) return null;
  const after = contentAfter(text, view, cueToken.last + 1, cueToken.lemma, cueOf(text, tokens, cueToken), quotations);
  if (typeof after !== 'object' || after === null) return null;
  return { ...after, mention: earlier.mention, cue: cueOf(text, tokens, cueToken) };
}

/** What a reporting noun reports: from after "that", "to" or "about" to the end of its clause. */
function nominalStatement(text: string, view: SentenceView, nominal: NominalCue, quotations: QuotationIndex): Found | null {
  const { tokens, sentence } = view;
  const first = tokens[nominal.from];
  if (!first) return null;
  const stop = tokens.findIndex((t, index) => index > nominal.from && /^[,;:.!?]$/.test(t.text) && !quotations.covers(t.start));
  const end = stop > 0 ? (tokens[stop]?.start ?? sentence.end) : sentence.end;
  const content = cleanContent(text, { start: first.start, end }, false);
  if (wordCount(text.slice(content.start, content.end)) < MIN_CONTENT_WORDS) return null;
  const noun = tokens[nominal.index];
  const cue = { start: noun?.start ?? 0, end: noun?.end ?? 0, text: noun?.text ?? '', lemma: nominal.lemma };
  return { ...content, kind: clauseKind(quotations, content), mention: nominal.owner, cue };
}

/**
 * 'Roe expressed concern about the debt.' closing its paragraph, then a
 * paragraph that is only a quotation: the quotation is what the cue, which
 * found a speaker but nothing said, reports.
 */
function quotationParagraphAfter(article: Article, view: SentenceView, cueToken: CueToken, quotations: QuotationIndex): Found | null {
  const { tokens, sentence } = view;
  const text = article.original;
  const paragraph = article.paragraphs[sentence.paragraph];
  const next = article.paragraphs[sentence.paragraph + 1];
  if (!paragraph || !next || /\S/.test(text.slice(sentence.end, paragraph.end))) return null;
  // "Roe called her lawyer." is no cue for the paragraph after: only a verb of saying or a feeling voiced.
  if (CLAUSE_ONLY_VERBS.has(cueToken.lemma)) return null;
  const located = locateSpeaker(text, tokens, cueToken);
  if (!located || (located.mention.kind === 'pronoun' && !located.preposed)) return null;
  const index = quotations.openingAt(cleanContent(text, next, false).start);
  const quotation = quotations.list[index];
  // The whole paragraph is the quotation: one with its own attribution belongs to that.
  if (!quotation || /[\p{L}\p{N}]/u.test(text.slice(quotation.closeEnd ?? quotation.end, next.end))) return null;
  if (wordCount(text.slice(quotation.start, quotation.end)) < MIN_CONTENT_WORDS) return null;
  return { start: quotation.start, end: quotation.end, kind: 'direct', quotation: index, mention: located.mention, cue: cueOf(text, tokens, cueToken) };
}

/**
 * "accused the board of waste and said ...": what the first verb reports ends
 * before an "and" that joins the verb at `verb` to it in one clause (no
 * comma between), so the second verb reports a statement of its own.
 */
function clipAtJoinedVerb(text: string, tokens: readonly Token[], holder: Content & { cue: Cue | null }, verb: number): void {
  const joined = tokens[verb - 1];
  const cue = holder.cue;
  if (joined?.lower !== 'and' || !cue || cue.end >= joined.start || holder.kind === 'direct') return;
  if (tokens.some((t) => t.start >= cue.end && t.end <= joined.start && /^[,;:]$/.test(t.text))) return;
  const clipped = cleanContent(text, { start: holder.start, end: joined.start }, false);
  if (wordCount(text.slice(clipped.start, clipped.end)) >= MIN_CONTENT_WORDS) Object.assign(holder, clipped);
}

/** The speaker of the statement whose cue stands nearest before `at` in the sentence, or null. */
function nearestSpeakerBefore(inSentence: readonly RawStatement[], at: number): Mention | null {
  let nearest: RawStatement | null = null;
  for (const statement of inSentence) {
    if (statement.cue && statement.mention && statement.cue.end <= at && (!nearest?.cue || statement.cue.start > nearest.cue.start)) nearest = statement;
  }
  return nearest?.mention ?? null;
}

/**
 * "Acme claimed Roe led the group but her lawyer, Tom Varga, told reporters
 * ...": what the first verb reports ends before a "but" (or "while",
 * "whereas") that opens a clause whose own subject speaks, so that clause's
 * verb reports a statement of its own.
 */
function clipAtContrast(text: string, tokens: readonly Token[], holder: Content & { cue: Cue | null }, cueToken: CueToken): void {
  if (holder.kind === 'direct' || !holder.cue) return;
  const located = locateSpeaker(text, tokens, cueToken);
  if (!located?.preposed || located.detached) return;
  const opener = tokens[tokens.findIndex((t) => t.start === located.mention.start) - 1];
  if (!opener || !/^(?:but|while|whereas)$/.test(opener.lower) || opener.start <= holder.cue.end || opener.start < holder.start) return;
  const clipped = cleanContent(text, { start: holder.start, end: opener.start }, false);
  if (wordCount(text.slice(clipped.start, clipped.end)) >= MIN_CONTENT_WORDS) Object.assign(holder, clipped);
}

/** Whether any token from `from` up to (not including) `to` passes `test`: read in place, without a slice. */
function anyToken(tokens: readonly Token[], from: number, to: number, test: (token: Token) => boolean): boolean {
  for (let index = Math.max(0, from); index < Math.min(to, tokens.length); index++) {
    const token = tokens[index];
    if (token && test(token)) return true;
  }
  return false;
}

/** Words that open a clause of condition or habit: what is said there is not reported as said. */
const CONDITIONAL = /^(?:if|whenever|unless)$/;

/** "If Roe says no, the deal dies", "Whenever he accuses the board of ...": speech supposed, not reported. */
function isConditional(tokens: readonly Token[], cue: CueToken): boolean {
  let index = cue.index - 1;
  while (index > 0 && !/^(?:[,;:—–]|--?)$/.test(tokens[index - 1]?.text ?? '') && tokens[index - 1]?.kind !== 'quote') index--;
  return CONDITIONAL.test(tokens[index]?.lower ?? '');
}

/** Words before a verb of saying that make it the writer's own aside: "it is worth noting", "it goes without saying", "needless to say". */
const WRITERS_ASIDE = /(?:\bit(?:['’]s|\s+is|\s+was|\s+bears)\s+(?:also\s+)?(?:worth|repeating)|\bgoes\s+without|\bneedless\s+to)\s*$/i;

/** "It's worth noting that the plan failed": the writer speaking, with nobody quoted. */
function isWritersAside(text: string, tokens: readonly Token[], cue: CueToken): boolean {
  const verb = tokens[cue.index];
  return verb !== undefined && WRITERS_ASIDE.test(text.slice(Math.max(0, verb.start - 30), verb.start));
}

/** How many words a closing attribution's speaker may have (", the mayor of Springfield said."). */
const CLOSING_REACH = 6;

/**
 * ", Jane Roe said." / ", said Jane Roe.": a plain verb of saying after a
 * comma that ends the sentence; or ", according to X" anywhere, which gives X
 * the whole sentence, other reporting verbs in it included.
 */
function closesSentence(tokens: readonly Token[], cue: CueToken): boolean {
  // "The firm asked staff to keep quiet, according to two people who saw the memo."
  if (cue.lemma === 'according to') return tokens[cue.index - 1]?.text === ',';
  if (cue.lemma !== 'say' && cue.lemma !== 'add') return false;
  // Nothing after the verb but quotation marks and one closing mark.
  let after = 0;
  let closing = true;
  for (let index = cue.last + 1; index < tokens.length && after < 2; index++) {
    const token = tokens[index];
    if (!token || token.kind === 'quote') continue;
    after++;
    closing = /^[.!?]$/.test(token.text);
  }
  const ends = after === 0 || (after === 1 && closing);
  if (!ends) return false;
  for (let index = cue.index - 1; index >= 0 && cue.index - index <= CLOSING_REACH; index--) {
    if (tokens[index]?.text === ',') return true;
    if (tokens[index]?.kind !== 'word') return false;
  }
  return false;
}

/**
 * 'The governor added:' closing its paragraph: the next paragraph is what
 * was said, the way transcripts and long quotations are set.
 */
function blockQuotation(article: Article, view: SentenceView, cueToken: CueToken, quotations: QuotationIndex): Found | null {
  const { tokens, sentence } = view;
  const text = article.original;
  const paragraph = article.paragraphs[sentence.paragraph];
  const next = article.paragraphs[sentence.paragraph + 1];
  if (!paragraph || !next || !/:\s*$/.test(text.slice(sentence.start, paragraph.end))) return null;
  // Only the speaker may stand between the cue and the colon ("said Jane Roe:").
  const located = locateSpeaker(text, tokens, cueToken);
  const after = tokens.slice(cueToken.last + 1).filter((t) => t.text !== ':' && (!located || t.start >= located.mention.end));
  if (!located || after.some((t) => t.kind === 'word')) return null;
  const content = cleanContent(text, next, false);
  if (wordCount(text.slice(content.start, content.end)) < MIN_CONTENT_WORDS) return null;
  const speaker = { mention: located.mention, cue: cueOf(text, tokens, cueToken) };
  const quotation = quotations.openingAt(content.start);
  const marked = quotations.list[quotation];
  if (marked) return { start: marked.start, end: marked.end, kind: 'direct', quotation, ...speaker };
  return { ...content, kind: 'direct', ...speaker };
}

/** The statement a cue reports, or null when it has no speaker or no content. */
function statementAt(text: string, view: SentenceView, cueToken: CueToken, quotations: QuotationIndex): Found | null {
  const { tokens } = view;
  const cue = cueOf(text, tokens, cueToken);
  const located = locateSpeaker(text, tokens, cueToken);
  if (!tokens[cueToken.index] || !located) return null;
  const { mention, preposed } = located;
  const participle = located.detached === true;
  const mentionEnd = participle ? cue.end : Math.max(mention.end, cue.end);
  const attributionStart = participle ? cue.start : Math.min(mention.start, cue.start);

  let afterIndex = tokens.findIndex((t) => t.start >= mentionEnd);
  if (afterIndex < 0) afterIndex = tokens.length;
  if (cueToken.lemma === 'tell' && preposed) afterIndex = skipAddressee(tokens, afterIndex);
  const boundary = tokens[skipTime(tokens, afterIndex)];
  const after = contentAfter(text, view, afterIndex, cueToken.lemma, cue, quotations);

  if (cueToken.lemma !== 'according to') {
    // Role words between quotation and name only when nothing follows the verb: '"...," volunteer Tom Varga said.'
    const roleGap = typeof after !== 'object' || after === null;
    const quoted = quotationBefore(text, view, attributionStart, quotations, roleGap);
    // '"... in Springfield." Roe writes that ...': a quotation that ended the sentence before is not what this one reports.
    const endedBefore = quoted !== null && quoted.end <= view.sentence.start && typeof after === 'object' && after !== null;
    // 'Deriding the "rigged system," Roe accused the board of ...': a term of a word or two quoted inside a phrase
    // is no statement when a clause follows the verb (unlike '"You winning?" she asked, ...', which opens the sentence).
    const term = quoted !== null && quoted.kind === 'direct' && wordCount(text.slice(quoted.start, quoted.end)) < MIN_CONTENT_WORDS &&
      wordCount(text.slice(view.sentence.start, quoted.start)) > 0 && typeof after === 'object' && after !== null;
    if (quoted && !endedBefore && !term) return { ...quoted, mention, cue };
  }

  const speaker = { mention, cue, ...(located.antecedent ? { antecedent: located.antecedent } : {}) };
  if (leadIsContent(text, view, { cueToken, located, attributionStart, boundary, after })) {
    // "The sale was first reported by the Gazette": what was reported is the subject, not the clause up to the cue.
    if (located.passive) {
      const subject = passiveSubject(text, tokens, cueToken.index, quotations);
      return subject && { ...subject, ...speaker };
    }
    const before = contentBefore(text, view, attributionStart, boundary, quotations);
    if (wordCount(text.slice(before.start, before.end)) >= MIN_CONTENT_WORDS) return { ...before, ...speaker };
  }
  if (typeof after !== 'object' || after === null) return null;
  const within = mention.start < cue.start ? withinRelative(text, view, mention, cueToken.lemma, after, quotations) : after;
  return within && { ...within, ...speaker };
}

/** Words that open the next clause or phrase after a comma: a conjunction, subordinator, auxiliary or participle ("would do, and ...", "the gap, once ..."). */
const CLAUSE_AFTER_COMMA = /^(?:and|but|or|yet|so|as|once|because|although|though|while|when|after|before|since|unless|until|regardless|including|is|are|was|were|has|have|had|will|would|could|should|may|might|must|can|did|\p{Ll}+ing)$/u;
/** Words that open a relative clause whose object is what the speaker said ("what Roe said", "which Roe called", "how Roe says it works"). */
const WH_OPENERS: ReadonlySet<string> = new Set(['what', 'which', 'how']);
/** Wh-words that open a parallel relative clause after "and", "but" or "or" ("what X says and what Y does"). */
const WH_WORDS = /^(?:what|how|which|who|why|where|when|whether)$/;

/**
 * Whether token `index` ends a relative clause's report: a semicolon or dash;
 * a comma before the next clause or phrase ("would do, and", "it costs,
 * including", not "Springfield, Ohio", "2,500" or "to design, print and
 * deliver"), or any such comma when the clause is set off by one (", which
 * Roe said was unfair, rose"); "and", "but" or "or" before a parallel wh-clause.
 */
function endsRelative(text: string, tokens: readonly Token[], index: number, setOff: boolean): boolean {
  const token = tokens[index];
  const before = tokens[index - 1];
  const next = tokens[index + 1];
  if (!token || !next) return false;
  if (/^(?:[;—–]|--)$/.test(token.text)) return true;
  // "to design, print and deliver": a comma between the words of a list.
  const listed = /^(?:and|or|,)$/.test(tokens[index + 2]?.lower ?? '');
  if (token.text === ',') return /\s/.test(text[token.end] ?? '') && !/^\p{Lu}/u.test(before?.text ?? '') && !listed && (setOff || CLAUSE_AFTER_COMMA.test(next.text));
  return /^(?:and|but|or)$/.test(token.lower) && WH_WORDS.test(next.lower);
}

/**
 * "the difference between what Roe says the levy will raise and what it costs",
 * "the fees, which Roe called “a tax on the poor” -- and ...": a speaker
 * after "what" or "which" reports only the relative clause, up to where it
 * ends; the sentence goes on about something else.
 */
function withinRelative(text: string, view: SentenceView, mention: Mention, cueLemma: string, after: Content, quotations: QuotationIndex): Content | null {
  const { tokens } = view;
  let at = tokens.findIndex((t) => t.start >= mention.start) - 1;
  // "what many residents called ...": describing words the mention left out may stand after the opener.
  for (let skipped = 0; skipped < 2 && /^\p{Ll}+$/u.test(tokens[at]?.text ?? '') && !WH_OPENERS.has(tokens[at]?.lower ?? ''); skipped++) at--;
  const opener = tokens[at];
  if (!opener || !WH_OPENERS.has(opener.lower) || after.kind === 'direct') return after;
  const end = tokens.find((t, index) => t.start > after.start && t.start < after.end && !quotations.covers(t.start) && endsRelative(text, tokens, index, tokens[at - 1]?.text === ','));
  // "what she would tell the mayor": after a verb of telling or asking comes the one addressed; what was said is unknown.
  if (/^(?:tell|ask)$/.test(cueLemma)) return null;
  if (!end) return after;
  const span = cleanContent(text, { start: after.start, end: end.start });
  if (wordCount(text.slice(span.start, span.end)) < MIN_CONTENT_WORDS) return null;
  const quotation = quotations.openingAt(span.start);
  const marked = quotations.list[quotation];
  if (marked && marked.end >= span.end - 2) return { start: marked.start, end: marked.end, kind: 'direct', quotation };
  return { ...span, kind: clauseKind(quotations, span) };
}

/**
 * A quotation closing just before the attribution: '"...," Jane Roe said' or
 * '"...," said Jane Roe'. When the sentence opens with more than the
 * quotation ('Raising taxes "is the only way," she said'), the whole clause
 * it ends is what was said.
 */
function quotationBefore(text: string, view: SentenceView, attributionStart: number, quotations: QuotationIndex, roleGap: boolean): Content | null {
  const { sentence } = view;
  const closing = quotations.inParagraph(sentence.paragraph).find((index) => {
    const q = quotations.list[index];
    return q !== undefined && q.closeEnd !== null && q.closeEnd <= attributionStart && attributionStart - q.closeEnd < ROLE_GAP &&
      (/^[^\S\n]*[,—–-]?[^\S\n]*$/.test(text.slice(q.closeEnd, attributionStart)) || (roleGap && rolePremodifier(text.slice(q.closeEnd, attributionStart))));
  }) ?? -1;
  const quotation = quotations.list[closing];
  if (closing < 0 || !quotation) return null;
  // 'In an interview on "Springfield Sunday," Roe said ...': a quoted title, not what was said.
  if (isQuotedTitle(text, quotation)) return null;
  const lead = text.slice(sentence.start, quotation.open);
  if (quotation.open > sentence.start && !sentence.insideQuote && wordCount(lead) >= MIN_CONTENT_WORDS && !/[.!?]["”]?\s*$/.test(lead)) {
    return { ...cleanContent(text, { start: sentence.start, end: quotation.closeEnd ?? quotation.end }, false), kind: 'mixed', quotation: closing };
  }
  return { start: quotation.start, end: quotation.end, kind: 'direct', quotation: closing };
}

/** "In a press release,", "At the hearing,": where something was said, never what. */
const SCENE = /^(?:in|at|on|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,4}(?:statement|release|interview|speech|hearing|meeting|conference|letter|post|email|e-mail|tweet|video|broadcast|briefing|session|debate|rally|address|appearance)s?$/i;

/** How many characters of role words may stand between a quotation and its speaker's name. */
const ROLE_GAP = 60;
/** Lower-case words that never belong to a role written before a name. */
const NOT_ROLE = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'as', 'then', 'who', 'which', 'that', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by',
  'after', 'before', 'when', 'while', 'since', 'because', 'until', 'if', 'so', 'than', 'from', 'where',
]);

/**
 * '"...," Springfield Rally volunteer coordinator Tom Varga said': what
 * stands between a quotation and the name is a role written before it, up
 * to three capitalised words (with the small words of a body's name between
 * them: "College of the Springfield Arts") then one to four lower-case
 * ones ("then-Springfield mayoral candidate" counts).
 */
function rolePremodifier(gap: string): boolean {
  const words = gap.replace(/^[^\S\n]*[,—–-]?/, '').trim().split(/[^\S\n]+/);
  const capitalised = words.findIndex((w, index) => !CAPITALISED.test(w) && !insideBodyName(words, index));
  const lower = capitalised < 0 ? [] : words.slice(capitalised);
  const names = words.slice(0, Math.max(capitalised, 0)).filter((w) => CAPITALISED.test(w)).length;
  return capitalised >= 0 && names <= 3 && lower.length >= 1 && lower.length <= 4 &&
    lower.every((w) => /^\p{Ll}[\p{L}-]*$/u.test(w) && !NOT_ROLE.has(w));
}

const CAPITALISED = /^\p{Lu}[\p{L}'’&-]*$/u;
/** Small words inside a body's name ("College of the Springfield Arts", "Friends for Parks"). */
const BODY_NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and']);

/** Whether the word at `index` is a small word between capitalised words of one name ("of the" in "College of the Springfield Arts"). */
function insideBodyName(words: readonly string[], index: number): boolean {
  if (index === 0 || !BODY_NAME_CONNECTORS.has(words[index] ?? '')) return false;
  let next = index;
  while (BODY_NAME_CONNECTORS.has(words[next] ?? '')) next++;
  return CAPITALISED.test(words[next] ?? '');
}

/** A short opening phrase that sets the scene rather than says anything ("At the forum,", "Speaking in Springfield,"). */
const INTRO_PHRASE = /^(?:(?:at|in|on|during|after|before|while|when|with|back|but|however|still|later|earlier|asked|speaking|campaigning|arriving|writing|talking|answering|responding)\b[^,]{0,80})$/i;

interface Attribution {
  cueToken: CueToken;
  located: Located;
  /** Where the speaker and cue begin. */
  attributionStart: number;
  /** The first token after the attribution and its time phrase. */
  boundary: Token | undefined;
  /** What contentAfter found after the attribution. */
  after: Content | 'adverbial' | null;
}

/**
 * Whether what was said stands before the attribution: always before
 * "according to X" and an inverted "said X"; before "X said" only when the
 * attribution closes the clause ("CONTENT, X said." but not "X said CONTENT");
 * never before "..., saying", whose lead is what its subject did, not said.
 */
function leadIsContent(text: string, view: SentenceView, attribution: Attribution): boolean {
  const { sentence } = view;
  const { cueToken, located, attributionStart, boundary, after } = attribution;
  const participle = located.detached === true;
  // The attribution closes its clause: "X said." / "X said, ..." / "X said at a news conference."
  const lead = cleanContent(text, { start: sentence.start, end: attributionStart }, false);
  const leadText = text.slice(lead.start, lead.end);
  const commaBefore = /,\s*$/.test(text.slice(sentence.start, attributionStart));
  // "..., Roe writes in her book.": after a comma even a clause-only verb closes its clause with a phrase of place.
  const attributionEnds = !boundary || /^[,.;!?]$/.test(boundary.text) || (after === 'adverbial' && (!CLAUSE_ONLY_VERBS.has(cueToken.lemma) || commaBefore));
  const unpunctuated = !/[,.;:!?]/.test(sentence.text.slice(0, -1));
  // "It's common, he explains, for a man to ...": a short lead is content when the clause goes on after the attribution.
  const interrupted = commaBefore && boundary?.text === ',' && wordCount(leadText) > 0;
  return (
    (wordCount(leadText) >= MIN_CONTENT_WORDS || interrupted) &&
    !((typeof after === 'object' && after !== null && INTRO_PHRASE.test(leadText)) || SCENE.test(leadText)) &&
    !participle && !OPENS_SUBJECT.test(leadText) &&
    (cueToken.lemma === 'according to' || !located.preposed || (attributionEnds && (commaBefore || unpunctuated)))
  );
}

/** "Forty per cent of members agreed.": a lead ending in "of" is the start of the speaker's own phrase, not what was said. */
const OPENS_SUBJECT = /\bof$/i;

/** Words that end a firm's name after "and" ("Ostby and Co", "Lindgren and Sons"). */
const FIRM_TAILS: ReadonlySet<string> = new Set(['co', 'company', 'sons', 'partners', 'associates']);

/** "both Jane Roe and John Doe warned": one statement for each of two named speakers. */
export function splitJointMention(text: string, tokens: readonly Token[], mention: Mention | null): (Mention | null)[] {
  if (!mention || mention.kind !== 'name') return [mention];
  const inside = tokens.filter((t) => t.start >= mention.start && t.end <= mention.end);
  const and = inside.findIndex((t) => t.lower === 'and');
  if (and <= 0 || and === inside.length - 1) return [mention];
  // "Ostby and Co analyst Jane Roe", "Lindgren and Sons": a firm's name, not two speakers.
  if (FIRM_TAILS.has(inside[and + 1]?.lower ?? '')) return [mention];
  const left = inside.slice(inside[0]?.lower === 'both' ? 1 : 0, and);
  const right = inside.slice(and + 1);
  const parts = [left, right].map((part) => {
    const first = part[0];
    const last = part[part.length - 1];
    return first && last ? describeMention(text.slice(first.start, last.end), part, first.start, last.end) : null;
  });
  // "Heart and Lung Fund manager Jane Roe": one word before "and" and a role after it make a body's name, not two people.
  const [first, second] = parts;
  const bodyName = first?.name?.includes(' ') === false && second?.role != null;
  // "The Springfield Water Board and Jane Roe said": a body and a person speak each.
  // "Minister for Children, Young People and Families Jane Roe": a name part of several words with neither a
  // given name nor a title is a body's words.
  const person = (part: Mention | null): boolean => {
    const words = part?.name?.split(' ') ?? [];
    return part?.kind === 'name' && (part.role !== null || words.length === 1 || isGivenName(words[0] ?? ''));
  };
  const speakers = parts.every((part) => person(part) || part?.kind === 'organisation') && parts.some(person);
  return speakers && !bodyName ? parts : [mention];
}
