/**
 * A corpus snapshot: what answering needs, and nothing it does not (no full
 * article texts). Plain JSON-safe data, so it can be cached on disk and loaded
 * by every process or shard without redoing extraction.
 */
import type { SpeakerEntity, Statement, StatementKind } from '../attribution/index.js';
import type { ArticleMeta } from '../corpus/types.js';

/**
 * An article as answers cite it. `textAtUrl` is false when the link is a copy with other wording;
 * `summaryOnly` true when the text read was only a summary (a feed item without its content).
 */
export interface ArticleRecord extends Pick<ArticleMeta, 'outlet' | 'url' | 'published' | 'wires' | 'textAtUrl' | 'summaryOnly'> {
  id: string;
  headline: string | null;
  /** Its story's words, signed (corpus/text-signature.ts, encoded): copies of one story agree; null for none. */
  signature: string | null;
}

/** One statement as carried by one article. */
export interface StatementOccurrence {
  articleId: string;
  start: number;
  end: number;
  text: string;
  kind: StatementKind;
  cue: string | null;
  /** How that article refers to the speaker ("he", "the harbour chief"). */
  mention: string | null;
}

/**
 * One statement across the coverage: the same words (or nearly) from the
 * same speaker, in every article that carried them.
 */
export interface QuoteCluster {
  id: number;
  /** Corpus entity of the speaker, or null when nobody could be identified. */
  entity: string | null;
  speaker: string | null;
  role: string | null;
  anonymous: boolean;
  /** Direct when some article quotes it word for word. */
  kind: StatementKind;
  /** The representative wording: the longest direct quotation, else the longest text. */
  text: string;
  occurrences: StatementOccurrence[];
}

export interface SentenceRecord {
  id: number;
  articleId: string;
  start: number;
  end: number;
  text: string;
}

export interface CorpusSnapshot {
  articles: ArticleRecord[];
  clusters: QuoteCluster[];
  entities: SpeakerEntity[];
  sentences: SentenceRecord[];
}

export type { Statement };
