/**
 * A first bar for an OR search's first results (top-results.ts), before
 * any document is taken: from the postings of the lists of highest bounds
 * alone (the rarer words', short), each document's partial score times the
 * query terms found so far. A document scores at least that much (its other
 * postings only add, and only add terms), so `limit` documents reach the
 * `limit`-th partial score: lists below it can be asked, not read, from the
 * start.
 */
import { PostingsCursor } from './postings-codec.js';
import { bitCount, bm25, SLACK, type BM25Params } from './score-bounds.js';

/** A list as firstBar reads it. */
export interface BarList {
  data: Uint8Array;
  factor: number;
  matching: number;
  average: number;
}

/** Postings read for a first bar, at most: a few times the results asked for, or a share of all the lists' postings. */
const firstBarPostings = (limit: number, postings: number): number => Math.max(16 * limit, Math.floor(postings / 16));

/**
 * The bar, and the postings read for it; -Infinity when the lists read hold
 * fewer than `limit` documents. `byBound`: the lists by bound, lowest first;
 * `invDocFreqs` and `termBits`: per list.
 */
export function firstBar(
  lists: readonly BarList[],
  byBound: readonly number[],
  invDocFreqs: readonly number[],
  termBits: readonly number[],
  params: BM25Params,
  limit: number,
): { bar: number; read: number } {
  const slots = new Map<number, number>();
  const most = firstBarPostings(limit, lists.reduce((sum, list) => sum + list.matching, 0));
  const sums = new Float64Array(most);
  const bits = new Int32Array(most);
  let budget = most;
  for (let i = byBound.length - 1; i >= 0 && budget > 0; i--) {
    const at = byBound[i] as number;
    const list = lists[at] as BarList;
    // A list that does not fit is read in part only while the bar has too few documents.
    if (list.matching > budget && slots.size >= limit) break;
    const cursor = new PostingsCursor(list.data);
    const bit = termBits[at] as number;
    while (budget > 0 && cursor.next()) {
      budget--;
      const score = list.factor * bm25(invDocFreqs[at] as number, cursor.frequency, cursor.fieldLength, list.average, params);
      const slot = slots.get(cursor.seq);
      if (slot === undefined) {
        slots.set(cursor.seq, slots.size);
        sums[slots.size - 1] = score;
        bits[slots.size - 1] = bit;
      } else {
        sums[slot] = (sums[slot] as number) + score;
        bits[slot] = (bits[slot] as number) | bit;
      }
    }
  }
  const found = slots.size;
  const read = most - budget;
  if (found < limit) return { bar: Number.NEGATIVE_INFINITY, read };
  const lows = new Float64Array(found);
  for (let slot = 0; slot < found; slot++) lows[slot] = (sums[slot] as number) * bitCount(bits[slot] as number);
  // Summed in another order than the exact scores: below them by more than rounding could make up.
  return { bar: (lows.sort()[found - limit] as number) / SLACK / SLACK, read };
}
