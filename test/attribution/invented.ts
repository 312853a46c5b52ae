/**
 * Invented articles for the stage tests: made-up people and places, so no
 * rule is tuned to a real text.
 */
import { EMPTY_CONFIG } from '../../src/attribution/config.js';
import { findCues, type CueToken } from '../../src/attribution/cues.js';
import { attributeCorpus } from '../../src/attribution/index.js';
import { findQuotations, indexQuotations, type QuotationIndex } from '../../src/attribution/quotations.js';
import { viewSentences, type SentenceView } from '../../src/attribution/sentence-view.js';
import { prepareArticle } from '../../src/corpus/prepare.js';
import type { Article } from '../../src/corpus/types.js';

/** An article with a headline and `text` as its body (paragraphs apart by blank lines). */
export function inventedArticle(text: string): Article {
  return prepareArticle({ id: 'invented', origin: 'invented.txt', text: `Headline of the story\n\n${text}`, headlineInText: true });
}

export function quotationIndexOf(article: Article): QuotationIndex {
  return indexQuotations(findQuotations(article.original, article.paragraphs));
}

/** The body's first sentence (after the headline), its quotations, and its first cue outside them. */
export function firstCue(text: string): { article: Article; view: SentenceView; quotations: QuotationIndex; cue: CueToken } {
  const article = inventedArticle(text);
  const quotations = quotationIndexOf(article);
  const view = viewSentences(article).find((v) => v.sentence.start >= article.original.indexOf(text));
  if (!view) throw new Error('no sentence');
  const [cue] = findCues(view.tokens, (token) => quotations.covers(token.start));
  if (!cue) throw new Error(`no cue in: ${view.sentence.text}`);
  return { article, view, quotations, cue };
}

/** The text of a span of the article. */
export function slice(article: Article, span: { start: number; end: number } | null | undefined): string | null {
  return span ? article.original.slice(span.start, span.end) : null;
}

/** Each statement of an invented article, as `quotes` shows it: its words, the shown name and the cue. */
export function statementsOf(paragraphs: string[]): [string, string | null, string | null][] {
  return attributeCorpus([inventedArticle(paragraphs.join('\n\n'))], EMPTY_CONFIG).statements.map((s) => [s.text, s.speaker.name, s.cue?.text ?? null]);
}
