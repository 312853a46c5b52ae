/**
 * A statement as the extraction stages find it: its span, kind, cue and
 * speaker mention, before coreference.ts says who the speaker is.
 */
import type { Span } from '../corpus/types.js';
import type { Cue, Mention, StatementKind } from './types.js';

/** A statement before its speaker is resolved. */
export interface RawStatement extends Span {
  kind: StatementKind;
  mention: Mention | null;
  cue: Cue | null;
  sentence: number;
  paragraph: number;
  /** Index of the statement whose speaker this one inherits (floating quotes), or -1. */
  inherits: number;
  /** For a relative pronoun mention ("who"), the phrase it stands for. */
  antecedent?: Mention;
}
