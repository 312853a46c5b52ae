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

/** A wire story's paragraphs, for copies of one story carried by several outlets. */
export const WIRE_STORY: readonly string[] = [
  'KELVALE - The Kelvale harbour will reopen to fishing boats in the spring after two years of repairs, the harbour authority said on Monday.',
  '"We have rebuilt the north wall and dredged the channel, and the crews can come home," said Nora Quill, who runs the harbour.',
  'The storm of two winters ago tore a hole in the breakwater and sank three trawlers at their moorings.',
  'Since then the fleet has landed its catch at Springfield, forty kilometres along the coast.',
  'Tom Varga, the Kelvale mayor, said the town had lost a fish market, two cafes and a chandler while the harbour was shut.',
];
