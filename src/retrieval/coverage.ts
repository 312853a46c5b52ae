/**
 * The coverage an answerer works from: the snapshot, its indexes and the
 * look-ups built from them. Built from articles (cold), or from a snapshot
 * and serialised indexes (warm, from the cache).
 */
import { createHash } from 'node:crypto';
import { EMPTY_CONFIG, type AttributionConfig } from '../attribution/config.js';
import type { SpeakerEntity } from '../attribution/index.js';
import { snapshotOfUnits, unitOfArticle } from './article-unit.js';
import { contextLinks, type ContextLink } from './context-links.js';
import type { Article, Corpus } from '../corpus/types.js';
import { createNormaliser, withCorpusSynonyms, type Normaliser, type SynonymConfig } from './normalise.js';
import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';
import { buildIndexes, type SearchIndexes, type SearchResult } from './search-index.js';
import type { CoverageCounts } from './coverage-counts.js';
import { speakerLookups, type NearWord } from './speaker-lookups.js';
import { documentsHolding, termsOf, vocabularyOf, type Vocabulary } from './vocabulary.js';
import type { ArticleRecord, CorpusSnapshot, QuoteCluster, SentenceRecord } from './snapshot.js';

/**
 * What answering reads of the coverage, and all it reads: articles,
 * speakers, statements and sentences by id, and the three searches. A store
 * (in memory, or a database) provides it; answering never sees how.
 * Search results are minisearch's (`SearchResult`), whichever store runs
 * them, so matching weighs them the same way.
 */
export interface Coverage {
  /** A short hash of the coverage: answers made from another version are stale. */
  readonly version: string;
  readonly normaliser: Normaliser;
  /** The words of the statements and sentences: a question's word outside it is a typo. */
  readonly vocabulary: Vocabulary;
  readonly articleCount: number;
  readonly statementCount: number;
  /** Every article, in corpus order: for exports, never for answering (a large archive's would not fit). */
  articles(): readonly ArticleRecord[];
  /** `count` articles from the `from`th on, in corpus order: what a list of sources shows a page at a time. */
  articlesFrom(from: number, count: number): readonly ArticleRecord[];
  article(id: string): ArticleRecord | undefined;
  /** How many statements an article carries. */
  statementsIn(articleId: string): number;
  /** The speaker at a place in the list of speakers: what `searchSpeakers` results are (ids run from 0). */
  speakerAt(position: number): SpeakerEntity | undefined;
  entity(id: string): SpeakerEntity | undefined;
  /** The first `count` named, not anonymous, speakers with statements: most statements first, then in the speakers' order (a merge lists them by name). */
  mostQuoted(count: number): readonly SpeakerEntity[];
  /** The named, not anonymous, speakers whose name holds every one of `words` (the normaliser's tokens, lower-cased), in the speakers' order; none for no word. */
  speakersNamed(words: readonly string[]): readonly SpeakerEntity[];
  /** The words of named, not anonymous, speakers' names that start with `term`'s first character and are within `distance` edits of it (editDistance: two neighbours swapped are one edit), in code-unit order. */
  nameWordsNear(term: string, distance: number): readonly NearWord[];
  /**
   * The named people with roles (see speaker-lookups.ts `hasRoles`) who hold, for each list of
   * `prefixes`, a role word (roleWords) starting with one of its prefixes; in the speakers' order.
   */
  peopleWithRoleWords(prefixes: readonly (readonly string[])[]): readonly SpeakerEntity[];
  /** The articles, their outlets and dates of publication and the people quoted, counted (what /about shows). */
  coverageCounts(): CoverageCounts;
  /** How many statements hold a search term (the normaliser's): how common a word is. */
  statementsHolding(term: string): number;
  /** A speaker's statements, in corpus order. */
  clustersOf(entityId: string): readonly QuoteCluster[];
  /** How many statements a speaker has (`clustersOf(id).length`, without fetching them). */
  statementsBy(entityId: string): number;
  /** The outlets of the articles, each once, by name. */
  outlets(): readonly string[];
  /** The statements an article carries, in id order. */
  clustersInArticle(articleId: string): readonly QuoteCluster[];
  /** Every statement, in id order (ids run from 0): for exports, never for answering. */
  clusters(): readonly QuoteCluster[];
  cluster(id: number): QuoteCluster | undefined;
  /** An article's sentences in reading order. */
  sentencesOf(articleId: string): readonly SentenceRecord[];
  sentence(id: number): SentenceRecord | undefined;
  /** The statements a sentence is context for (see context-links.ts). */
  contextOf(sentenceId: number): readonly ContextLink[];
  /** Statements by their words; `among` keeps only those statement ids. */
  searchStatements(query: string, options?: StoreSearchOptions): SearchResult[];
  /** Sentences by their words; `among` keeps only those sentence ids. */
  searchSentences(query: string, options?: StoreSearchOptions): SearchResult[];
  /** Speakers by name, alias or role. */
  searchSpeakers(query: string, options?: StoreSearchOptions): SearchResult[];
  /**
   * Orders two statements as a coverage built whole numbers them (a
   * speaker's, by where the speaker is first quoted, then in reading order):
   * answers break ties so. By id, except in a coverage whose newer statements
   * are numbered last (embedded/layered-coverage.ts).
   */
  compareStatements(a: QuoteCluster, b: QuoteCluster): number;
}

/** Statements in id order: `compareStatements` of a coverage built whole. */
export const byStatementId = (a: QuoteCluster, b: QuoteCluster): number => a.id - b.id;

/** minisearch's search options, a filter given as the ids to keep (a store can send those to a database). */
export type StoreSearchOptions = Omit<SearchOptions, 'filter' | 'boostDocument' | 'fields'> & {
  among?: ReadonlySet<number>;
  /** Only the first results: a store may then score less. */
  limit?: number;
};

/** Extracts statements, clusters them and collects the sentences: everything answers need. */
export function buildSnapshot(articles: readonly Article[], normaliser: Normaliser, config: AttributionConfig = EMPTY_CONFIG): CorpusSnapshot {
  return snapshotOfUnits(articles.map((article) => unitOfArticle(article, config)), normaliser, config);
}

/** A minisearch search, `among` turned into its filter. */
export function searchWith(index: MiniSearch, query: string, options: StoreSearchOptions = {}): SearchResult[] {
  const { among, limit, ...rest } = options;
  const results = index.search(query, among ? { ...rest, filter: (result) => among.has(result.id as number) } : rest);
  return limit === undefined ? results : results.slice(0, limit);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | readonly string[] | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const keys = keyOf(item);
    for (const key of keys === null ? [] : typeof keys === 'string' ? [keys] : keys) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** The outlets articles name, each once, sorted. */
export function outletsOf(articles: readonly ArticleRecord[]): string[] {
  return [...new Set(articles.flatMap((article) => (article.outlet ? [article.outlet] : [])))].sort();
}

/** A short hash of a snapshot's articles and statements: answers made from another version are stale. */
export function coverageVersion(snapshot: CorpusSnapshot): string {
  const hash = createHash('sha256');
  for (const article of snapshot.articles) hash.update(article.id);
  for (const cluster of snapshot.clusters) hash.update(cluster.text);
  return hash.digest('hex').slice(0, 8);
}

/** The coverage of a snapshot held in memory, with its minisearch indexes. */
export function coverageOf(snapshot: CorpusSnapshot, indexes: SearchIndexes, normaliser: Normaliser): Coverage {
  const clustersByEntity = groupBy(snapshot.clusters, (cluster) => cluster.entity);
  const byArticle = groupBy(snapshot.clusters, (cluster) => [...new Set(cluster.occurrences.map((o) => o.articleId))]);
  const sentencesByArticle = groupBy(snapshot.sentences, (sentence) => sentence.articleId);
  const articleById = new Map(snapshot.articles.map((article) => [article.id, article]));
  const entityById = new Map(snapshot.entities.map((entity) => [entity.id, entity]));
  const statementsBy = (id: string): number => clustersByEntity.get(id)?.length ?? 0;
  const speakers = speakerLookups(snapshot.entities, statementsBy, normaliser, () => snapshot.articles);
  const none: readonly never[] = [];
  // Worked out at the first question that needs it: most coverages built in memory are small, or tests.
  let links: Map<number, ContextLink[]> | undefined;
  let outlets: string[] | undefined;
  return {
    version: coverageVersion(snapshot),
    normaliser,
    vocabulary: vocabularyOf([termsOf(indexes.statements), termsOf(indexes.sentences)]),
    articleCount: snapshot.articles.length,
    statementCount: snapshot.clusters.length,
    articles: () => snapshot.articles,
    articlesFrom: (from, count) => snapshot.articles.slice(from, from + count),
    article: (id) => articleById.get(id),
    statementsIn: (id) => byArticle.get(id)?.length ?? 0,
    ...speakers,
    entity: (id) => entityById.get(id),
    clustersOf: (id) => clustersByEntity.get(id) ?? none,
    statementsBy,
    statementsHolding: documentsHolding(indexes.statements),
    outlets: () => (outlets ??= outletsOf(snapshot.articles)),
    clustersInArticle: (id) => byArticle.get(id) ?? none,
    clusters: () => snapshot.clusters,
    cluster: (id) => snapshot.clusters[id],
    sentencesOf: (id) => sentencesByArticle.get(id) ?? none,
    sentence: (id) => snapshot.sentences[id],
    contextOf: (id) => (links ??= contextLinks(snapshot.clusters, (article) => sentencesByArticle.get(article) ?? none)).get(id) ?? none,
    searchStatements: (query, options) => searchWith(indexes.statements, query, options),
    searchSentences: (query, options) => searchWith(indexes.sentences, query, options),
    searchSpeakers: (query, options) => searchWith(indexes.speakers, query, options),
    compareStatements: byStatementId,
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
