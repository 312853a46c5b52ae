/**
 * What a speaker said on a topic: a statement is on the topic when its own
 * words or the sentence it stands in hold the topic's words (or, for less,
 * the sentence before it, or the headline of its article when that names the
 * speaker). "Jane Roe said
 * the plan was late" is on the ferry when the sentence reads "On the Ostby
 * ferry, Jane Roe said the plan was late". Never on the speaker's name alone:
 * the statements are hers already.
 */
import type { Coverage } from '../retrieval/coverage.js';
import type { QuoteCluster, SentenceRecord } from '../retrieval/snapshot.js';
import { sentencesAround } from '../retrieval/sentences-around.js';
import { allOf } from '../retrieval/pending.js';
import { byCoverage, CONTEXT, creditsOf, searchStatements, shareOf, type Scored } from './matching.js';
import { askedTerms } from './typos.js';

/**
 * A speaker's statements on `topic`, scored by the topic words their wording
 * or their sentence holds; words found only in the sentence before, or in
 * the headline of an article that names the speaker, count CONTEXT (under
 * the headline "Roe wins Springfield vote", Roe's "It was a long night" is
 * about the vote).
 */
export function topicStatements(coverage: Coverage, topic: string, own: readonly QuoteCluster[], entity: string): Scored[] {
  const { terms, corrected } = askedTerms(coverage, topic);
  if (terms.length === 0) return [];
  const byText = new Map(searchStatements(coverage, topic, new Set(own.map((cluster) => cluster.id))).map((s) => [s.cluster.id, s]));
  // For each sentence, the statements it is context for, and what a word found in it is worth to them.
  const clustersOfSentence = new Map<number, Map<QuoteCluster, number>>();
  const add = (sentence: SentenceRecord | undefined, cluster: QuoteCluster, worth: number): void => {
    if (!sentence) return;
    const map = clustersOfSentence.get(sentence.id) ?? new Map<QuoteCluster, number>();
    map.set(cluster, Math.max(map.get(cluster) ?? 0, worth));
    clustersOfSentence.set(sentence.id, map);
  };
  const fromContext = new Map<number, Map<string, number>>();
  const credit = (cluster: QuoteCluster, term: string, value: number): void => {
    const best = fromContext.get(cluster.id) ?? new Map<string, number>();
    best.set(term, Math.max(best.get(term) ?? 0, value));
    fromContext.set(cluster.id, best);
  };
  // A headline naming the speaker is about what they said or did there: its other words are their topic.
  const speaker = coverage.entity(entity);
  const names = speaker ? [...new Set([speaker.name ?? '', ...speaker.aliases].flatMap((name) => coverage.normaliser.terms(name)))] : [];
  const headlines = new Map<string, Set<string>>();
  for (const cluster of own) {
    for (const occurrence of cluster.occurrences) {
      const sentences = coverage.sentencesOf(occurrence.articleId);
      const around = sentencesAround(sentences, occurrence.start, occurrence.end);
      // The sentence before, when it is about the speaker too (names them): "And Varga is looking beyond May. He said: ...".
      const before = around[0] ? sentences[sentences.indexOf(around[0]) - 1] : undefined;
      if (before && names.length > 0 && coverage.normaliser.terms(before.text).some((term) => names.includes(term))) add(before, cluster, CONTEXT);
      for (const sentence of around) add(sentence, cluster, 1);
      let headline = headlines.get(occurrence.articleId);
      if (!headline) {
        headline = new Set(coverage.normaliser.terms(coverage.article(occurrence.articleId)?.headline ?? ''));
        headlines.set(occurrence.articleId, headline);
      }
      if (names.some((term) => headline.has(term))) for (const term of terms) if (headline.has(term)) credit(cluster, term, CONTEXT);
    }
  }
  if (clustersOfSentence.size > 0) {
    const results = coverage.searchSentences(terms.join(' '), { among: new Set(clustersOfSentence.keys()) });
    for (const result of results) {
      for (const [term, value] of creditsOf(result, corrected)) {
        for (const [cluster, worth] of clustersOfSentence.get(result.id as number) ?? []) credit(cluster, term, value * worth);
      }
    }
  }
  const scored: Scored[] = [];
  for (const cluster of own) {
    const text = byText.get(cluster.id);
    const context = fromContext.get(cluster.id);
    if (!text && !context) continue;
    const credits = new Map(text?.credits ?? []);
    for (const [term, value] of context ?? []) credits.set(term, Math.max(credits.get(term) ?? 0, value));
    scored.push({ cluster, coverage: shareOf(credits, terms), score: text?.score ?? 0, credits, matched: text?.matched ?? [] });
  }
  return scored.sort(byCoverage(coverage));
}

/** The sentences holding a topic's words, each word's apart, and the articles holding every one of them. */
export interface TopicSentences {
  /** For each search term, the ids of the sentences holding it exactly. */
  byTerm: ReadonlyMap<string, ReadonlySet<number>>;
  /** The articles holding every term, in any of their sentences. */
  articles: Set<string>;
}

/** The sentences holding each of `terms` exactly (the normaliser's terms: a typo already read as its word), and the articles holding all of them. */
export function sentencesHolding(coverage: Coverage, terms: readonly string[]): TopicSentences {
  const byTerm = new Map<string, Set<number>>();
  let held: Set<string> | undefined;
  for (const term of terms) {
    const sentences = new Set<number>();
    const found = new Set<string>();
    const results = coverage.searchSentences(term, { fuzzy: false, prefix: false });
    // Side by side: a store that fetches as it goes fetches them in one round trip, not one each.
    for (const sentence of allOf(...results.map((result) => () => coverage.sentence(result.id as number)))) {
      if (!sentence) continue;
      sentences.add(sentence.id);
      found.add(sentence.articleId);
    }
    byTerm.set(term, sentences);
    const before: Set<string> | undefined = held;
    held = before ? new Set([...before].filter((id) => found.has(id))) : found;
    if (held.size === 0) break;
  }
  return { byTerm, articles: held ?? new Set<string>() };
}

/** The articles holding every one of `terms` exactly, in any of their sentences. */
export function articlesHolding(coverage: Coverage, terms: readonly string[]): Set<string> {
  return sentencesHolding(coverage, terms).articles;
}
