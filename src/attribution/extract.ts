/**
 * Finds the statements of one article: direct quotations with their
 * speakers, indirect and mixed speech around reporting verbs, and quotations
 * that carry on an earlier speaker. Speakers are mentions here; who they are
 * is worked out by coreference.ts.
 */
import type { Article, Sentence, Span } from '../corpus/types.js';
import { findCues, NOUN_LIKE_FORMS, type CueToken } from './cues.js';
import { CLAUSE_ONLY_VERBS } from './lexicon.js';
import { mentionAfter, mentionBefore } from './mentions.js';
import { findQuotations, type Quotation } from './quotations.js';
import { tokenize, type Token } from './tokens.js';
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
}

/** Words after a verb that are not yet what was said ("told reporters that"). */
const LEAD_WORDS = new Set(['that', 'on', 'in', 'at', 'last', 'this', 'earlier', 'later', 'also', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'morning', 'night', 'evening', 'afternoon']);
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

/** Trims a content span: white space, leading "that"/commas/colons, trailing punctuation. */
function cleanContent(text: string, span: Span): Span {
  let { start, end } = span;
  const body = (): string => text.slice(start, end);
  for (;;) {
    const lead = /^(?:\s+|[,:;—–-]+|that\b)/i.exec(body());
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

/** Skips what follows a verb before its content: an addressee for "told", time words, "that". */
function contentStart(tokens: readonly Token[], after: number, lemma: string): number {
  let index = after;
  if (lemma === 'tell') {
    // "told reporters", "told AFP news agency", "told the DPA news agency"
    while (index < tokens.length && tokens[index]?.kind === 'word' && tokens[index]?.lower !== 'that' && index - after < 5) {
      const token = tokens[index];
      const next = tokens[index + 1];
      index++;
      if (!token || !next || next.kind !== 'word' || /^\p{Ll}/u.test(next.text) === false) {
        if (!next || next.kind !== 'word' || !/^(?:news|agency|reporters|journalists|television|tv|radio|newspaper)$/i.test(next.text)) break;
      }
    }
  }
  while (index < tokens.length) {
    const token = tokens[index];
    if (!token) break;
    if ((token.kind === 'word' && LEAD_WORDS.has(token.lower) && !(tokens[index + 1]?.kind === 'punct')) || token.text === ',' || token.text === ':') {
      // keep "that" out; step over commas, colons and time phrases
      if (token.lower === 'on' || token.lower === 'in' || token.lower === 'at') {
        const next = tokens[index + 1];
        if (!next || !/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d|january|february|march|april|may|june|july|august|september|october|november|december)/i.test(next.text)) break;
      }
      index++;
    } else break;
  }
  return index;
}

export function extractRawStatements(article: Article): RawStatement[] {
  const text = article.original;
  const quotations = findQuotations(text, article.paragraphs);
  const quotedAt = (offset: number): Quotation | undefined =>
    quotations.find((q) => offset >= q.open && offset < (q.closeEnd ?? q.end));
  const views: SentenceView[] = article.sentences.map((sentence, index) => ({ sentence, index, tokens: tokenize(text, sentence) }));
  const statements: RawStatement[] = [];
  const usedQuotations = new Map<number, number>();

  for (const view of views) {
    const { tokens, sentence } = view;
    const quoted = (token: Token): boolean => quotedAt(token.start) !== undefined;
    for (const cueToken of findCues(tokens, quoted)) {
      const statement = statementAt(text, view, cueToken, quotations, quotedAt);
      if (!statement) continue;
      const { quotation, ...raw } = statement;
      if (quotation !== undefined) {
        if (usedQuotations.has(quotation)) continue;
        usedQuotations.set(quotation, statements.length);
      }
      // Two cues for one clause ("said on Tuesday, adding"): keep the first.
      if (statements.some((s) => s.start < raw.end && raw.start < s.end && s.sentence === view.index)) continue;
      statements.push({ ...raw, sentence: view.index, paragraph: sentence.paragraph, inherits: -1 });
    }
  }
  attachLooseQuotations(text, article, quotations, usedQuotations, statements);
  return statements.sort((a, b) => a.start - b.start || a.end - b.end);
}

interface Found extends Omit<RawStatement, 'sentence' | 'paragraph' | 'inherits'> {
  quotation?: number;
}

function statementAt(
  text: string,
  view: SentenceView,
  cueToken: CueToken,
  quotations: readonly Quotation[],
  quotedAt: (offset: number) => Quotation | undefined,
): Found | null {
  const { tokens, sentence } = view;
  const cue = cueOf(text, tokens, cueToken);
  const verbToken = tokens[cueToken.index];
  if (!verbToken) return null;
  // Where the speaker is: before the verb, or after it ("said Carter"), or after "according to".
  let mention: Mention | null;
  let mentionFirst = false;
  if (cueToken.lemma === 'according to') {
    mention = mentionAfter(text, tokens, cueToken.last);
  } else if (/ing$/.test(verbToken.lower) && tokens[cueToken.index - 1]?.text === ',') {
    // "..., saying that ...": the speaker is the sentence's subject.
    mention = mentionAfter(text, tokens, -1);
    mentionFirst = mention !== null;
  } else {
    const floor = lastQuoteIndex(tokens, cueToken.index) + 1;
    mention = mentionBefore(text, tokens, cueToken.index, floor);
    mentionFirst = mention !== null;
    if (!mention) mention = mentionAfter(text, tokens, cueToken.last);
    if (!mention) return null;
    if (NOUN_LIKE_FORMS.has(verbToken.lower) && (mention.kind === 'role' && /^(?:the|a|an|his|her|their)\b/i.test(mention.text) === false)) return null;
    if (NOUN_LIKE_FORMS.has(verbToken.lower) && !mentionFirst) return null;
  }
  if (!mention) return null;
  const participle = mention.end < cue.start - 1 && /ing$/.test(verbToken.lower) && tokens[cueToken.index - 1]?.text === ',';
  const mentionEnd = participle ? cue.end : Math.max(mention.end, cue.end);
  const attributionStart = participle ? cue.start : Math.min(mention.start, cue.start);

  // A quotation closing just before the attribution: "...," Carter said / "...," said Carter
  const closing = quotations.findIndex((q) => q.closeEnd !== null && q.paragraph === sentence.paragraph &&
    q.closeEnd <= attributionStart && /^[^\S\n]*[,—–-]?[^\S\n]*$/.test(text.slice(q.closeEnd, attributionStart)));
  if (closing >= 0 && cueToken.lemma !== 'according to') {
    const quotation = quotations[closing];
    if (quotation) return { start: quotation.start, end: quotation.end, kind: 'direct', mention, cue, quotation: closing };
  }

  const afterIndex = tokens.findIndex((t) => t.start >= mentionEnd);
  const next = tokens[afterIndex];
  const lead = text.slice(Math.max(quotedAt(sentence.start)?.closeEnd ?? sentence.start, sentence.start), attributionStart);
  const leadIsContent = /,\s*$/.test(lead) && words(lead) >= MIN_CONTENT_WORDS && (!next || next.text === ',' || next.text === '.' || next.text === ';');
  if (leadIsContent || (cueToken.lemma === 'according to' && words(lead) >= MIN_CONTENT_WORDS)) {
    // "CONTENT, X said." / "CONTENT, X said, and MORE." / "CONTENT, according to X."
    const span = cleanContent(text, { start: sentence.start + (text.slice(sentence.start).length - text.slice(sentence.start).trimStart().length), end: attributionStart });
    const startAt = Math.max(quotedAt(sentence.start)?.closeEnd ?? span.start, span.start);
    const tail = cleanContent(text, { start: mentionEnd, end: sentence.end });
    const goesOn = next?.text === ',' && words(text.slice(tail.start, tail.end)) >= MIN_CONTENT_WORDS;
    const whole = { start: startAt, end: goesOn ? tail.end : span.end };
    return { ...whole, kind: hasQuotation(quotations, whole) ? 'mixed' : 'indirect', mention, cue };
  }

  // After the attribution: content runs to the end of the sentence.
  const startIndex = afterIndex < 0 ? tokens.length : contentStart(tokens, afterIndex, cueToken.lemma);
  const rest = tokens[startIndex];
  if (!rest) return null;
  if (rest.kind === 'quote') {
    // A quotation opening right here: X said: "...".
    const index = quotations.findIndex((q) => q.open === rest.start);
    const quotation = quotations[index];
    if (quotation) {
      const clauseEnd = sentenceContentEnd(text, sentence, quotation);
      if (clauseEnd <= (quotation.closeEnd ?? quotation.end) + 1) {
        return { start: quotation.start, end: quotation.end, kind: 'direct', mention, cue, quotation: index };
      }
      return { ...cleanContent(text, { start: rest.start, end: clauseEnd }), kind: 'mixed', mention, cue };
    }
  }
  const span = cleanContent(text, { start: rest.start, end: sentence.end });
  const content = text.slice(span.start, span.end);
  if (words(content) < MIN_CONTENT_WORDS || /^(?:to|for|on|about|in|by|with|of)\b/i.test(content)) return null;
  // "called the meeting", "continued to fight": these verbs report speech only before "that", a colon or a quote.
  const introducesClause = /^\s*(?:that\b|[:,]?\s*["“'])/i.test(text.slice(cue.end)) || /^that\b/i.test(text.slice(rest.start));
  if (CLAUSE_ONLY_VERBS.has(cueToken.lemma) && !introducesClause) return null;
  return { ...span, kind: hasQuotation(quotations, span) ? 'mixed' : 'indirect', mention, cue };
}

function hasQuotation(quotations: readonly Quotation[], span: Span): boolean {
  return quotations.some((q) => q.open >= span.start && q.open < span.end);
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
  quotations: readonly Quotation[],
  used: Map<number, number>,
  statements: RawStatement[],
): void {
  quotations.forEach((quotation, index) => {
    if (used.has(index)) return;
    const inner = text.slice(quotation.start, quotation.end);
    const paragraph = article.paragraphs[quotation.paragraph];
    if (!paragraph || words(inner) < 4) return;
    const sentenceIndex = article.sentences.findIndex((s) => quotation.open >= s.start - 1 && quotation.open < s.end);
    if (statements.some((s) => quotation.start >= s.start && quotation.end <= s.end)) return;
    let owner = quotation.continues >= 0 ? (used.get(quotation.continues) ?? -1) : -1;
    if (owner < 0) {
      // '"A," he said, "B."': a quotation after an attributed one in the same paragraph.
      owner = statements.findLastIndex((s) => s.kind === 'direct' && s.paragraph === quotation.paragraph && s.end < quotation.open);
    }
    if (owner < 0) {
      const startsSentence = sentenceIndex >= 0 && quotation.open <= (article.sentences[sentenceIndex]?.start ?? 0) + 1;
      const paragraphOnlyQuote = text.slice(paragraph.start, quotation.open).trim() === '' ;
      if (!startsSentence && !paragraphOnlyQuote) return;
      owner = nearestBefore(statements, quotation.open, quotation.paragraph);
    }
    const previous = statements[owner];
    if (owner < 0 || !previous) return;
    used.set(index, statements.length);
    statements.push({
      start: quotation.start, end: quotation.end, kind: 'direct', mention: previous.mention, cue: previous.cue,
      sentence: sentenceIndex, paragraph: quotation.paragraph, inherits: owner,
    });
  });
}

/** The statement closest before `offset`, in this paragraph or the one before. */
function nearestBefore(statements: readonly RawStatement[], offset: number, paragraph: number): number {
  let best = -1;
  statements.forEach((statement, index) => {
    if (statement.end > offset || statement.paragraph < paragraph - 1) return;
    if (best < 0 || statement.end > (statements[best]?.end ?? 0)) best = index;
  });
  return best;
}
