/**
 * The coverage an answerer works from: the snapshot, its indexes and the
 * look-ups built from them. Built from articles (cold), or from a snapshot
 * and serialised indexes (warm, from the cache).
 */
import { createHash } from 'node:crypto';
import { EMPTY_CONFIG, type AttributionConfig } from '../attribution/config.js';
import type { SpeakerEntity } from '../attribution/index.js';
import { snapshotOfUnits, unitOfArticle } from './article-unit.js';
import type { Article, Corpus } from '../corpus/types.js';
import { createNormaliser, withCorpusSynonyms, type Normaliser, type SynonymConfig } from './normalise.js';
import { buildIndexes, type SearchIndexes } from './search-index.js';
import { vocabularyOf, type Vocabulary } from './vocabulary.js';
import type { ArticleRecord, CorpusSnapshot, QuoteCluster, SentenceRecord } from './snapshot.js';

export interface Coverage {
  snapshot: CorpusSnapshot;
  indexes: SearchIndexes;
  normaliser: Normaliser;
  articleById: ReadonlyMap<string, ArticleRecord>;
  entityById: ReadonlyMap<string, SpeakerEntity>;
  clustersByEntity: ReadonlyMap<string, QuoteCluster[]>;
  /** Each article's sentences in reading order, to find the sentence around a statement. */
  sentencesByArticle: ReadonlyMap<string, SentenceRecord[]>;
  /** How many statements each article carries. */
  statementsPerArticle: ReadonlyMap<string, number>;
  /** A short hash of the snapshot: answers made from another version are stale. */
  version: string;
  /** The words of the statements and sentences: a question's word outside it is a typo. */
  vocabulary: Vocabulary;
}

/** Extracts statements, clusters them and collects the sentences: everything answers need. */
export function buildSnapshot(articles: readonly Article[], normaliser: Normaliser, config: AttributionConfig = EMPTY_CONFIG): CorpusSnapshot {
  return snapshotOfUnits(articles.map((article) => unitOfArticle(article, config)), normaliser, config);
}

/** Look-ups over a snapshot and its indexes. */
export function coverageOf(snapshot: CorpusSnapshot, indexes: SearchIndexes, normaliser: Normaliser): Coverage {
  const clustersByEntity = new Map<string, QuoteCluster[]>();
  for (const cluster of snapshot.clusters) {
    if (!cluster.entity) continue;
    const list = clustersByEntity.get(cluster.entity) ?? [];
    list.push(cluster);
    clustersByEntity.set(cluster.entity, list);
  }
  const statementsPerArticle = new Map<string, number>();
  for (const cluster of snapshot.clusters) {
    for (const id of new Set(cluster.occurrences.map((o) => o.articleId))) statementsPerArticle.set(id, (statementsPerArticle.get(id) ?? 0) + 1);
  }
  const sentencesByArticle = new Map<string, SentenceRecord[]>();
  for (const sentence of snapshot.sentences) {
    const list = sentencesByArticle.get(sentence.articleId) ?? [];
    list.push(sentence);
    sentencesByArticle.set(sentence.articleId, list);
  }
  const hash = createHash('sha256');
  for (const article of snapshot.articles) hash.update(article.id);
  for (const cluster of snapshot.clusters) hash.update(cluster.text);
  return {
    snapshot,
    indexes,
    normaliser,
    statementsPerArticle,
    version: hash.digest('hex').slice(0, 8),
    articleById: new Map(snapshot.articles.map((article) => [article.id, article])),
    entityById: new Map(snapshot.entities.map((entity) => [entity.id, entity])),
    clustersByEntity,
    sentencesByArticle,
    vocabulary: vocabularyOf([indexes.statements, indexes.sentences]),
  };
}

/**
 * Builds the coverage of prepared articles, from nothing.
 *
 * @example
 * const coverage = buildCoverage([article], loadSynonyms(), loadAttributionConfig());
 */
/**
 * Builds the coverage of a loaded corpus, with the synonyms it brings for itself.
 *
 * @example
 * const coverage = buildCorpusCoverage(loadCorpus(), loadSynonyms(), loadAttributionConfig());
 */
export function buildCorpusCoverage(corpus: Pick<Corpus, 'articles' | 'synonyms'>, synonyms: SynonymConfig, config: AttributionConfig = EMPTY_CONFIG): Coverage {
  return buildCoverage(corpus.articles, withCorpusSynonyms(synonyms, corpus.synonyms), config);
}

export function buildCoverage(articles: readonly Article[], synonyms: SynonymConfig, config: AttributionConfig = EMPTY_CONFIG): Coverage {
  const normaliser = createNormaliser(synonyms);
  const snapshot = buildSnapshot(articles, normaliser, config);
  return coverageOf(snapshot, buildIndexes(snapshot, normaliser), normaliser);
}
