/**
 * Which documents are minisearch's first `limit` results, scored straight
 * from the binary lists (postings-codec.ts) without a result object per
 * document; only the documents kept are then scored as search-scoring.ts
 * scores them, for their terms and matches.
 *
 * Documents are taken a window of seqs at a time (score-window.ts). Once a
 * bar is known (the lowest score of `limit` documents: first-bar.ts, then
 * the best held), the longest lists whose postings together cannot reach it
 * (a common word's: its postings score low) no longer bring documents of
 * their own (MaxScore): they are asked about the documents the other lists
 * bring, the highest bounds first, and only while the document may still
 * reach the bar; a block whose header's maxima (largest frequency, shortest
 * field) cannot lift it is passed over unread. For AND the lists of the
 * query term with the fewest postings bring the documents, the others are
 * asked. With nothing to ask, every list is read along and each document's
 * score summed in place.
 *
 * Exactness: a document's score is summed in minisearch's order (query term,
 * derived term, field; then the query terms' sums in turn), so it is the same
 * number to the last bit; ties are broken by minisearch's insertion order: for
 * OR, the first list (in that order) holding the document, then its seq; for
 * AND, the same within the last query term's lists. A document is passed
 * over only when a bound of its score is below the bar by more than rounding
 * could make up, so none that ties with a document kept is lost.
 */
import { BestResults } from './best-results.js';
import { firstBar } from './first-bar.js';
import { PostingsCursor } from './postings-codec.js';
import { bitCount, bm25, boundable, invDocFreqOf, SLACK, type BM25Params } from './score-bounds.js';
import { ScoreWindow } from './score-window.js';

export type { BM25Params };

/** One list to score: a derived term in one field, with everything its postings' scores need. */
export interface ScoredList {
  /** Which query term (spec) it belongs to, in order. */
  spec: number;
  data: Uint8Array;
  /** weight * termBoost * fieldBoost * 1, as minisearch multiplies them before the BM25 score. */
  factor: number;
  /** The documents holding the term in the field: the list's postings. */
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
}

/** What topSeqs did, for tests and benchmarks: the postings it read of all the lists'. */
export interface TopWork {
  postings: number;
  read: number;
}

/**
 * A list is asked only when at least this share of the lists left to bring
 * documents: else reading it where they bring one costs more than reading it
 * along with them (measured at ten times Reuters: a half).
 */
const ASK_RATIO = 0.5;

/** The lists are parted again when the bar has risen this much since they last were. */
const PARTITION_STEP = 1.02;

/** One search's state: its lists' cursors and bounds, which lists bring documents, the bar and the best so far. */
class TopSearch {
  private readonly lists: readonly ScoredList[];
  private readonly count: number;
  private readonly cursors: PostingsCursor[];
  private readonly invDocFreqs: number[];
  private readonly termBits: number[];
  /** Per list: its place for ties (-1 for AND's lists not of the last query term). */
  private readonly ordering: number[];
  private readonly withBounds: boolean;
  private readonly listBounds: number[];
  /** Lists by bound, lowest first. */
  private readonly byBound: number[];
  private readonly bySize: number[];
  /** The lists that bring documents, in list order; those asked, highest bound first. */
  private essential: number[];
  private asked: number[] = [];
  private readonly isAsked: Uint8Array;
  private askedSum = 0;
  private askedBits = 0;
  private partitionedAt = Number.NEGATIVE_INFINITY;
  private bar = Number.NEGATIVE_INFINITY;
  private firstRead = 0;
  private readonly best: BestResults;
  private readonly window = new ScoreWindow();
  /** Per list, for the document at hand: its score and whether it holds it; the lists holding it. */
  private readonly scores: Float64Array;
  private readonly holds: Uint8Array;
  private readonly held: Int32Array;
  private heldCount = 0;
  /** Per asked list: its current block's bound (and that block's last seq), what it may add to the document at hand (-1: nothing). */
  private readonly blockBounds: Float64Array;
  private readonly boundBlocks: Float64Array;
  private readonly mayAdd: Float64Array;
  private readonly laterBits: Int32Array;

  constructor(private readonly request: TopRequest) {
    const { lists, termOf, combineWith, documentCount, params } = request;
    this.lists = lists;
    this.count = lists.length;
    this.cursors = lists.map((list) => new PostingsCursor(list.data));
    this.invDocFreqs = lists.map((list) => invDocFreqOf(documentCount, list.matching));
    this.termBits = lists.map((list) => 1 << (termOf[list.spec] as number));
    this.ordering = lists.map((list, at) => (combineWith === 'or' || list.spec === termOf.length - 1 ? at : -1));
    this.withBounds = boundable(params, lists);
    this.listBounds = lists.map((_, at) => this.listBound(at));
    this.byBound = [...lists.keys()].sort((a, b) => (this.listBounds[a] as number) - (this.listBounds[b] as number));
    this.bySize = [...lists.keys()].sort((a, b) => (lists[b] as ScoredList).matching - (lists[a] as ScoredList).matching);
    this.isAsked = new Uint8Array(this.count);
    this.essential = [...lists.keys()];
    this.best = new BestResults(request.limit);
    this.scores = new Float64Array(this.count);
    this.holds = new Uint8Array(this.count);
    this.held = new Int32Array(this.count);
    this.blockBounds = new Float64Array(this.count);
    this.boundBlocks = new Float64Array(this.count).fill(Number.NaN);
    this.mayAdd = new Float64Array(this.count);
    this.laterBits = new Int32Array(this.count + 1);
  }

  /** The seqs of the first results, best first. */
  run(): number[] {
    if (this.request.combineWith === 'and') this.askAllButFewest();
    else if (this.withBounds && this.someAskable()) {
      // Lists worth asking: a first bar lets them be asked from the start.
      const first = firstBar(this.lists, this.byBound, this.invDocFreqs, this.termBits, this.request.params, this.request.limit);
      this.bar = first.bar;
      this.firstRead = first.read;
      this.partition();
    }
    // Only the lists that bring documents start reading: the others are read where a document needs them.
    for (const at of this.essential) (this.cursors[at] as PostingsCursor).next();
    for (;;) {
      let start = Number.POSITIVE_INFINITY;
      for (const at of this.essential) start = Math.min(start, (this.cursors[at] as PostingsCursor).seq);
      if (start === Number.POSITIVE_INFINITY) break;
      if (this.asked.length === 0) this.wholeWindow(start);
      else this.askingWindow(start);
    }
    return this.best.ordered();
  }

  /** Postings read, for the first bar too. */
  postingsRead(): number {
    return this.cursors.reduce((sum, cursor) => sum + cursor.read, this.firstRead);
  }

  private score(at: number, cursor: PostingsCursor): number {
    const list = this.lists[at] as ScoredList;
    return list.factor * bm25(this.invDocFreqs[at] as number, cursor.frequency, cursor.fieldLength, list.average, this.request.params);
  }

  /** The largest score a posting of list `at` can have in a block of these maxima. */
  private bound(at: number, maxFrequency: number, minFieldLength: number): number {
    if (!this.withBounds) return Number.POSITIVE_INFINITY;
    const list = this.lists[at] as ScoredList;
    return list.factor * bm25(this.invDocFreqs[at] as number, maxFrequency, minFieldLength, list.average, this.request.params);
  }

  /** The largest of a list's blocks' bounds, from their headers alone. */
  private listBound(at: number): number {
    if (!this.withBounds) return Number.POSITIVE_INFINITY;
    const headers = new PostingsCursor((this.lists[at] as ScoredList).data);
    let largest = 0;
    while (headers.nextBlock()) largest = Math.max(largest, this.bound(at, headers.blockMaxFrequency, headers.blockMinFieldLength));
    return largest;
  }

  private ask(at: number): void {
    this.isAsked[at] = 1;
    this.askedSum += this.listBounds[at] as number;
    this.askedBits |= this.termBits[at] as number;
  }

  private parted(): void {
    this.essential = this.essential.filter((at) => !this.isAsked[at]);
    this.asked = this.byBound.filter((at) => this.isAsked[at]).reverse();
  }

  /** AND: the lists of the query term with the fewest postings bring the documents (each must hold every term). */
  private askAllButFewest(): void {
    const postings = this.request.termOf.map((_, spec) => this.lists.reduce((sum, list) => sum + (list.spec === spec ? list.matching : 0), 0));
    const fewest = postings.indexOf(Math.min(...postings));
    this.lists.forEach((list, at) => list.spec !== fewest && this.ask(at));
    this.parted();
  }

  /** OR: whether some list is long enough to be asked at all; else every list is read along, and a first bar is of no use. */
  private someAskable(): boolean {
    const all = this.lists.reduce((sum, list) => sum + list.matching, 0);
    return this.lists.some((list) => list.matching >= ASK_RATIO * (all - list.matching));
  }

  /** OR: the longest lists first, each asked from now on if long enough and the documents in asked lists only still cannot reach the bar. */
  private partition(): void {
    if (this.request.combineWith !== 'or' || this.bar <= this.partitionedAt * PARTITION_STEP) return;
    this.partitionedAt = this.bar;
    let left = this.essential.reduce((sum, at) => sum + (this.lists[at] as ScoredList).matching, 0);
    let changed = false;
    for (const at of this.bySize) {
      const size = (this.lists[at] as ScoredList).matching;
      if (this.isAsked[at] || size < ASK_RATIO * (left - size)) continue;
      const most = (this.askedSum + (this.listBounds[at] as number)) * bitCount(this.askedBits | (this.termBits[at] as number));
      if (most * SLACK >= this.bar) continue;
      this.ask(at);
      left -= size;
      changed = true;
    }
    if (changed) this.parted();
  }

  private raiseBar(): void {
    if (!this.best.full || this.best.bar <= this.bar) return;
    this.bar = this.best.bar;
    this.partition();
  }

  /** Every list brings documents: each document's score summed in place, in minisearch's order, as its postings come. */
  private wholeWindow(start: number): void {
    const w = this.window;
    const end = start + w.size;
    const { lists, count, cursors } = this;
    const specCount = this.request.termOf.length;
    let listAt = 0;
    let touchedCount = 0;
    for (let spec = 0; spec < specCount; spec++) {
      let specTouchedCount = 0;
      for (; listAt < count && (lists[listAt] as ScoredList).spec === spec; listAt++) {
        const cursor = cursors[listAt] as PostingsCursor;
        const order = this.ordering[listAt] as number;
        for (; cursor.seq < end; cursor.next()) {
          const at = cursor.seq - start;
          const weighted = this.score(listAt, cursor);
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
        }
      }
      const bit = 1 << (this.request.termOf[spec] as number);
      for (let i = 0; i < specTouchedCount; i++) {
        const at = w.specTouched[i] as number;
        // minisearch adds a query term's sum to what the earlier ones gave (0 + x is x).
        w.total[at] = w.specs[at] === 0 ? (w.specSum[at] as number) : (w.total[at] as number) + (w.specSum[at] as number);
        w.specs[at] = (w.specs[at] as number) + 1;
        w.bits[at] = (w.bits[at] as number) | bit;
        w.inSpec[at] = 0;
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const at = w.touched[i] as number;
      if (this.request.combineWith === 'or' || w.specs[at] === specCount) this.best.offer((w.total[at] as number) * (bitCount(w.bits[at] as number) || 1), w.firstList[at] as number, start + at);
      w.present[at] = 0;
      w.specs[at] = 0;
      w.bits[at] = 0;
      w.firstList[at] = -1;
    }
    this.raiseBar();
  }

  /** Some lists are asked: the others' postings are chained per document, then each document is asked about, in seq order. */
  private askingWindow(start: number): void {
    const w = this.window;
    const end = start + w.size;
    for (const at of this.essential) {
      const cursor = this.cursors[at] as PostingsCursor;
      const bit = this.termBits[at] as number;
      for (; cursor.seq < end; cursor.next()) w.add(cursor.seq - start, at, this.score(at, cursor), bit);
    }
    for (const offset of w.takeTouched()) {
      this.heldCount = 0;
      for (let entry = w.heads[offset] as number; entry >= 0; entry = w.nexts[entry] as number) this.hold(w.lists[entry] as number, w.scores[entry] as number);
      w.heads[offset] = -1;
      if (this.askAbout(start + offset, w.known[offset] as number, w.bits[offset] as number)) this.offer(start + offset);
      for (let i = 0; i < this.heldCount; i++) this.holds[this.held[i] as number] = 0;
    }
  }

  private hold(at: number, score: number): void {
    this.scores[at] = score;
    this.holds[at] = 1;
    this.held[this.heldCount++] = at;
  }

  /**
   * Whether the document at `seq` may still reach the bar once the asked
   * lists are read for it: first by the lists' bounds, then by their blocks'
   * (no posting read), then reading each, the highest bounds first, while it
   * may. The postings found are held.
   */
  private askAbout(seq: number, knownSum: number, knownBits: number): boolean {
    const { asked, mayAdd, termBits, laterBits } = this;
    const pruning = this.withBounds && this.bar > Number.NEGATIVE_INFINITY;
    let known = knownSum;
    let bits = knownBits;
    if (pruning && (known + this.askedSum) * bitCount(bits | this.askedBits) * SLACK < this.bar) return false;
    let more = 0;
    let mayBits = 0;
    for (const at of asked) {
      const cursor = this.cursors[at] as PostingsCursor;
      cursor.skipTo(seq);
      if (cursor.blockLastSeq !== this.boundBlocks[at]) {
        this.boundBlocks[at] = cursor.blockLastSeq;
        this.blockBounds[at] = this.bound(at, cursor.blockMaxFrequency, cursor.blockMinFieldLength);
      }
      mayAdd[at] = cursor.mayHold(seq) ? (this.blockBounds[at] as number) : -1;
      if ((mayAdd[at] as number) < 0) continue;
      more += mayAdd[at] as number;
      mayBits |= termBits[at] as number;
    }
    if (pruning && (known + more) * bitCount(bits | mayBits) * SLACK < this.bar) return false;
    laterBits[asked.length] = 0;
    for (let i = asked.length - 1; i >= 0; i--) {
      const at = asked[i] as number;
      laterBits[i] = (laterBits[i + 1] as number) | ((mayAdd[at] as number) >= 0 ? (termBits[at] as number) : 0);
    }
    for (let i = 0; i < asked.length; i++) {
      const at = asked[i] as number;
      if ((mayAdd[at] as number) < 0) continue;
      if (pruning && i > 0 && (known + more) * bitCount(bits | (laterBits[i] as number)) * SLACK < this.bar) return false;
      more -= mayAdd[at] as number;
      const cursor = this.cursors[at] as PostingsCursor;
      if (!cursor.seek(seq) || cursor.seq !== seq) continue;
      const score = this.score(at, cursor);
      this.hold(at, score);
      known += score;
      bits |= termBits[at] as number;
    }
    return !pruning || known * bitCount(bits) * SLACK >= this.bar;
  }

  /** Scores the document held exactly, in minisearch's order (lists in order within a query term, then the terms' sums), and offers it. */
  private offer(seq: number): void {
    const { held, heldCount, lists, scores } = this;
    // The asked lists' postings were held after the others': in list order again.
    for (let i = 1; i < heldCount; i++) {
      const at = held[i] as number;
      let j = i - 1;
      for (; j >= 0 && (held[j] as number) > at; j--) held[j + 1] = held[j] as number;
      held[j + 1] = at;
    }
    let total = 0;
    let specs = 0;
    for (let i = 0; i < heldCount; ) {
      const spec = (lists[held[i] as number] as ScoredList).spec;
      let sum = scores[held[i] as number] as number;
      for (i++; i < heldCount && (lists[held[i] as number] as ScoredList).spec === spec; i++) sum += scores[held[i] as number] as number;
      total = specs === 0 ? sum : total + sum;
      specs++;
    }
    if (this.request.combineWith === 'and' && specs < this.request.termOf.length) return;
    let terms = 0;
    let firstList = -1;
    for (let i = 0; i < heldCount; i++) {
      const at = held[i] as number;
      terms |= this.termBits[at] as number;
      if (firstList < 0 && (this.ordering[at] as number) >= 0) firstList = at;
    }
    this.best.offer(total * (bitCount(terms) || 1), firstList, seq);
    this.raiseBar();
  }
}

/**
 * The seqs of the first `limit` results, in minisearch's order; null when
 * the request is beyond what this scorer does (more than 32 distinct query
 * terms), and the caller scores as search-scoring.ts does.
 *
 * @example
 * const seqs = topSeqs({ lists, termOf: [0, 1], combineWith: 'or', documentCount, params: { k: 1.2, b: 0.7, d: 0.5 }, limit: 20 });
 */
export function topSeqs(request: TopRequest, work?: TopWork): number[] | null {
  if (request.limit <= 0) return [];
  if (request.termOf.some((term) => term >= 32)) return null;
  const search = new TopSearch(request);
  const seqs = search.run();
  if (work) {
    work.postings = request.lists.reduce((sum, list) => sum + list.matching, 0);
    work.read = search.postingsRead();
  }
  return seqs;
}
