/**
 * Small invented corpora for the answer tests: made-up people, places and
 * outlets, so no rule is tuned to a real text.
 */
import type { Article } from '../../src/corpus/types.js';
import { prepareArticle } from '../../src/corpus/prepare.js';
import { buildCoverage, type Coverage } from '../../src/retrieval/coverage.js';

/** One article of an invented outlet: a headline, then `body` (paragraphs apart by blank lines). */
export function inventedArticle(id: string, outlet: string, body: string, published?: string): Article {
  return prepareArticle({ id, origin: `${id}.txt`, text: `Springfield news\n\n${body}`, headlineInText: true, known: published ? { outlet, published } : { outlet } });
}

/** The coverage of some invented articles, with no configured synonyms. */
export function inventedCoverage(articles: readonly Article[]): Coverage {
  return buildCoverage([...articles], { groups: [] });
}
