/**
 * A packed coverage with a few articles added, changed or removed, without
 * rebuilding it: the packed coverage stays as it is (one segment), and what
 * changed is a second, small segment built in memory, as search engines add
 * segments to an index. The new articles' speakers join the entities already
 * merged (extendAttributions); the speakers they touch have their statements
 * grouped again (regroupClusters), and a packed statement that changes is
 * replaced by one in the second segment; both segments are searched with the
 * statistics of the two together. Until the store rebuilds (store.ts decides
 * when), documents replaced or removed still count in those statistics, so
 * scores may differ from a rebuild's in their last digits.
 */
import type { AttributionConfig } from '../../attribution/config.js';
import { extendAttributions, movesBareSurnames, type SpeakerEntity, type Statement } from '../../attribution/index.js';
import type { ArticleUnit } from '../article-unit.js';
import { regroupClusters } from '../clusters.js';
import { weightsAmong } from '../same-remark.js';
import { buildCompactIndexData, openCompactIndex, type CompactIndex, type CompactSearchOptions, type SegmentView } from '../compact-index.js';
import { contextLinks, type ContextLink } from '../context-links.js';
import { outletsOf, searchWith, type Coverage, type StoreSearchOptions } from '../coverage.js';
import type { Normaliser } from '../normalise.js';
import { sentenceOptions, speakerDocument, statementDocument, statementOptions, type SearchResult } from '../search-index.js';
import type { QuoteCluster, SentenceRecord } from '../snapshot.js';
import { speakerLookups } from '../speaker-lookups.js';
import { vocabularyOf, type Vocabulary } from '../vocabulary.js';
import type { PackedCoverage } from './packed-coverage.js';

export interface Layer {
  /** The articles added, and the new versions of those changed, in corpus order. */
  units: readonly ArticleUnit[];
  /** The ids of the packed articles removed or changed. */
  gone: ReadonlySet<string>;
  /** Every article's id, in corpus order. */
  order: readonly string[];
  /** The layered coverage's version (what answers made from it are keyed by). */
  version: string;
}

/**
 * Two segments searched as one index: each scores with both's statistics, and
 * the results are merged by score. `hidden` are documents of the first no
 * longer results (removed, or replaced by one in the second).
 */
export function segmentedSearch(packed: CompactIndex, added: CompactIndex, hidden: ReadonlySet<number>) {
  const documentCount = packed.documentCount + added.documentCount;
  const averageFieldLength =
    documentCount === 0 ? 0 : (packed.data.averageFieldLength * packed.documentCount + added.data.averageFieldLength * added.documentCount) / documentCount;
  const frequency = (term: string): number => packed.frequency(term) + added.frequency(term);
  const views: [CompactIndex, SegmentView][] = [
    [packed, { documentCount, averageFieldLength, frequency, hidden }],
    [added, { documentCount, averageFieldLength, frequency, hidden: new Set() }],
  ];
  return (query: string, options: CompactSearchOptions = {}): SearchResult[] => {
    const merged = views.flatMap(([index, segment]) => index.search(query, { ...options, segment }));
    // A stable sort: of equal scores, the packed segment's first.
    merged.sort((a, b) => b.score - a.score);
    return options.limit === undefined ? merged : merged.slice(0, options.limit);
  };
}

/** An index's words less those only its hidden documents hold: a rebuild, without those documents, would not know them. */
function visibleTerms(index: CompactIndex, hidden: ReadonlySet<number>): Vocabulary {
  if (hidden.size === 0) return index;
  const held = (term: string): boolean => index.holders(term).some((id) => !hidden.has(id));
  return {
    has: (term) => index.has(term) && held(term),
    near: (term, distance) => index.near(term, distance).filter(held),
    nearSameStart: (term, distance) => index.nearSameStart(term, distance).filter(held),
  };
}

/** Sorted by id. */
const byId = (clusters: Iterable<QuoteCluster>): QuoteCluster[] => [...clusters].sort((a, b) => a.id - b.id);

/** The speakers of a layered coverage, and their search. */
interface LayeredSpeakers {
  entities: SpeakerEntity[];
  /** The new articles' statements, their speakers resolved among all. */
  statements: Statement[];
  search(query: string, options?: StoreSearchOptions): SearchResult[];
}

/**
 * An entity without the articles gone. An unnamed source is one place in one
 * article: gone with it, it is no one a changed article's source at that
 * place (with the same id) could grow; it is renamed out of its way.
 */
function withoutArticles(entity: SpeakerEntity, gone: ReadonlySet<string>): SpeakerEntity {
  const articles = entity.articles.filter((id) => !gone.has(id));
  return { ...entity, articles, ...(articles.length === 0 && entity.id.startsWith('unnamed:') ? { id: `${entity.id}\u0000gone` } : {}) };
}

/**
 * The packed speakers with the new articles' merged in (extendAttributions).
 * The articles gone leave the people they named, and a person named nowhere
 * else any more is gone too. The speaker index (minisearch's own, which
 * keeps its statistics right) numbers speakers by slot: the packed ones, then
 * the new; a speaker gone keeps its slot, discarded, and searches give
 * places in the list without them.
 */
function layerSpeakers(packed: PackedCoverage, units: readonly ArticleUnit[], gone: ReadonlySet<string>, config: AttributionConfig): LayeredSpeakers | null {
  const packedEntities = packed.entities;
  const earlier = gone.size === 0 ? packedEntities : packedEntities.map((entity) => (entity.articles.some((id) => gone.has(id)) ? withoutArticles(entity, gone) : entity));
  const [left, goneWhole] = [earlier.filter((entity) => entity.articles.length > 0), earlier.filter((entity) => entity.articles.length === 0)];
  if (movesBareSurnames(left, goneWhole, units.map((unit) => unit.resolved.entities), config)) return null;
  const { entities: slots, statements, grown } = extendAttributions(earlier, units.map((unit) => unit.resolved), config);
  const vanished = new Set(earlier.flatMap((_, slot) => (slots[slot]?.articles.length === 0 ? [slot] : [])));
  const slotOf = slots.flatMap((_, slot) => (vanished.has(slot) ? [] : [slot]));
  const placeOfSlot = new Int32Array(slots.length).fill(-1);
  slotOf.forEach((slot, place) => (placeOfSlot[slot] = place));
  const index = packed.speakers;
  slots.forEach((entity, slot) => {
    if (slot >= packedEntities.length) index.add(speakerDocument(entity, slot));
    else if (vanished.has(slot)) index.discard(slot);
    else if (grown.has(entity.id)) index.replace(speakerDocument(entity, slot));
  });
  return {
    entities: slots.filter((_, slot) => !vanished.has(slot)),
    statements,
    search(query, options = {}) {
      const { among, limit, ...rest } = options;
      const results = searchWith(index, query, { ...rest, ...(among ? { among: new Set([...among].map((place) => slotOf[place] ?? -1)) } : {}) });
      const placed = results.map((result) => ({ ...result, id: placeOfSlot[result.id as number] ?? -1 })).filter((result) => result.id >= 0);
      return limit === undefined ? placed : placed.slice(0, limit);
    },
  };
}

/** The new articles' sentences, numbered after the packed ones. */
function layerSentences(units: readonly ArticleUnit[], firstId: number): { sentences: SentenceRecord[]; byArticle: Map<string, SentenceRecord[]> } {
  const sentences: SentenceRecord[] = [];
  const byArticle = new Map<string, SentenceRecord[]>();
  for (const unit of units) {
    const first = firstId + sentences.length;
    const own = unit.sentences.map((s, index) => ({ id: first + index, articleId: unit.record.id, start: s.start, end: s.end, text: s.text }));
    sentences.push(...own);
    byArticle.set(unit.record.id, own);
  }
  return { sentences, byArticle };
}

/** Clusters in corpus order of where each was first carried, as a rebuild numbers them. */
function inCorpusOrder(clusters: QuoteCluster[], position: ReadonlyMap<string, number>): QuoteCluster[] {
  const keys = new Map(clusters.map((cluster) => [cluster, [position.get(cluster.occurrences[0]?.articleId ?? '') ?? 0, cluster.occurrences[0]?.start ?? 0] as const]));
  return clusters.sort((a, b) => {
    const [ka, kb] = [keys.get(a) ?? [0, 0], keys.get(b) ?? [0, 0]];
    return ka[0] - kb[0] || ka[1] - kb[1];
  });
}

/**
 * Statements ordered as a rebuild numbers them: speaker by speaker, in the
 * order each was first quoted (a statement of nobody known is a speaker of
 * its own), and a speaker's in reading order.
 */
function readingOrder(clustersOf: (entityId: string) => readonly QuoteCluster[], position: ReadonlyMap<string, number>): (a: QuoteCluster, b: QuoteCluster) => number {
  const placeOf = (cluster: QuoteCluster | undefined): [number, number] => [position.get(cluster?.occurrences[0]?.articleId ?? '') ?? 0, cluster?.occurrences[0]?.start ?? 0];
  const speakers = new Map<string, { first: [number, number]; rank: Map<number, number> }>();
  const speakerOf = (entity: string) => {
    let known = speakers.get(entity);
    if (!known) {
      const own = clustersOf(entity);
      speakers.set(entity, (known = { first: placeOf(own[0]), rank: new Map(own.map((cluster, rank) => [cluster.id, rank])) }));
    }
    return known;
  };
  return (a, b) => {
    const [sa, sb] = [a.entity === null ? null : speakerOf(a.entity), b.entity === null ? null : speakerOf(b.entity)];
    if (sa !== null && sa === sb) return (sa.rank.get(a.id) ?? 0) - (sb.rank.get(b.id) ?? 0);
    const [fa, fb] = [sa?.first ?? placeOf(a), sb?.first ?? placeOf(b)];
    return fa[0] - fb[0] || fa[1] - fb[1] || a.id - b.id;
  };
}

/**
 * The coverage of a packed coverage and a layer of changed articles; null
 * when the changes would move bare surnames in the packed articles from one
 * person to another (movesBareSurnames), which only a rebuild does.
 *
 * @example
 * const coverage = layerCoverage(openPackedCoverage(readSections(file, FILE_SECTIONS), normaliser), { units: [unitOf(raw, config)], gone: new Set(), order, version }, normaliser, config);
 */
export function layerCoverage(packed: PackedCoverage, layer: Layer, normaliser: Normaliser, config: AttributionConfig): Coverage | null {
  const base = packed.coverage;
  const { units, gone } = layer;
  const packedStatements = packed.statements.documentCount;
  const packedSentences = packed.sentences.documentCount;
  const position = new Map(layer.order.map((id, index) => [id, index]));
  const speakers = layerSpeakers(packed, units, gone, config);
  if (speakers === null) return null;
  const { entities } = speakers;
  const entityAt = new Map(entities.map((entity, index) => [entity.id, index]));

  const published = new Map(units.map((unit) => [unit.record.id, unit.record.published]));
  // The speakers these articles touch are grouped again; their clusters that change are replaced by new ones.
  const { replaced, added } = regroupClusters(
    speakers.statements,
    gone,
    { of: (id) => base.clustersOf(id), inArticle: (id) => base.clustersInArticle(id) },
    {
      normaliser,
      // The stored statements' words as its index counts them (by statement, not by each article carrying it): near enough for weights.
      weights: weightsAmong(speakers.statements.map((statement) => statement.text), normaliser, { holding: base.statementsHolding, statements: base.statementCount }),
      entities,
      // A changed article's date is its new version's, even none.
      publishedOf: (id) => (published.has(id) ? (published.get(id) ?? null) : (base.article(id)?.published ?? null)),
      position: (id) => position.get(id) ?? 0,
      firstId: packedStatements,
    },
  );
  const addedById = new Map(added.map((cluster) => [cluster.id, cluster]));
  const replacedClusters = [...replaced].flatMap((id) => base.cluster(id) ?? []);
  const touched = new Set([...replacedClusters, ...added].map((cluster) => cluster.entity));
  const addedIn = new Map<string, QuoteCluster[]>();
  for (const cluster of added) for (const id of new Set(cluster.occurrences.map((o) => o.articleId))) addedIn.set(id, [...(addedIn.get(id) ?? []), cluster]);
  const affectedArticles = new Set([...addedIn.keys(), ...replacedClusters.flatMap((cluster) => cluster.occurrences.map((o) => o.articleId))]);
  const visible = (cluster: QuoteCluster): QuoteCluster[] => (replaced.has(cluster.id) ? [] : [cluster]);
  const statementSegment = openCompactIndex(buildCompactIndexData(added.map(statementDocument), statementOptions(normaliser)), statementOptions(normaliser));

  const { sentences, byArticle: sentencesByArticle } = layerSentences(units, packedSentences);
  const sentenceSegment = openCompactIndex(buildCompactIndexData(sentences, sentenceOptions(normaliser)), sentenceOptions(normaliser));
  const hiddenSentences = new Set([...gone].flatMap((id) => base.sentencesOf(id).map((sentence) => sentence.id)));
  const sentencesOf = (id: string): readonly SentenceRecord[] => sentencesByArticle.get(id) ?? (gone.has(id) ? [] : base.sentencesOf(id));
  // Context for the new statements, and for earlier ones kept that a changed article still carries (its sentences are new).
  const kept = units.flatMap((unit) => (gone.has(unit.record.id) ? base.clustersInArticle(unit.record.id).flatMap(visible) : []));
  const newContext = contextLinks(added, sentencesOf);
  for (const [id, links] of contextLinks(kept, (articleId) => sentencesByArticle.get(articleId) ?? [])) {
    newContext.set(id, [...(newContext.get(id) ?? []), ...links].sort((a, b) => a.cluster - b.cluster));
  }

  const articles = [...base.articles().filter((article) => !gone.has(article.id)), ...units.map((unit) => unit.record)];
  articles.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  const articleAt = new Map(articles.map((article, index) => [article.id, index]));
  const searchStatements = segmentedSearch(packed.statements, statementSegment, replaced);
  const searchSentences = segmentedSearch(packed.sentences, sentenceSegment, hiddenSentences);
  let outlets: string[] | undefined;
  // A touched speaker's statements, merged and ordered once: answers ask for them again and again.
  const touchedClusters = new Map<string, readonly QuoteCluster[]>();
  const clustersOf = (id: string): readonly QuoteCluster[] => {
    if (!touched.has(id)) return base.clustersOf(id);
    let list = touchedClusters.get(id);
    if (!list) touchedClusters.set(id, (list = inCorpusOrder([...base.clustersOf(id).flatMap(visible), ...added.filter((cluster) => cluster.entity === id)], position)));
    return list;
  };
  const clustersInArticle = (id: string): readonly QuoteCluster[] => {
    if (!position.has(id)) return [];
    if (!affectedArticles.has(id) && !gone.has(id)) return base.clustersInArticle(id);
    // A changed article keeps the earlier statements that regrouping left as they were.
    return byId([...base.clustersInArticle(id).flatMap(visible), ...(addedIn.get(id) ?? [])]);
  };
  const compareStatements = readingOrder(clustersOf, position);
  const statementsBy = (id: string): number => (touched.has(id) ? clustersOf(id).length : base.statementsBy(id));
  // As a rebuild would count: the packed statements replaced hold their words no more.
  const statementsHolding = (term: string): number =>
    (replaced.size === 0 ? packed.statements.frequency(term) : packed.statements.holders(term).filter((id) => !replaced.has(id)).length) + statementSegment.frequency(term);
  return {
    version: layer.version,
    normaliser,
    vocabulary: vocabularyOf([visibleTerms(packed.statements, replaced), statementSegment, visibleTerms(packed.sentences, hiddenSentences), sentenceSegment]),
    articleCount: articles.length,
    statementCount: base.statementCount - replaced.size + added.length,
    articles: () => articles,
    articlesFrom: (from, count) => articles.slice(from, from + count),
    article: (id) => articles[articleAt.get(id) ?? -1],
    statementsIn: (id) => (affectedArticles.has(id) || gone.has(id) || !position.has(id) ? clustersInArticle(id).length : base.statementsIn(id)),
    ...speakerLookups(entities, statementsBy, normaliser, () => articles),
    entity: (id) => entities[entityAt.get(id) ?? -1],
    clustersOf,
    statementsBy,
    statementsHolding,
    outlets: () => (outlets ??= outletsOf(articles)),
    clustersInArticle,
    clusters: () => [...base.clusters().flatMap(visible), ...added],
    cluster: (id) => (id >= packedStatements ? addedById.get(id) : replaced.has(id) ? undefined : base.cluster(id)),
    sentencesOf,
    sentence: (id) => (id >= packedSentences ? sentences[id - packedSentences] : hiddenSentences.has(id) ? undefined : base.sentence(id)),
    contextOf: (id): readonly ContextLink[] => {
      if (id >= packedSentences) return newContext.get(id) ?? [];
      if (hiddenSentences.has(id)) return [];
      const own = base.contextOf(id).filter((link) => !replaced.has(link.cluster));
      const more = newContext.get(id);
      return more ? [...own, ...more] : own;
    },
    searchStatements: (query, options?: StoreSearchOptions) => searchStatements(query, options),
    searchSentences: (query, options?: StoreSearchOptions) => searchSentences(query, options),
    searchSpeakers: (query, options) => speakers.search(query, options),
    compareStatements,
  };
}
