/**
 * How a topic was covered: the articles on it (holding every word of the
 * topic, as "who was quoted most about" finds them), per outlet how many
 * articles and whom it quoted on the topic, the statements only one outlet
 * carried, and the articles over time. Copies of one story are one article,
 * as "how many" counts them; each outlet that carried the story still
 * counts it once.
 */
import type { SpeakerEntity } from '../attribution/index.js';
import { storiesOf } from '../corpus/copies.js';
import { decodeSignature } from '../corpus/text-signature.js';
import type { Coverage } from '../retrieval/coverage.js';
import type { ArticleRecord, QuoteCluster, StatementOccurrence } from '../retrieval/snapshot.js';
import { sentencesAround } from '../retrieval/sentences-around.js';
import { allOf } from '../retrieval/pending.js';
import { MATCH, queryTerms } from './matching.js';
import { bucketFor, dayOf, isoDay, periodLabel, periodsBetween, periodStart } from './periods.js';
import { sentencesHolding } from './topics.js';
import { NO_OUTLET, type OutletCoverage, type SingleOutletStatement, type TopicCoverage } from './types.js';

/** A statement is on the topic when the sentences it stands in hold this share of the topic's words (as answer.ts weighs topics). */
const ON_TOPIC = Math.min(MATCH, 0.5);
/** How many statements only one outlet carried the data lists; the rest are counted. */
export const MAX_SINGLE_OUTLET = 50;

/** One outlet's article on the topic: a story it carried, however many times it saved it, dated by its earliest copy. */
interface Piece {
  outlet: string;
  day: Date | null;
}

const outletOf = (article: ArticleRecord): string => article.outlet ?? NO_OUTLET;

/**
 * `lookUp` of each item, side by side: a store that fetches as it goes (a database) fetches them all in one
 * round trip, where one after another would take a round trip each.
 */
function eachOf<T, R>(items: readonly T[], lookUp: (item: T) => R): R[] {
  return allOf<R[]>(...items.map((item) => () => lookUp(item)));
}

/** A named speaker, not an anonymous one or a description: whom an outlet is said to have quoted. */
function namedSpeaker(coverage: Coverage, cluster: QuoteCluster): SpeakerEntity | null {
  const entity = cluster.entity === null ? undefined : coverage.entity(cluster.entity);
  return entity && !entity.anonymous && entity.name ? entity : null;
}

/** Each outlet's articles among the stories: the copies one outlet saved of one story are one article of its. */
function piecesOf(stories: readonly string[][], articleOf: (id: string) => ArticleRecord): Piece[] {
  const pieces: Piece[] = [];
  for (const story of stories) {
    const earliest = new Map<string, Date | null>();
    for (const id of story) {
      const article = articleOf(id);
      const day = dayOf(article.published);
      const outlet = outletOf(article);
      const known = earliest.get(outlet);
      if (!earliest.has(outlet) || (day && (!known || day < known))) earliest.set(outlet, day ?? known ?? null);
    }
    for (const [outlet, day] of earliest) pieces.push({ outlet, day });
  }
  return pieces;
}

function timelineOf(pieces: readonly Piece[]): TopicCoverage['timeline'] {
  const dated = pieces.filter((p): p is Piece & { day: Date } => p.day !== null);
  const undated = pieces.length - dated.length;
  if (dated.length === 0) return { bucket: 'day', periods: [], undated };
  const times = dated.map((p) => p.day.getTime());
  const [first, last] = [new Date(Math.min(...times)), new Date(Math.max(...times))];
  const bucket = bucketFor(first, last);
  const periods = periodsBetween(first, last, bucket).map((start) => ({ start: isoDay(start), label: periodLabel(start, bucket), byOutlet: {} as Record<string, number> }));
  const at = new Map(periods.map((period, index) => [period.start, index]));
  for (const piece of dated) {
    const period = periods[at.get(isoDay(periodStart(piece.day, bucket))) ?? -1];
    if (period) period.byOutlet[piece.outlet] = (period.byOutlet[piece.outlet] ?? 0) + 1;
  }
  return { bucket, periods, undated };
}

/** Whether an occurrence stands in sentences holding ON_TOPIC of the topic's terms. */
function occursOnTopic(coverage: Coverage, occurrence: StatementOccurrence, terms: readonly string[], byTerm: ReadonlyMap<string, ReadonlySet<number>>): boolean {
  const around = sentencesAround(coverage.sentencesOf(occurrence.articleId), occurrence.start, occurrence.end);
  const held = terms.filter((term) => around.some((sentence) => byTerm.get(term)?.has(sentence.id))).length;
  return held / terms.length >= ON_TOPIC;
}

/** The statements on the topic each outlet carried, by speaker: outlet → speaker's entity → statement ids. */
function statementsByOutlet(coverage: Coverage, articles: readonly ArticleRecord[], terms: readonly string[], byTerm: ReadonlyMap<string, ReadonlySet<number>>): Map<string, Map<string, Set<number>>> {
  const byOutlet = new Map<string, Map<string, Set<number>>>();
  const held = eachOf(articles, (article) => allOf(() => coverage.clustersInArticle(article.id), () => coverage.sentencesOf(article.id))[0]);
  const entities = new Set(held.flat().flatMap((cluster) => (cluster.entity === null ? [] : [cluster.entity])));
  eachOf([...entities], (entity) => coverage.entity(entity));
  for (const [at, article] of articles.entries()) {
    const id = article.id;
    for (const cluster of held[at] ?? []) {
      const speaker = namedSpeaker(coverage, cluster);
      if (!speaker || !cluster.occurrences.some((o) => o.articleId === id && occursOnTopic(coverage, o, terms, byTerm))) continue;
      const outlet = outletOf(article);
      const speakers = byOutlet.get(outlet) ?? new Map<string, Set<number>>();
      byOutlet.set(outlet, speakers);
      const statements = speakers.get(speaker.id) ?? new Set<number>();
      speakers.set(speaker.id, statements);
      statements.add(cluster.id);
    }
  }
  return byOutlet;
}

/** The one outlet that carried a statement, wherever it was carried; null when several did, or an article without an outlet did. */
function onlyOutlet(coverage: Coverage, cluster: QuoteCluster): { outlet: string; articleId: string } | null {
  const outlets = new Set(cluster.occurrences.map((o) => coverage.article(o.articleId)?.outlet ?? null));
  const [outlet] = outlets;
  return outlets.size === 1 && outlet ? { outlet, articleId: cluster.occurrences[0]?.articleId ?? '' } : null;
}

/**
 * How `topic` was covered; null when no article holds every word of it.
 *
 * @example topicCoverage(coverage, 'ferry')?.outlets[0] // { outlet: 'Ostby Post', articles: 3, voices: [{ speaker: 'Jane Roe', statements: 2 }] }
 */
export function topicCoverage(coverage: Coverage, topic: string): TopicCoverage | null {
  const terms = queryTerms(coverage, topic);
  if (terms.length === 0) return null;
  const { byTerm, articles } = sentencesHolding(coverage, terms);
  // In id order: the same coverage gives the same answer, whichever order a store's search returns them in.
  const records = eachOf([...articles].sort(), (id) => coverage.article(id)).flatMap((article) => article ?? []);
  if (records.length === 0) return null;
  const byId = new Map(records.map((article) => [article.id, article]));
  const stories = storiesOf(records.map((a) => ({ id: a.id, signature: decodeSignature(a.signature ?? '') })));
  const pieces = piecesOf(stories, (id) => byId.get(id) as ArticleRecord);
  const statements = statementsByOutlet(coverage, records, terms, byTerm);
  const nameOf = (entity: string): string => coverage.entity(entity)?.name ?? entity;
  const articlesOf = new Map<string, number>();
  for (const piece of pieces) articlesOf.set(piece.outlet, (articlesOf.get(piece.outlet) ?? 0) + 1);
  const outlets: OutletCoverage[] = [...articlesOf].map(([outlet, articles]) => ({
    outlet,
    articles,
    voices: [...(statements.get(outlet) ?? [])]
      .map(([entity, ids]) => ({ speaker: nameOf(entity), statements: ids.size }))
      .sort((a, b) => b.statements - a.statements || a.speaker.localeCompare(b.speaker)),
  })).sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
  const named = new Set(records.flatMap((a) => (a.outlet ? [a.outlet] : [])));
  const single = named.size >= 2 ? singleOutletStatements(coverage, statements, outlets) : [];
  return {
    topic,
    counted: { articles: stories.length, outlets: named.size, copies: records.length - stories.length },
    outlets,
    singleOutlet: single.slice(0, MAX_SINGLE_OUTLET),
    singleOutletTotal: single.length,
    timeline: timelineOf(pieces),
  };
}

/** The statements on the topic only one outlet carried, by its outlets' order (most articles first), then as the coverage numbers them. */
function singleOutletStatements(coverage: Coverage, statements: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<number>>>, outlets: readonly OutletCoverage[]): SingleOutletStatement[] {
  const rank = new Map(outlets.map((o, index) => [o.outlet, index]));
  const ids = [...new Set([...statements.values()].flatMap((speakers) => [...speakers.values()].flatMap((held) => [...held])))];
  const clusters = eachOf(ids, (id) => coverage.cluster(id)).flatMap((cluster) => cluster ?? []);
  // Where else each was carried: the articles off the topic too (a copy that cut the topic's sentence).
  eachOf([...new Set(clusters.flatMap((c) => c.occurrences.map((o) => o.articleId)))], (id) => coverage.article(id));
  const found = clusters.flatMap((cluster) => {
    const only = onlyOutlet(coverage, cluster);
    const speaker = namedSpeaker(coverage, cluster);
    return only && speaker?.name ? [{ cluster, statement: { speaker: speaker.name, outlet: only.outlet, text: cluster.text, articleId: only.articleId } }] : [];
  });
  return found
    .sort((a, b) => (rank.get(a.statement.outlet) ?? 0) - (rank.get(b.statement.outlet) ?? 0) || coverage.compareStatements(a.cluster, b.cluster))
    .map((f) => f.statement);
}
