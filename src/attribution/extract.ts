/**
 * Finds the statements of one article: direct quotations with their
 * speakers, indirect and mixed speech around reporting verbs, and quotations
 * that carry on an earlier speaker. Speakers are mentions here; who they are
 * is worked out by coreference.ts.
 */
import type { Article, Sentence, Span } from '../corpus/types.js';
import { isTimeNoun } from '../language/time.js';
import { findCues, NOUN_LIKE_FORMS, type CueToken } from './cues.js';
import { CLAUSE_ONLY_VERBS, ROLE_NOUNS, SUBJECT_PRONOUNS } from './lexicon.js';
import { describeMention, mentionAfter, mentionBefore } from './mentions.js';
import { findQuotations, indexQuotations, type Quotation, type QuotationIndex } from './quotations.js';
import { tokenize, type Token } from '../language/tokens.js';
import type { Cue, Mention, StatementKind } from './types.js';

/** A statement before its speaker is resolved. */
export interface RawStatement extends Span {
  kind: StatementKind;
  mention: Mention | null;
  cue: Cue | null;
  sentence: number;
  paragraph: number;
  /** Index of the statement whose speaker this one inherits (floating quotes), or -1. */
  inherits: number;
  /** For a relative pronoun mention ("who"), the phrase it stands for. */
  antecedent?: Mention;
}

const MIN_CONTENT_WORDS = 3;

interface SentenceView {
  sentence: Sentence;
  index: number;
  tokens: Token[];
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function cueOf(text: string, tokens: readonly Token[], cue: CueToken): Cue {
  const start = tokens[cue.index]?.start ?? 0;
  const end = tokens[cue.last]?.end ?? start;
  return { start, end, text: text.slice(start, end), lemma: cue.lemma };
}

/**
 * Trims a content span: white space, leading commas and colons, trailing
 * punctuation; after a verb also the "that" that opens the clause.
 */
function cleanContent(text: string, span: Span, afterVerb = true): Span {
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
  for (;;) {
    const tail = /(?:\s+|[,.;:!?—–-]+)$/.exec(body());
    if (!tail || tail[0].length === 0) break;
    end -= tail[0].length;
  }
  return { start, end: Math.max(start, end) };
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

export function extractRawStatements(article: Article): RawStatement[] {
  const text = article.original;
  const quotations = indexQuotations(findQuotations(text, article.paragraphs));
  const views: SentenceView[] = article.sentences.map((sentence, index) => ({ sentence, index, tokens: tokenize(text, sentence) }));
  const statements: RawStatement[] = [];
  const usedQuotations = new Map<number, number>();

  for (const view of views) {
    const { tokens, sentence } = view;
    const inSentence: RawStatement[] = [];
    for (const cueToken of findCues(tokens, (token) => quotations.covers(token.start))) {
      // A reporting verb inside what someone is said to have said ("said the allies agreed") is part of it.
      const cueStart = tokens[cueToken.index]?.start ?? 0;
      if (inSentence.some((s) => cueStart >= s.start && cueStart < s.end)) continue;
      const statement = statementAt(text, view, cueToken, quotations);
      if (!statement) continue;
      const { quotation, ...raw } = statement;
      if (quotation !== undefined) {
        if (usedQuotations.has(quotation)) continue;
        usedQuotations.set(quotation, statements.length);
      }
      // Two cues for one clause ("said on Tuesday, adding"): keep the first.
      if (inSentence.some((s) => s.start < raw.end && raw.start < s.end)) continue;
      // "I think", "we believe" outside quotation marks is the writer, or a quote that lost its marks.
      if (raw.mention && /^(?:i|we)$/i.test(raw.mention.text)) continue;
      for (const mention of splitJointMention(text, tokens, raw.mention)) {
        const statement = { ...raw, mention, sentence: view.index, paragraph: sentence.paragraph, inherits: -1 };
        statements.push(statement);
        inSentence.push(statement);
      }
    }
  }
  attachLooseQuotations(text, article, quotations, usedQuotations, statements);
  extendUnmarkedQuotes(article, statements);
  const sorted = [...statements].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.map((statement) => {
    const owner = statements[statement.inherits];
    return { ...statement, inherits: owner ? sorted.indexOf(owner) : -1 };
  });
}

interface Found extends Omit<RawStatement, 'sentence' | 'paragraph' | 'inherits'> {
  quotation?: number;
}

interface Located {
  mention: Mention;
  /** Whether the mention stands before the verb ("Carter said") rather than after it ("said Carter"). */
  preposed: boolean;
  /** The mention is the sentence's subject, away from the verb ("X ..., saying", "X ... and said"). */
  detached?: boolean;
  /** What a relative "who" stands for. */
  antecedent?: Mention;
}

/** Where the speaker is: before the verb, after it ("said Carter"), after "according to", or the subject of "..., saying". */
function locateSpeaker(text: string, tokens: readonly Token[], cueToken: CueToken): Located | null {
  const verb = tokens[cueToken.index];
  const before = tokens[cueToken.index - 1];
  if (!verb) return null;
  if (cueToken.lemma === 'according to') {
    const mention = mentionAfter(text, tokens, cueToken.last, true);
    return mention ? { mention, preposed: false } : null;
  }
  // "..., saying that ..." and "X exhorted Republicans ... and said ...": the sentence's subject speaks.
  if ((/ing$/.test(verb.lower) && before?.text === ',') || before?.lower === 'and') {
    const mention = mentionAfter(text, tokens, -1);
    return mention ? { mention, preposed: true, detached: true } : null;
  }
  // "quoted Lavrov as saying"
  const at = /ing$/.test(verb.lower) && before?.lower === 'as' ? cueToken.index - 1 : cueToken.index;
  const floor = lastQuoteIndex(tokens, at) + 1;
  const preposed = mentionBefore(text, tokens, at, floor);
  if (preposed && /^(?:who|which)$/i.test(preposed.text)) {
    // "said Carter, who insisted that ...": "who" stands for the phrase before it.
    const relative = tokens.findIndex((t) => t.start === preposed.start);
    const antecedent = mentionBefore(text, tokens, tokens[relative - 1]?.text === ',' ? relative - 1 : relative, 0);
    return { mention: preposed, preposed: true, ...(antecedent ? { antecedent } : {}) };
  }
  const inverted = invertedSpeaker(text, tokens, cueToken);
  // "... said a senior official": the phrase after the verb wins over a weak one before it
  // ("its imminent"), but not over a real subject ("The police spokesman said the newspaper handed ...").
  const strongSubject = preposed !== null && (preposed.kind === 'name' || preposed.kind === 'pronoun' || ROLE_NOUNS.has(lastWord(preposed.text)));
  if (inverted && !strongSubject) {
    return { mention: inverted, preposed: false };
  }
  if (preposed) {
    const nounLike = NOUN_LIKE_FORMS.has(verb.lower);
    if (nounLike && preposed.kind === 'role' && !/^(?:the|a|an|his|her|their)\b/i.test(preposed.text)) return null;
    return { mention: preposed, preposed: true };
  }
  if (NOUN_LIKE_FORMS.has(verb.lower)) return null;
  const postposed = mentionAfter(text, tokens, cueToken.last);
  if (!postposed) return null;
  // "said he" names the speaker only at the clause's end ("..., said he."), not in "said he would".
  const following = tokens.find((t) => t.start >= postposed.end);
  if (postposed.kind === 'pronoun' && following && following.kind === 'word') return null;
  return { mention: postposed, preposed: false };
}

/**
 * A speaker after the verb that closes the clause: "..., said Carter." or
 * "... said a senior Pentagon official speaking to Reuters".
 */
function invertedSpeaker(text: string, tokens: readonly Token[], cueToken: CueToken): Mention | null {
  if (cueToken.lemma !== 'say' && cueToken.lemma !== 'add' && cueToken.lemma !== 'tell') return null;
  const mention = mentionAfter(text, tokens, cueToken.last);
  if (!mention || mention.kind === 'pronoun') return null;
  const next = tokens.find((t) => t.start >= mention.end);
  const closes = !next || next.kind !== 'word' || /(?:ing|ed)$/.test(next.lower) || next.lower === 'who';
  return closes ? mention : null;
}

function lastWord(text: string): string {
  return (/(\p{L}+)\W*$/u.exec(text)?.[1] ?? '').toLowerCase();
}

/** Index of the first token after a "tell" verb's addressee ("told the DPA news agency"). */
function skipAddressee(tokens: readonly Token[], from: number): number {
  for (let index = from; index < tokens.length && index - from < 7; index++) {
    const token = tokens[index];
    if (!token) break;
    if (token.kind !== 'word' || token.lower === 'that' || (index > from && SUBJECT_PRONOUNS.has(token.lower))) return index;
  }
  const first = tokens[from];
  return first && /^(?:the|a|an)$/.test(first.lower) ? from + 2 : from + 1;
}

/** Skips a time phrase ("on Tuesday", "Wednesday", "last week") starting at `from`. */
function skipTime(tokens: readonly Token[], from: number): number {
  let index = from;
  while (index < tokens.length) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (!token || token.kind !== 'word') break;
    if (isTimeWord(token.lower)) index++;
    else if (/^(?:on|in|at|last|this|earlier|later)$/.test(token.lower) && next && isTimeWord(next.lower)) index += 2;
    else break;
  }
  return index;
}

/** A short opening phrase that sets the scene rather than says anything ("At the forum,", "Speaking in Cyprus,"). */
const INTRO_PHRASE = /^(?:(?:at|in|on|during|after|before|while|when|with|back|but|however|still|later|earlier|asked|speaking|campaigning|arriving|writing|talking|answering|responding)\b[^,]{0,80})$/i;
/** What follows ", X said," that is not more of the statement ("speaking from ...", "but declined to ..."). */
const NOT_CONTENT_TAIL = /^(?:\p{L}+ing\b|(?:and|but)\s+(?:\p{L}+ed|said|told|gave|went|made|took|declined)\b)|\b(?:said|says|told|added)\b/iu;

/** Words of a time phrase ("Tuesday", "week", "earlier", "2016"). */
function isTimeWord(word: string): boolean {
  return isTimeNoun(word) || /^(?:earlier|later|recently|again|also|\d+)$/.test(word);
}

function statementAt(
  text: string,
  view: SentenceView,
  cueToken: CueToken,
  quotations: QuotationIndex,
): Found | null {
  const { tokens, sentence } = view;
  const cue = cueOf(text, tokens, cueToken);
  const verb = tokens[cueToken.index];
  const located = locateSpeaker(text, tokens, cueToken);
  if (!verb || !located) return null;
  const { mention, preposed } = located;
  const participle = located.detached === true;
  const mentionEnd = participle ? cue.end : Math.max(mention.end, cue.end);
  const attributionStart = participle ? cue.start : Math.min(mention.start, cue.start);

  // A quotation closing just before the attribution: "...," Carter said / "...," said Carter
  const closing = quotations.inParagraph(sentence.paragraph).find((index) => {
    const q = quotations.list[index];
    return q !== undefined && q.closeEnd !== null && q.closeEnd <= attributionStart && attributionStart - q.closeEnd < 4 &&
      /^[^\S\n]*[,—–-]?[^\S\n]*$/.test(text.slice(q.closeEnd, attributionStart));
  }) ?? -1;
  if (closing >= 0 && cueToken.lemma !== 'according to') {
    const quotation = quotations.list[closing];
    // 'Not paying taxes "makes me smart," Trump said': the clause the quotation ends is what was said.
    const lead = quotation ? text.slice(sentence.start, quotation.open) : '';
    if (quotation && quotation.open > sentence.start && !sentence.insideQuote && words(lead) >= MIN_CONTENT_WORDS && !/[.!?]["”]?\s*$/.test(lead)) {
      return { ...cleanContent(text, { start: sentence.start, end: quotation.closeEnd ?? quotation.end }, false), kind: 'mixed', mention, cue, quotation: closing };
    }
    if (quotation) return { start: quotation.start, end: quotation.end, kind: 'direct', mention, cue, quotation: closing };
  }

  let afterIndex = tokens.findIndex((t) => t.start >= mentionEnd);
  if (afterIndex < 0) afterIndex = tokens.length;
  if (cueToken.lemma === 'tell' && preposed) afterIndex = skipAddressee(tokens, afterIndex);
  const boundary = tokens[skipTime(tokens, afterIndex)];
  const after = contentAfter(text, view, afterIndex, cueToken.lemma, cue, quotations);
  // The attribution closes its clause: "X said." / "X said, ..." / "X said at a news conference."
  const attributionEnds = !boundary || /^[,.;!?]$/.test(boundary.text) || (after === 'adverbial' && !CLAUSE_ONLY_VERBS.has(cueToken.lemma));
  const lead = cleanContent(text, { start: sentence.start, end: attributionStart }, false);
  const leadText = text.slice(lead.start, lead.end);
  const commaBefore = /,\s*$/.test(text.slice(sentence.start, attributionStart));
  const unpunctuated = !/[,.;:!?]/.test(sentence.text.slice(0, -1));
  const leadIsContent =
    words(leadText) >= MIN_CONTENT_WORDS &&
    !(typeof after === 'object' && after !== null && INTRO_PHRASE.test(leadText)) &&
    (cueToken.lemma === 'according to' || (!preposed && !participle) || (attributionEnds && (commaBefore || unpunctuated)));
  if (leadIsContent) {
    // "CONTENT, X said." / "CONTENT, X said, and MORE." / "CONTENT, said X" / "CONTENT, according to X."
    const tailFrom = boundary?.text === ',' ? tokens[tokens.indexOf(boundary) + 1] : undefined;
    const tail = cleanContent(text, { start: tailFrom?.start ?? sentence.end, end: sentence.end });
    const tailText = text.slice(tail.start, tail.end);
    const goesOn = boundary?.text === ',' && words(tailText) >= MIN_CONTENT_WORDS && !NOT_CONTENT_TAIL.test(tailText);
    const whole = { start: lead.start, end: goesOn ? tail.end : lead.end };
    return { ...whole, kind: hasQuotation(quotations, whole) ? 'mixed' : 'indirect', mention, cue, ...(located.antecedent ? { antecedent: located.antecedent } : {}) };
  }
  if (typeof after !== 'object' || after === null) return null;
  return { ...after, mention, cue, ...(located.antecedent ? { antecedent: located.antecedent } : {}) };
}

/** What was said after the attribution ("X said that ...", "X said: \"...\""), or null. */
function contentAfter(
  text: string,
  view: SentenceView,
  from: number,
  lemma: string,
  cue: Cue,
  quotations: QuotationIndex,
): Omit<Found, 'mention' | 'cue'> | 'adverbial' | null {
  const { tokens, sentence } = view;
  let startIndex = contentStart(tokens, from);
  if (ADVERBIAL.test(tokens[startIndex]?.lower ?? '')) {
    // "said in a statement on Tuesday that ...", "saying during the debate, “...”": past the phrase to the clause.
    const clause = clauseAfterAdverbial(tokens, startIndex);
    if (clause < 0) return 'adverbial';
    startIndex = clause;
  }
  const rest = tokens[startIndex];
  if (!rest) return null;
  if (rest.kind === 'quote') {
    const index = quotations.openingAt(rest.start);
    const quotation = quotations.list[index];
    if (quotation) {
      const clauseEnd = sentenceContentEnd(text, sentence, quotation);
      if (clauseEnd <= (quotation.closeEnd ?? quotation.end) + 1) {
        return { start: quotation.start, end: quotation.end, kind: 'direct', quotation: index };
      }
      return { ...cleanContent(text, { start: rest.start, end: clauseEnd }), kind: 'mixed' };
    }
  }
  const span = cleanContent(text, { start: rest.start, end: sentence.end });
  const content = text.slice(span.start, span.end);
  if (words(content) < MIN_CONTENT_WORDS) return null;
  // "called the meeting", "continued to fight": these verbs report speech only before "that", a colon or a quote.
  const introducesClause = /^\s*(?:that\b|[:,]?\s*["“'])/i.test(text.slice(cue.end)) || /^that\b/i.test(text.slice(rest.start)) || /^(?:call (?:for|on)|express)$/.test(lemma);
  if (CLAUSE_ONLY_VERBS.has(lemma) && !introducesClause) return null;
  return { ...span, kind: hasQuotation(quotations, span) ? 'mixed' : 'indirect' };
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
    if ((token.text === ',' || token.text === ':') && next && (next.kind === 'quote' || next.lower === 'that')) {
      return next.kind === 'quote' ? index + 1 : index + 2;
    }
  }
  return -1;
}

function hasQuotation(quotations: QuotationIndex, span: Span): boolean {
  return quotations.opensWithin(span);
}

/** First-person words: outside quotation marks they are someone speaking. */
const FIRST_PERSON = /\b(?:I|we|We|our|Our|us|my|My|Ive|Im|weve|Weve|ours)\b/;
/** How many sentences back an unmarked quotation may reach. */
const UNMARKED_REACH = 2;

/**
 * In text that lost its punctuation, a quotation is no longer marked, so the
 * sentences before "... said Carter" that speak in the first person ("I think
 * ...", "We do ...") are taken as the start of what he said.
 */
function extendUnmarkedQuotes(article: Article, statements: RawStatement[]): void {
  const { sentences, paragraphs, original } = article;
  const unpunctuated = paragraphs.map((p) => !/[.!?;:"“”]/.test(original.slice(p.start, p.end)));
  // Sentences some statement already stands in: an unmarked quotation never takes them.
  const taken = new Set(statements.map((s) => s.sentence));
  for (const statement of statements) {
    const sentence = sentences[statement.sentence];
    if (!sentence || statement.start !== sentence.start || !unpunctuated[statement.paragraph]) continue;
    for (let back = statement.sentence - 1; back >= 0 && statement.sentence - back <= UNMARKED_REACH; back--) {
      const earlier = sentences[back];
      if (!earlier || earlier.paragraph !== statement.paragraph || taken.has(back) || !FIRST_PERSON.test(earlier.text)) break;
      statement.start = earlier.start;
      taken.add(back);
    }
  }
}

/** "both Carter and Hollande warned": one statement for each of two named speakers. */
function splitJointMention(text: string, tokens: readonly Token[], mention: Mention | null): (Mention | null)[] {
  if (!mention || mention.kind !== 'name') return [mention];
  const inside = tokens.filter((t) => t.start >= mention.start && t.end <= mention.end);
  const and = inside.findIndex((t) => t.lower === 'and');
  if (and <= 0 || and === inside.length - 1) return [mention];
  const left = inside.slice(inside[0]?.lower === 'both' ? 1 : 0, and);
  const right = inside.slice(and + 1);
  const parts = [left, right].map((part) => {
    const first = part[0];
    const last = part[part.length - 1];
    return first && last ? describeMention(text.slice(first.start, last.end), part, first.start, last.end) : null;
  });
  return parts.every((part) => part?.kind === 'name') ? parts : [mention];
}

/** Index of the last quotation mark before `index`, or -1: a subject never reaches across one. */
function lastQuoteIndex(tokens: readonly Token[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (tokens[i]?.kind === 'quote') return i;
  return -1;
}

/** Where the clause holding a quotation ends: the sentence's end, or the paragraph's when the quote runs on. */
function sentenceContentEnd(text: string, sentence: Sentence, quotation: Quotation): number {
  const end = Math.max(sentence.end, quotation.closeEnd ?? quotation.end);
  const tail = /[\s.,;:!?"”'’]*$/.exec(text.slice(quotation.closeEnd ?? quotation.end, end));
  return end - (tail?.[0].length ?? 0);
}

/**
 * Quotations with no cue of their own: a continuation of a quotation over a
 * paragraph break, a second quotation in a paragraph after an attributed one
 * ("A," he said. "B."), or a paragraph that is only a quotation (it carries
 * on the speaker of the paragraph before).
 */
function attachLooseQuotations(
  text: string,
  article: Article,
  quotations: QuotationIndex,
  used: Map<number, number>,
  statements: RawStatement[],
): void {
  // Statement indices by paragraph, sorted by start, so each look-up reads a bounded window near the quotation.
  const byParagraph = new Map<number, { starts: number[]; indices: number[] }>();
  const remember = (index: number): void => {
    const statement = statements[index];
    if (!statement) return;
    const entry = byParagraph.get(statement.paragraph) ?? { starts: [], indices: [] };
    byParagraph.set(statement.paragraph, entry);
    const at = lastAtOrBefore(entry.starts, statement.start) + 1;
    entry.starts.splice(at, 0, statement.start);
    entry.indices.splice(at, 0, index);
  };
  statements.forEach((_, index) => remember(index));
  const near = (paragraph: number, offset: number): number[] => {
    const here = byParagraph.get(paragraph);
    const at = here ? lastAtOrBefore(here.starts, offset) : 0;
    const before = byParagraph.get(paragraph - 1)?.indices.slice(-WINDOW) ?? [];
    return [...before, ...(here?.indices.slice(Math.max(0, at - WINDOW), at + WINDOW) ?? [])];
  };
  const sentenceStarts = article.sentences.map((sentence) => sentence.start);

  quotations.list.forEach((quotation, index) => {
    if (used.has(index)) return;
    const paragraph = article.paragraphs[quotation.paragraph];
    if (!paragraph || words(text.slice(quotation.start, quotation.end)) < 4) return;
    const candidates = near(quotation.paragraph, quotation.open);
    if (candidates.some((i) => quotation.start >= (statements[i]?.start ?? 0) && quotation.end <= (statements[i]?.end ?? 0))) return;
    const sentenceIndex = lastAtOrBefore(sentenceStarts, quotation.open + 1);
    let owner = quotation.continues >= 0 ? (used.get(quotation.continues) ?? -1) : -1;
    if (owner < 0) {
      // '"A," he said, "B."': a quotation right after an attributed one in the same paragraph.
      const last = nearestBefore(statements, candidates.filter((i) => statements[i]?.paragraph === quotation.paragraph), quotation.open);
      if (statements[last]?.kind === 'direct') owner = last;
    }
    if (owner < 0) {
      const startsSentence = sentenceIndex >= 0 && quotation.open <= (sentenceStarts[sentenceIndex] ?? 0) + 1;
      const paragraphOnlyQuote = text.slice(paragraph.start, quotation.open).trim() === '';
      if (!startsSentence && !paragraphOnlyQuote) return;
      owner = nearestBefore(statements, candidates, quotation.open);
    }
    const previous = statements[owner];
    if (owner < 0 || !previous) return;
    used.set(index, statements.length);
    statements.push({
      start: quotation.start, end: quotation.end, kind: 'direct', mention: previous.mention, cue: previous.cue,
      sentence: sentenceIndex, paragraph: quotation.paragraph, inherits: owner,
    });
    remember(statements.length - 1);
  });
}

/** How many statements on either side of a quotation are looked at: enough for any real paragraph. */
const WINDOW = 32;

/** Index of the last sorted value at or before `value`, or -1. */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Among `candidates`, the statement that ends last before `offset`. */
function nearestBefore(statements: readonly RawStatement[], candidates: readonly number[], offset: number): number {
  let best = -1;
  for (const index of candidates) {
    const statement = statements[index];
    if (!statement || statement.end > offset) continue;
    if (best < 0 || statement.end > (statements[best]?.end ?? 0)) best = index;
  }
  return best;
}
