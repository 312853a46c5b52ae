/**
 * Which documents are minisearch's first `limit` results, scored straight
 * from the binary lists (postings-codec.ts) without a result object per
 * document: a common word's hundreds of thousands of postings are scored in
 * plain arrays, a window of seqs at a time (memory bounded whatever the
 * index's size), and only the documents kept are then scored as
 * search-scoring.ts scores them, for their terms and matches.
 *
 * Exactness: a document's score is summed in minisearch's order (query term,
 * derived term, field; then the query terms' sums in turn), so it is the same
 * number to the last bit; ties are broken by minisearch's insertion order: for
 * OR, the first list (in that order) holding the document, then its seq; for
 * AND, the same within the last query term's lists.
 */
import { PostingsCursor } from './postings-codec.js';

/** minisearch's BM25+ parameters. */
export interface BM25Params {
  k: number;
  b: number;
  d: number;
}

/** One list to score: a derived term in one field, with everything its postings' scores need. */
export interface ScoredList {
  /** Which query term (spec) it belongs to, in order. */
  spec: number;
  data: Uint8Array;
  /** weight * termBoost * fieldBoost * 1, as minisearch multiplies them before the BM25 score. */
  factor: number;
  matching: number;
  average: number;
}

export interface TopRequest {
  lists: readonly ScoredList[];
  /** Per spec, the number of its distinct query term (for minisearch's quality factor). */
  termOf: readonly number[];
  combineWith: 'or' | 'and';
  documentCount: number;
  params: BM25Params;
  limit: number;
  /** Seqs scored at a time (the scratch arrays' length). */
  window?: number;
}

const WINDOW = 1 << 15;

/** A bounded heap of the best (score desc, order asc) entries seen, worst on top. */
class Best {
  readonly scores: number[] = [];
  readonly orders: number[] = [];
  readonly seqs: number[] = [];
  constructor(private readonly size: number) {}

  private worse(a: number, b: number): boolean {
    const sa = this.scores[a] as number;
    const sb = this.scores[b] as number;
    return sa < sb || (sa === sb && (this.orders[a] as number) > (this.orders[b] as number));
  }

  private swap(a: number, b: number): void {
    for (const array of [this.scores, this.orders, this.seqs]) [array[a], array[b]] = [array[b] as number, array[a] as number];
  }

  offer(score: number, order: number, seq: number): void {
    if (this.scores.length < this.size) {
      this.scores.push(score);
      this.orders.push(order);
      this.seqs.push(seq);
      let at = this.scores.length - 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!this.worse(at, parent)) break;
        this.swap(at, parent);
        at = parent;
      }
      return;
    }
    const top = this.scores[0] as number;
    if (score < top || (score === top && order > (this.orders[0] as number))) return;
    this.scores[0] = score;
    this.orders[0] = order;
    this.seqs[0] = seq;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < this.scores.length && this.worse(left, worst)) worst = left;
      if (right < this.scores.length && this.worse(right, worst)) worst = right;
      if (worst === at) break;
      this.swap(at, worst);
      at = worst;
    }
  }
}

/** Per-window scratch arrays, reset between windows. */
class Window {
  readonly total: Float64Array;
  readonly present: Uint8Array;
  readonly specSum: Float64Array;
  readonly inSpec: Uint8Array;
  readonly firstList: Int32Array;
  readonly terms: Uint32Array;
  readonly specs: Int32Array;
  readonly touched: Int32Array;
  readonly specTouched: Int32Array;

  constructor(readonly size: number) {
    this.total = new Float64Array(size);
    this.present = new Uint8Array(size);
    this.specSum = new Float64Array(size);
    this.inSpec = new Uint8Array(size);
    this.firstList = new Int32Array(size);
    this.terms = new Uint32Array(size);
    this.specs = new Int32Array(size);
    this.touched = new Int32Array(size);
    this.specTouched = new Int32Array(size);
  }
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The seqs of the first `limit` results, in minisearch's order; null when
 * the request is beyond what this scorer does (more than 32 distinct query
 * terms), and the caller scores as search-scoring.ts does.
 */
export function topSeqs(request: TopRequest): number[] | null {
  const { lists, termOf, combineWith, documentCount, params } = request;
  if (termOf.some((term) => term >= 32)) return null;
  const specCount = termOf.length;
  const lastSpec = specCount - 1;
  const cursors = lists.map((list) => {
    const cursor = new PostingsCursor(list.data);
    cursor.next();
    return cursor;
  });
  const w = new Window(request.window ?? WINDOW);
  const best = new Best(request.limit);
  for (;;) {
    let start = Number.POSITIVE_INFINITY;
    for (const cursor of cursors) if (cursor.seq < start) start = cursor.seq;
    if (start === Number.POSITIVE_INFINITY) break;
    const end = start + w.size;
    let touchedCount = 0;
    let listAt = 0;
    for (let spec = 0; spec < specCount; spec++) {
      let specTouchedCount = 0;
      for (; listAt < lists.length && (lists[listAt] as ScoredList).spec === spec; listAt++) {
        const list = lists[listAt] as ScoredList;
        const cursor = cursors[listAt] as PostingsCursor;
        // calcBM25Score's steps, in its order, so each score is its number to the last bit.
        const invDocFreq = Math.log(1 + (documentCount - list.matching + 0.5) / (list.matching + 0.5));
        const order = combineWith === 'or' || spec === lastSpec ? listAt : -1;
        while (cursor.seq < end) {
          const at = cursor.seq - start;
          const raw = invDocFreq * (params.d + (cursor.frequency * (params.k + 1)) / (cursor.frequency + params.k * (1 - params.b + (params.b * cursor.fieldLength) / list.average)));
          const weighted = list.factor * raw;
          if (w.inSpec[at]) {
            w.specSum[at] = (w.specSum[at] as number) + weighted;
          } else {
            w.inSpec[at] = 1;
            w.specSum[at] = weighted;
            w.specTouched[specTouchedCount++] = at;
          }
          if (!w.present[at]) {
            w.present[at] = 1;
            w.firstList[at] = order;
            w.touched[touchedCount++] = at;
          } else if (order >= 0 && (w.firstList[at] as number) < 0) {
            w.firstList[at] = order;
          }
          cursor.next();
        }
      }
      for (let i = 0; i < specTouchedCount; i++) {
        const at = w.specTouched[i] as number;
        // minisearch adds a query term's sum to what the earlier ones gave (0 + x is x).
        w.total[at] = w.specs[at] === 0 ? (w.specSum[at] as number) : (w.total[at] as number) + (w.specSum[at] as number);
        w.specs[at] = (w.specs[at] as number) + 1;
        w.terms[at] = (w.terms[at] as number) | (1 << (termOf[spec] as number));
        w.inSpec[at] = 0;
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const at = w.touched[i] as number;
      if (combineWith === 'or' || w.specs[at] === specCount) {
        const quality = bitCount(w.terms[at] as number) || 1;
        best.offer((w.total[at] as number) * quality, (w.firstList[at] as number) * 2 ** 32 + start + at, start + at);
      }
      w.present[at] = 0;
      w.specs[at] = 0;
      w.terms[at] = 0;
      w.firstList[at] = -1;
    }
  }
  const order = best.seqs.map((_, at) => at).sort((a, b) => (best.scores[b] as number) - (best.scores[a] as number) || (best.orders[a] as number) - (best.orders[b] as number));
  return order.map((at) => best.seqs[at] as number);
}
