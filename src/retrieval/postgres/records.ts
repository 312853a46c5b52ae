/**
 * The rows of the coverage tables as the snapshot's records: one select list
 * and one mapping per record, shared by the full load and the look-ups so both
 * give back the same objects.
 */
import type { SpeakerEntity, StatementKind } from '../../attribution/index.js';
import type { ArticleRecord, QuoteCluster, SentenceRecord, StatementOccurrence } from '../snapshot.js';

export const ARTICLE_COLUMNS = 'a.id, a.outlet, a.headline, a.url, a.published, a.wires, a.text_at_url, a.summary_only, a.signature';
export interface ArticleRow {
  id: string;
  outlet: string | null;
  headline: string | null;
  url: string | null;
  published: string | null;
  wires: string[];
  text_at_url: boolean;
  summary_only: boolean;
  signature: string | null;
}
export function articleOf(row: ArticleRow): ArticleRecord {
  return {
    id: row.id, outlet: row.outlet, headline: row.headline, url: row.url, published: row.published, wires: row.wires, textAtUrl: row.text_at_url,
    summaryOnly: row.summary_only, signature: row.signature,
  };
}

export const SENTENCE_COLUMNS = 's.id, s.article_id, s.start_offset, s.end_offset, s.text';
export interface SentenceRow {
  id: number;
  article_id: string;
  start_offset: number;
  end_offset: number;
  text: string;
}
export function sentenceOf(row: SentenceRow): SentenceRecord {
  return { id: row.id, articleId: row.article_id, start: row.start_offset, end: row.end_offset, text: row.text };
}

export const ENTITY_COLUMNS = 'e.id, e.kind, e.name, e.aliases, e.roles, e.articles, e.anonymous';
export interface EntityRow {
  id: string;
  kind: SpeakerEntity['kind'];
  name: string | null;
  aliases: string[];
  roles: string[];
  articles: string[];
  anonymous: boolean;
}
export function entityOf(row: EntityRow): SpeakerEntity {
  return { id: row.id, kind: row.kind, name: row.name, aliases: row.aliases, roles: row.roles, articles: row.articles, anonymous: row.anonymous };
}

export const CLUSTER_COLUMNS = 'c.id, c.entity, c.speaker, c.role, c.anonymous, c.kind, c.text';
export interface ClusterRow {
  id: number;
  entity: string | null;
  speaker: string | null;
  role: string | null;
  anonymous: boolean;
  kind: StatementKind;
  text: string;
}

/** An occurrence as clustersWhere sends it: its text null where it is the cluster's own. */
type OccurrenceTuple = [articleId: string, start: number, end: number, text: string | null, kind: StatementKind, cue: string | null, mention: string | null];
export interface ClusterWithOccurrencesRow extends ClusterRow {
  occurrences: OccurrenceTuple[] | null;
}

/**
 * Clusters with their occurrences, one row a cluster, ordered by id (`where` is SQL over `c`, the clusters).
 * The cluster's columns come once and an occurrence's text only where it differs from the cluster's: a story
 * carried by ten outlets would otherwise send the same words twenty times.
 */
export function clustersWhere(where: string | null): string {
  const occurrences = 'SELECT json_agg(json_build_array(o.article_id, o.start_offset, o.end_offset, NULLIF(o.text, c.text), o.kind, o.cue, o.mention) ORDER BY o.ordinal) FROM occurrences o WHERE o.cluster_key = c.key';
  return `SELECT ${CLUSTER_COLUMNS}, (${occurrences}) AS occurrences FROM clusters c${where ? ` WHERE ${where}` : ''} ORDER BY c.id`;
}

/** The clusters of clustersWhere's rows (a cluster without occurrences is none, as a join would have it). */
export function clustersOf(rows: readonly ClusterWithOccurrencesRow[]): QuoteCluster[] {
  return rows.flatMap((row) => {
    if (!row.occurrences) return [];
    const occurrences = row.occurrences.map(([articleId, start, end, text, kind, cue, mention]): StatementOccurrence => ({ articleId, start, end, text: text ?? row.text, kind, cue, mention }));
    return [{ id: row.id, entity: row.entity, speaker: row.speaker, role: row.role, anonymous: row.anonymous, kind: row.kind, text: row.text, occurrences }];
  });
}
