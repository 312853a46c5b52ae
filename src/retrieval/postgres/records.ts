/**
 * The rows of the coverage tables as the snapshot's records: one select list
 * and one mapping per record, shared by the full load and the look-ups so both
 * give back the same objects.
 */
import type { SpeakerEntity, StatementKind } from '../../attribution/index.js';
import type { ArticleRecord, QuoteCluster, SentenceRecord, StatementOccurrence } from '../snapshot.js';

export const ARTICLE_COLUMNS = 'a.id, a.outlet, a.headline, a.url, a.published, a.wires, a.text_at_url';
export interface ArticleRow {
  id: string;
  outlet: string | null;
  headline: string | null;
  url: string | null;
  published: string | null;
  wires: string[];
  text_at_url: boolean;
}
export function articleOf(row: ArticleRow): ArticleRecord {
  return { id: row.id, outlet: row.outlet, headline: row.headline, url: row.url, published: row.published, wires: row.wires, textAtUrl: row.text_at_url };
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

export const OCCURRENCE_COLUMNS = 'o.article_id, o.start_offset, o.end_offset, o.text AS occurrence_text, o.kind AS occurrence_kind, o.cue, o.mention';
export interface OccurrenceRow {
  article_id: string;
  start_offset: number;
  end_offset: number;
  occurrence_text: string;
  occurrence_kind: StatementKind;
  cue: string | null;
  mention: string | null;
}
export function occurrenceOf(row: OccurrenceRow): StatementOccurrence {
  return { articleId: row.article_id, start: row.start_offset, end: row.end_offset, text: row.occurrence_text, kind: row.occurrence_kind, cue: row.cue, mention: row.mention };
}

/**
 * Clusters with their occurrences from one joined result, ordered by cluster
 * id then occurrence ordinal (`CLUSTERS_WITH_OCCURRENCES` ... `ORDER BY c.id, o.ordinal`).
 */
export const CLUSTERS_WITH_OCCURRENCES = `SELECT ${CLUSTER_COLUMNS}, ${OCCURRENCE_COLUMNS} FROM clusters c JOIN occurrences o ON o.cluster_key = c.key`;

export function clustersOf(rows: readonly (ClusterRow & OccurrenceRow)[]): QuoteCluster[] {
  const clusters: QuoteCluster[] = [];
  let current: QuoteCluster | undefined;
  for (const row of rows) {
    if (current?.id !== row.id) {
      current = { id: row.id, entity: row.entity, speaker: row.speaker, role: row.role, anonymous: row.anonymous, kind: row.kind, text: row.text, occurrences: [] };
      clusters.push(current);
    }
    current.occurrences.push(occurrenceOf(row));
  }
  return clusters;
}
