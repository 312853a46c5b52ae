/**
 * The best `size` documents seen by a search, by minisearch's order: score
 * descending, then the first list holding the document, then its seq (see
 * top-results.ts). A heap with the worst on top, in flat typed arrays.
 */
export class BestResults {
  private readonly scores: Float64Array;
  private readonly lists: Int32Array;
  private readonly seqs: Float64Array;
  private length = 0;

  constructor(readonly size: number) {
    this.scores = new Float64Array(size);
    this.lists = new Int32Array(size);
    this.seqs = new Float64Array(size);
  }

  get full(): boolean {
    return this.length >= this.size;
  }

  /** The score to beat once full. */
  get bar(): number {
    return this.scores[0] as number;
  }

  offer(score: number, list: number, seq: number): void {
    if (this.length < this.size) {
      this.place(this.length, score, list, seq);
      this.up(this.length++);
      return;
    }
    const top = this.scores[0] as number;
    if (score < top) return;
    if (score === top) {
      const topList = this.lists[0] as number;
      if (list > topList || (list === topList && seq > (this.seqs[0] as number))) return;
    }
    this.place(0, score, list, seq);
    this.down(0);
  }

  /** The seqs held, best first. */
  ordered(): number[] {
    const order = Array.from({ length: this.length }, (_, at) => at).sort((a, b) => (this.worse(a, b) ? 1 : this.worse(b, a) ? -1 : 0));
    return order.map((at) => this.seqs[at] as number);
  }

  private worse(a: number, b: number): boolean {
    const sa = this.scores[a] as number;
    const sb = this.scores[b] as number;
    if (sa !== sb) return sa < sb;
    const la = this.lists[a] as number;
    const lb = this.lists[b] as number;
    return la !== lb ? la > lb : (this.seqs[a] as number) > (this.seqs[b] as number);
  }

  private place(at: number, score: number, list: number, seq: number): void {
    this.scores[at] = score;
    this.lists[at] = list;
    this.seqs[at] = seq;
  }

  private swap(a: number, b: number): void {
    const score = this.scores[a] as number;
    const list = this.lists[a] as number;
    const seq = this.seqs[a] as number;
    this.place(a, this.scores[b] as number, this.lists[b] as number, this.seqs[b] as number);
    this.place(b, score, list, seq);
  }

  private up(from: number): void {
    let at = from;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.worse(at, parent)) break;
      this.swap(at, parent);
      at = parent;
    }
  }

  private down(from: number): void {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < this.length && this.worse(left, worst)) worst = left;
      if (right < this.length && this.worse(right, worst)) worst = right;
      if (worst === at) return;
      this.swap(at, worst);
      at = worst;
    }
  }
}
