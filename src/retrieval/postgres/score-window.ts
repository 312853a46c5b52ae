/**
 * Scratch arrays for a window of seqs a search reads at a time
 * (top-results.ts), by offset from the window's start: a bounded size
 * whatever the index's. Two uses: each document's postings as (list, score)
 * entries chained in list order, with their sum and query terms; or, when
 * every list is read along, each document's score summed in place in
 * minisearch's order.
 */

/** Seqs read into a window at a time. */
export const WINDOW = 4_096;

export class ScoreWindow {
  /** Per document: its first and last entry (-1: none), the sum of its entries and their query terms. */
  readonly heads: Int32Array;
  readonly tails: Int32Array;
  readonly known: Float64Array;
  readonly bits: Int32Array;
  /** The offsets of the documents with entries, or scores, in the order they came. */
  readonly touched: Int32Array;
  touchedCount = 0;
  /** In place: the sum so far, whether present, the current query term's sum and whether it has one, the first list (for ties), the terms summed. */
  readonly total: Float64Array;
  readonly present: Uint8Array;
  readonly specSum: Float64Array;
  readonly inSpec: Uint8Array;
  readonly firstList: Int32Array;
  readonly specs: Int32Array;
  readonly specTouched: Int32Array;
  /** The entries: list, score and the next entry of the same document (-1: none). */
  lists = new Int32Array(1_024);
  scores = new Float64Array(1_024);
  nexts = new Int32Array(1_024);
  entries = 0;

  constructor(readonly size: number = WINDOW) {
    this.heads = new Int32Array(size).fill(-1);
    this.tails = new Int32Array(size);
    this.known = new Float64Array(size);
    this.bits = new Int32Array(size);
    this.touched = new Int32Array(size);
    this.total = new Float64Array(size);
    this.present = new Uint8Array(size);
    this.specSum = new Float64Array(size);
    this.inSpec = new Uint8Array(size);
    this.firstList = new Int32Array(size).fill(-1);
    this.specs = new Int32Array(size);
    this.specTouched = new Int32Array(size);
  }

  /** Chains an entry to the document at `offset`, adding to its sum and terms. */
  add(offset: number, list: number, score: number, bit: number): void {
    if (this.entries === this.lists.length) this.grow();
    const entry = this.entries++;
    this.lists[entry] = list;
    this.scores[entry] = score;
    this.nexts[entry] = -1;
    if ((this.heads[offset] as number) < 0) {
      this.touched[this.touchedCount++] = offset;
      this.heads[offset] = entry;
      this.known[offset] = score;
      this.bits[offset] = bit;
    } else {
      this.nexts[this.tails[offset] as number] = entry;
      this.known[offset] = (this.known[offset] as number) + score;
      this.bits[offset] = (this.bits[offset] as number) | bit;
    }
    this.tails[offset] = entry;
  }

  /** The offsets of the documents with entries, in increasing order; the window is then empty of them (their chains stay readable until the next add). */
  takeTouched(): Int32Array {
    const touched = this.touched.subarray(0, this.touchedCount).sort();
    this.touchedCount = 0;
    this.entries = 0;
    return touched;
  }

  private grow(): void {
    const size = this.lists.length * 2;
    const lists = new Int32Array(size);
    lists.set(this.lists);
    const scores = new Float64Array(size);
    scores.set(this.scores);
    const nexts = new Int32Array(size);
    nexts.set(this.nexts);
    this.lists = lists;
    this.scores = scores;
    this.nexts = nexts;
  }
}
