/**
 * Turning quote clusters into answer items: one item a statement, every
 * outlet that carried it, links that scroll to it.
 */
import type { Coverage } from '../retrieval/coverage.js';
import type { QuoteCluster } from '../retrieval/snapshot.js';
import { textFragmentLink } from './links.js';
import type { SpeakerEntity } from '../attribution/index.js';
import type { AnswerQuote, AnswerSource } from './types.js';

export function toAnswerQuote(coverage: Coverage, cluster: QuoteCluster): AnswerQuote {
  const sources: AnswerSource[] = [];
  const seen = new Set<string>();
  for (const occurrence of cluster.occurrences) {
    if (seen.has(occurrence.articleId)) continue;
    seen.add(occurrence.articleId);
    const article = coverage.article(occurrence.articleId);
    const url = article?.url ?? null;
    sources.push({
      id: occurrence.articleId,
      outlet: article?.outlet ?? null,
      headline: article?.headline ?? null,
      published: article?.published ?? null,
      url,
      link: url && article?.textAtUrl !== false ? textFragmentLink(url, occurrence.text) : url,
      summaryOnly: article?.summaryOnly ?? false,
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

/**
 * A speaker's roles, the one their statements are shown with most often
 * first: a role written once beside the name in one article comes last.
 */
export function rolesByUse(coverage: Coverage, entity: SpeakerEntity): string[] {
  const uses = new Map<string, number>(entity.roles.map((role) => [role, 0]));
  for (const cluster of coverage.clustersOf(entity.id)) if (cluster.role) uses.set(cluster.role, (uses.get(cluster.role) ?? 0) + 1);
  const order = new Map(entity.roles.map((role, index) => [role, index]));
  return [...uses].sort(([a, x], [b, y]) => y - x || (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity)).map(([role]) => role);
}
