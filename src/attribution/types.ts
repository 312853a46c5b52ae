import type { Span } from '../corpus/types.js';

export type StatementKind = 'direct' | 'indirect' | 'mixed';

/** The words that report a statement: "said", "told reporters", "according to". */
export interface Cue extends Span {
  text: string;
  /** The reporting verb's lemma ("say"), or "according to", or ":" for a bare colon. */
  lemma: string;
}

/** What sort of thing a speaker mention names. */
export type MentionKind = 'name' | 'pronoun' | 'role' | 'organisation';

/** A speaker as written in the text, before it is resolved to an entity. */
export interface Mention extends Span {
  text: string;
  kind: MentionKind;
  /** The person or body named in the mention itself ("Jane Roe"), if any. */
  name: string | null;
  /** Title or role words written with it ("French President", "a senior military official"). */
  role: string | null;
  /** A source the text leaves unnamed ("a senior military official", "sources"). */
  anonymous: boolean;
  /** A second role, set after a name that has a title before it: "a spokeswoman for the army" in "Colonel Jane Roe, a spokeswoman for the army, said". */
  apposed?: string;
}

/** The speaker of a statement: the mention, and who it turned out to be. */
export interface Speaker {
  mention: Mention | null;
  /** The resolved name ("Jane Roe" for "she"), or null when unknown or anonymous. */
  name: string | null;
  role: string | null;
  anonymous: boolean;
  /** Key of the entity this speaker belongs to, across the corpus (see entities.ts). */
  entity: string | null;
}

/** One thing someone said, with exact offsets into the article's original text. */
export interface Statement extends Span {
  articleId: string;
  /** What was said: `original.slice(start, end)`, quotation marks left out. */
  text: string;
  kind: StatementKind;
  speaker: Speaker;
  cue: Cue | null;
}
