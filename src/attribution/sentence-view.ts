/**
 * A sentence with its tokens: what the cue, speaker and content stages read.
 * Each sentence is tokenised once, here: every stage that reads an article's
 * words asks for its views and gets the same ones (they are never changed).
 */
import type { Article, Sentence } from '../corpus/types.js';
import { tokenize, type Token } from '../language/tokens.js';

export interface SentenceView {
  sentence: Sentence;
  /** The sentence's index in the article. */
  index: number;
  tokens: readonly Token[];
}

const VIEWS = new WeakMap<Article, readonly SentenceView[]>();

export function viewSentences(article: Article): readonly SentenceView[] {
  let views = VIEWS.get(article);
  if (!views) {
    views = article.sentences.map((sentence, index) => ({ sentence, index, tokens: tokenize(article.original, sentence) }));
    VIEWS.set(article, views);
  }
  return views;
}
