/**
 * minisearch's BM25+ score of one posting, and what bounds it: with the usual
 * parameters a posting never scores above the posting of the largest
 * frequency and the shortest field beside it, which a block's header tells
 * (postings-codec.ts). top-results.ts passes over documents by these bounds.
 */

/** minisearch's BM25+ parameters. */
export interface BM25Params {
  k: number;
  b: number;
  d: number;
}

/** A bound is trusted only this far below the bar: far more than the rounding of a few sums and products. */
export const SLACK = 1 + 1e-9;

/** calcBM25Score's steps, in its order, so each score is its number to the last bit. */
export function bm25(invDocFreq: number, frequency: number, fieldLength: number, average: number, params: BM25Params): number {
  return invDocFreq * (params.d + (frequency * (params.k + 1)) / (frequency + params.k * (1 - params.b + (params.b * fieldLength) / average)));
}

/** minisearch's inverse document frequency of a term `matching` documents of `documentCount` hold. */
export function invDocFreqOf(documentCount: number, matching: number): number {
  return Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
}

/**
 * Whether a posting's score grows with its frequency and shrinks with its
 * field's length, and weights are not negative: so with BM25+'s usual
 * parameters. Otherwise nothing is bounded and every document is scored.
 */
export function boundable(params: BM25Params, lists: readonly { factor: number; average: number }[]): boolean {
  const { k, b, d } = params;
  return k > 0 && b >= 0 && b <= 1 && d >= 0 && lists.every((list) => list.factor >= 0 && list.average > 0);
}

/** How many query terms a set of them (one bit each) holds: minisearch's quality factor. */
export function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
