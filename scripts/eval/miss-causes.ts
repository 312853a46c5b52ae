/**
 * Why a found statement got the wrong speaker, judged from what the user saw:
 * the kind of mention the prediction used and how its name relates to the
 * gold person. Grouping misses this way shows which class a change moved.
 */
import { nameParts } from '../../src/attribution/names.js';
import type { Pairing } from './scoring.js';

export const MISS_CAUSES = [
  'pronoun',
  'role/title',
  'appositive',
  'organisation/place/document',
  'partial name',
  'anonymous',
  'no speaker',
  'other person',
] as const;
export type MissCause = (typeof MISS_CAUSES)[number];

/** Heads of mentions that are documents rather than people ("the report", "a statement"). */
const DOCUMENT_HEAD = /\b(?:statement|report|survey|poll|study|lawsuit|suit|letter|document|release|complaint|ruling|filing|memo|post|tweet|email|post|website|release|decision|judgment|motion|notice|bill|order|analysis|paper|review|audit|update)s?$/i;
/** How far around the mention the gold person's name may stand for an appositive miss. */
const NEAR = 80;

/** The cause of one speaker miss; `text` is the article's text. */
export function missCause(text: string, { gold, prediction }: Pairing): MissCause {
  const mention = prediction.mention;
  if (gold.speaker === null) return 'anonymous';
  if (!mention) return 'no speaker';
  if (prediction.anonymous) return 'anonymous';
  if (mention.kind === 'pronoun') return 'pronoun';
  if (mention.kind === 'organisation') return 'organisation/place/document';
  if (mention.kind === 'role') return DOCUMENT_HEAD.test(mention.text) ? 'organisation/place/document' : 'role/title';
  if (!gold.speaker) return 'other person';
  const goldParts = nameParts(gold.speaker);
  const predicted = nameParts(prediction.name ?? mention.text);
  if (predicted.some((part) => goldParts.includes(part))) return 'partial name';
  const surname = goldParts[goldParts.length - 1];
  const around = text.slice(Math.max(0, mention.start - NEAR), mention.end + NEAR).toLowerCase();
  if (surname && around.includes(surname)) return 'appositive';
  return 'other person';
}
