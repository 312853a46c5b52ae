/** A sentence of an article as an answer shows it: its words, its outlet, and a link that scrolls to it. */
import type { Coverage } from '../retrieval/coverage.js';
import type { SentenceRecord } from '../retrieval/snapshot.js';
import { textFragmentLink } from './links.js';
import type { ContextSentence } from './types.js';

export function contextSentence(coverage: Coverage, sentence: SentenceRecord): ContextSentence {
  const article = coverage.article(sentence.articleId);
  const url = article?.url ?? null;
  return {
    text: sentence.text,
    source: {
      id: sentence.articleId, outlet: article?.outlet ?? null, url,
      // A copy with other wording at that address holds no such words to scroll to.
      link: url && article?.textAtUrl !== false ? textFragmentLink(url, sentence.text) : url,
      start: sentence.start, end: sentence.end, summaryOnly: article?.summaryOnly ?? false,
    },
  };
}
