/**
 * A sentence with its tokens: what the cue, speaker and content stages read.
 * Each sentence is tokenised once, here: every stage that reads an article's
 * words asks for its views and gets the same ones (they are never changed).
 * Only the article read last is remembered, so memory does not grow with the corpus.
 */
import type { Article, Sentence } from '../corpus/types.js';
import { tokenize, type Token } from '../language/tokens.js';

export interface SentenceView {
  sentence: Sentence;
  /** The sentence's index in the article. */
  index: number;
  tokens: readonly Token[];
}

/** The last article's views: the stages read one article after another, and only that one is kept. */
let last: { article: Article; views: readonly SentenceView[] } | null = null;

export function viewSentences(article: Article): readonly SentenceView[] {
  if (last?.article !== article) {
    last = { article, views: article.sentences.map((sentence, index) => ({ sentence, index, tokens: tokenize(article.original, sentence) })) };
  }
  return last.views;
}
