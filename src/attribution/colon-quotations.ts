/**
 * Quotations introduced by a colon with no reporting verb: 'Jane Roe, the
 * town's engineer, is more blunt: "The bridge is finished."' The subject of
 * the clause before the colon is the speaker, and the colon is the cue.
 */
import type { Article } from '../corpus/types.js';
import { tokenize, type Token } from '../language/tokens.js';
import { wordCount } from './content.js';
import { lastAtOrBefore } from './loose-quotations.js';
import { mentionAfter } from './mentions.js';
import type { QuotationIndex } from './quotations.js';
import type { RawStatement } from './raw-statement.js';
import type { Mention } from './types.js';

/** A quotation shorter than this many words after a colon is a title or a term, not a statement. */
const MIN_WORDS = 4;

/** Adds a statement for each unused quotation that a colon introduces after a clause with a person or body as subject. */
export function attachColonQuotations(article: Article, quotations: QuotationIndex, used: Map<number, number>, statements: RawStatement[]): void {
  const text = article.original;
  const starts = article.sentences.map((s) => s.start);
  quotations.list.forEach((quotation, index) => {
    if (used.has(index) || wordCount(text.slice(quotation.start, quotation.end)) < MIN_WORDS) return;
    const sentenceIndex = lastAtOrBefore(starts, quotation.open);
    const sentence = article.sentences[sentenceIndex];
    if (!sentence) return;
    const lead = text.slice(sentence.start, quotation.open);
    const colon = /:\s*$/.exec(lead);
    if (!colon || lead.includes('"') || lead.includes('“')) return;
    const tokens = tokenize(text, { start: sentence.start, end: sentence.start + colon.index });
    const opening = mentionAfter(text, tokens, -1);
    const subject = (opening?.kind === 'name' ? null : clauseSubject(text, tokens)) ?? opening;
    // The subject must be followed by more of the clause ("is more blunt"), not be the whole of it ("Jane Roe: ...").
    if (!subject || subject.kind === 'pronoun' || subject.end >= sentence.start + colon.index - 1) return;
    const at = sentence.start + colon.index;
    used.set(index, statements.length);
    statements.push({
      start: quotation.start, end: quotation.end, kind: 'direct', mention: subject, cue: { start: at, end: at + 1, text: ':', lemma: ':' },
      sentence: sentenceIndex, paragraph: quotation.paragraph, inherits: -1,
    });
  });
}

/** Words that open a clause of their own inside a sentence ("... when Roe took to the radio with this:"). */
const CLAUSE_OPENERS = new Set(['when', 'as', 'after', 'before', 'while', 'because', 'since', 'until']);

/** The named subject of the last clause before the colon, when a clause opener introduces one and the sentence's own subject names nobody. */
function clauseSubject(text: string, tokens: readonly Token[]): Mention | null {
  for (let index = tokens.length - 2; index >= 0; index--) {
    if (!CLAUSE_OPENERS.has(tokens[index]?.lower ?? '')) continue;
    const subject = mentionAfter(text, tokens, index);
    return subject?.kind === 'name' ? subject : null;
  }
  return null;
}
