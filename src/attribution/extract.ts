/**
 * Finds the statements of one article, stage by stage:
 *
 *  1. quotations.ts     the spans between quotation marks;
 *  2. cues.ts           the reporting verbs ("said", "according to");
 *  3. speaker-location.ts and mentions.ts  where each cue's speaker stands, and the phrase that names it;
 *  4. content.ts        what was said, before or after the attribution;
 *  5. pairing.ts        cue, speaker and content put together, a statement per speaker;
 *  6. colon-quotations.ts  quotations a colon introduces after a clause about the speaker;
 *  7. loose-quotations.ts and unmarked-quotes.ts  quotations that carry on an earlier speaker,
 *                       and first-person sentences that lost their quotation marks.
 *
 * Speakers are mentions here; who they are is worked out by coreference.ts,
 * and across articles by entities.ts.
 */
import type { Article } from '../corpus/types.js';
import { attachColonQuotations } from './colon-quotations.js';
import { attachLooseQuotations } from './loose-quotations.js';
import { pairCues } from './pairing.js';
import { indexQuotations, quotationsOf } from './quotations.js';
import type { RawStatement } from './raw-statement.js';
import { extendUnmarkedQuotes } from './unmarked-quotes.js';

export type { RawStatement } from './raw-statement.js';

export function extractRawStatements(article: Article): RawStatement[] {
  const quotations = indexQuotations(quotationsOf(article));
  const { statements, usedQuotations } = pairCues(article, quotations);
  attachColonQuotations(article, quotations, usedQuotations, statements);
  attachLooseQuotations(article.original, article, quotations, usedQuotations, statements);
  extendUnmarkedQuotes(article, statements);
  return inTextOrder(statements);
}

/** The statements sorted by where they start, with `inherits` pointing into the sorted list. */
function inTextOrder(statements: readonly RawStatement[]): RawStatement[] {
  const sorted = [...statements].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.map((statement) => {
    const owner = statements[statement.inherits];
    return { ...statement, inherits: owner ? sorted.indexOf(owner) : -1 };
  });
}
