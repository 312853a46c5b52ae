/**
 * Turning quote clusters into answer items: one item a statement, every
 * outlet that carried it, links that scroll to it.
 */
import type { Coverage } from '../retrieval/coverage.js';
import type { QuoteCluster } from '../retrieval/snapshot.js';
import { textFragmentLink } from './links.js';
import type { AnswerQuote, AnswerSource } from './types.js';

export function toAnswerQuote(coverage: Coverage, cluster: QuoteCluster): AnswerQuote {
  const sources: AnswerSource[] = [];
  const seen = new Set<string>();
  for (const occurrence of cluster.occurrences) {
    if (seen.has(occurrence.articleId)) continue;
    seen.add(occurrence.articleId);
    const article = coverage.articleById.get(occurrence.articleId);
    const url = article?.url ?? null;
    sources.push({
      id: occurrence.articleId,
      outlet: article?.outlet ?? null,
      headline: article?.headline ?? null,
      published: article?.published ?? null,
      url,
      link: url && article?.textAtUrl !== false ? textFragmentLink(url, occurrence.text) : url,
      start: occurrence.start,
      end: occurrence.end,
      kind: occurrence.kind,
    });
  }
  return {
    speaker: cluster.speaker,
    role: cluster.role,
    anonymous: cluster.anonymous,
    entity: cluster.entity,
    text: cluster.text,
    kind: cluster.kind,
    sources,
  };
}
