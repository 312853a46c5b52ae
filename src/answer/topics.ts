/**
 * What a speaker said on a topic: a statement is on the topic when its own
 * words or the sentence it stands in hold the topic's words. "Jane Roe said
 * the plan was late" is on the ferry when the sentence reads "On the Ostby
 * ferry, Jane Roe said the plan was late". Never on the speaker's name alone:
 * the statements are hers already.
 */
import type { Coverage } from '../retrieval/coverage.js';
import type { QuoteCluster } from '../retrieval/snapshot.js';
import { sentencesAround } from './sentences.js';
import { byCoverage, creditsOf, queryTerms, searchStatements, shareOf, type Scored } from './matching.js';

/** A speaker's statements on `topic`, scored by the topic words their wording or their sentence holds. */
export function topicStatements(coverage: Coverage, topic: string, own: readonly QuoteCluster[], entity: string): Scored[] {
  const terms = queryTerms(coverage, topic);
  if (terms.length === 0) return [];
  const byText = new Map(searchStatements(coverage, topic, (cluster) => cluster.entity === entity).map((s) => [s.cluster.id, s]));
  const clustersOfSentence = new Map<number, QuoteCluster[]>();
  for (const cluster of own) {
    for (const occurrence of cluster.occurrences) {
      for (const sentence of sentencesAround(coverage.sentencesByArticle.get(occurrence.articleId) ?? [], occurrence.start, occurrence.end)) {
        const list = clustersOfSentence.get(sentence.id) ?? [];
        if (!list.includes(cluster)) list.push(cluster);
        clustersOfSentence.set(sentence.id, list);
      }
    }
  }
  const fromContext = new Map<number, Map<string, number>>();
  if (clustersOfSentence.size > 0) {
    const results = coverage.indexes.sentences.search(terms.join(' '), { filter: (result) => clustersOfSentence.has(result.id as number) });
    for (const result of results) {
      const credits = creditsOf(result);
      for (const cluster of clustersOfSentence.get(result.id as number) ?? []) {
        const best = fromContext.get(cluster.id) ?? new Map<string, number>();
        for (const [term, credit] of credits) best.set(term, Math.max(best.get(term) ?? 0, credit));
        fromContext.set(cluster.id, best);
      }
    }
  }
  const scored: Scored[] = [];
  for (const cluster of own) {
    const text = byText.get(cluster.id);
    const context = fromContext.get(cluster.id);
    if (!text && !context) continue;
    const credits = new Map(text?.credits ?? []);
    for (const [term, credit] of context ?? []) credits.set(term, Math.max(credits.get(term) ?? 0, credit));
    scored.push({ cluster, coverage: shareOf(credits, terms), score: text?.score ?? 0, credits, matched: text?.matched ?? [] });
  }
  return scored.sort(byCoverage);
}
