/**
 * A sentence with its tokens: what the cue, speaker and content stages read.
 * Each sentence is tokenised once, here.
 */
import type { Article, Sentence } from '../corpus/types.js';
import { tokenize, type Token } from '../language/tokens.js';

export interface SentenceView {
  sentence: Sentence;
  /** The sentence's index in the article. */
  index: number;
  tokens: Token[];
}

export function viewSentences(article: Article): SentenceView[] {
  return article.sentences.map((sentence, index) => ({ sentence, index, tokens: tokenize(article.original, sentence) }));
}
