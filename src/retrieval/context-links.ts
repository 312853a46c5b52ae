/**
 * Which statements each sentence is context for: the sentences a statement
 * stands in (`own`), and the sentence before them, which often names what it
 * is about ("Asked about the tolls, she said ..."). Worked out once when the
 * coverage is built, so a question's sentence matches lead to statements
 * without walking the corpus.
 */
import { sentencesAround } from './sentences-around.js';
import type { QuoteCluster, SentenceRecord } from './snapshot.js';

export interface ContextLink {
  cluster: number;
  /** True when the statement stands in the sentence; false when the sentence comes just before it. */
  own: boolean;
}

/**
 * For each sentence id with any, its links, in cluster order.
 *
 * @example
 * contextLinks(clusters, (id) => sentencesOf(id)).get(12) // [{ cluster: 3, own: true }]
 */
export function contextLinks(clusters: readonly QuoteCluster[], sentencesOf: (articleId: string) => readonly SentenceRecord[]): Map<number, ContextLink[]> {
  const bySentence = new Map<number, Map<number, boolean>>();
  const add = (sentence: SentenceRecord | undefined, cluster: number, own: boolean): void => {
    if (!sentence) return;
    const links = bySentence.get(sentence.id) ?? new Map<number, boolean>();
    links.set(cluster, own || links.get(cluster) === true);
    bySentence.set(sentence.id, links);
  };
  for (const cluster of clusters) {
    for (const occurrence of cluster.occurrences) {
      const sentences = sentencesOf(occurrence.articleId);
      const around = sentencesAround(sentences, occurrence.start, occurrence.end);
      const first = around[0];
      if (first) add(sentences[sentences.indexOf(first) - 1], cluster.id, false);
      for (const sentence of around) add(sentence, cluster.id, true);
    }
  }
  return new Map([...bySentence].map(([id, links]) => [id, [...links].map(([cluster, own]) => ({ cluster, own }))]));
}
