/**
 * An index's vocabulary in a few flat arrays instead of minisearch's radix
 * tree of objects (a tenth of the memory): the terms sorted in code-unit
 * order in one string, their document frequencies and tree paths in typed
 * arrays. Exact and prefix look-ups are binary searches; typo look-ups walk
 * the sorted terms as a trie, one Levenshtein row per character, sharing the
 * rows of a common prefix and skipping every term under a prefix already too
 * far. They find the terms minisearch's tree finds, with the same distances;
 * callers order them by tree path, as before.
 */
import type { IndexedTerm } from './search-scoring.js';

export interface TermRow {
  term: string;
  frequencies: readonly number[];
  tree_path: readonly number[];
}

export class CompactTerms {
  private readonly text: string;
  private readonly starts: Int32Array;
  private readonly frequencies: Int32Array;
  private readonly pathStarts: Int32Array;
  private readonly paths: Int32Array;
  /** How many leading code units each term shares with the one before it (at most 65,535). */
  private readonly shared: Uint16Array;
  readonly size: number;

  constructor(rows: TermRow[], private readonly fieldCount: number) {
    rows.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    this.size = rows.length;
    this.text = rows.map((row) => row.term).join('');
    this.starts = new Int32Array(rows.length + 1);
    this.frequencies = new Int32Array(rows.length * fieldCount);
    this.pathStarts = new Int32Array(rows.length + 1);
    this.paths = new Int32Array(rows.reduce((sum, row) => sum + row.tree_path.length, 0));
    this.shared = new Uint16Array(rows.length);
    let at = 0;
    let pathAt = 0;
    rows.forEach((row, index) => {
      this.starts[index] = at;
      at += row.term.length;
      const before = rows[index - 1]?.term ?? '';
      let common = 0;
      while (common < 65_535 && common < before.length && before.charCodeAt(common) === row.term.charCodeAt(common)) common++;
      this.shared[index] = common;
      for (let field = 0; field < fieldCount; field++) this.frequencies[index * fieldCount + field] = row.frequencies[field] ?? 0;
      this.pathStarts[index] = pathAt;
      for (const step of row.tree_path) this.paths[pathAt++] = step;
    });
    this.starts[rows.length] = at;
    this.pathStarts[rows.length] = pathAt;
  }

  termAt(index: number): string {
    return this.text.slice(this.starts[index], this.starts[index + 1]);
  }

  indexed(index: number): IndexedTerm {
    return {
      term: this.termAt(index),
      frequencies: Array.from(this.frequencies.subarray(index * this.fieldCount, (index + 1) * this.fieldCount)),
      treePath: Array.from(this.paths.subarray(this.pathStarts[index], this.pathStarts[index + 1])),
    };
  }

  /** The first index whose term is not below `term`. */
  private lowerBound(term: string): number {
    let low = 0;
    let high = this.size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.termAt(middle) < term) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  find(term: string): number {
    const at = this.lowerBound(term);
    return at < this.size && this.termAt(at) === term ? at : -1;
  }

  get(term: string): IndexedTerm | undefined {
    const at = this.find(term);
    return at < 0 ? undefined : this.indexed(at);
  }

  has(term: string): boolean {
    return this.find(term) >= 0;
  }

  /** Terms starting with `prefix` (the prefix itself included). */
  withPrefix(prefix: string): IndexedTerm[] {
    const found: IndexedTerm[] = [];
    for (let at = this.lowerBound(prefix); at < this.size && this.termAt(at).startsWith(prefix); at++) found.push(this.indexed(at));
    return found;
  }

  /** Terms within `maxDistance` edits (Levenshtein, in code units) of `query`, each with its distance. */
  near(query: string, maxDistance: number): (IndexedTerm & { distance: number })[] {
    const n = query.length + 1;
    const codes = Array.from({ length: query.length }, (_, at) => query.charCodeAt(at));
    const longest = query.length + maxDistance;
    // Row r holds the distances between the term's first r characters and each prefix of the query.
    const rows = new Uint16Array((longest + 1) * n);
    for (let j = 0; j < n; j++) rows[j] = j;
    const found: (IndexedTerm & { distance: number })[] = [];
    const { text, starts, shared } = this;
    // How many rows hold the previous term's prefixes.
    let valid = 0;
    let at = 0;
    while (at < this.size) {
      const start = starts[at] as number;
      const length = (starts[at + 1] as number) - start;
      let tooFar = -1;
      for (let depth = Math.min(shared[at] as number, valid); depth < length; depth++) {
        if (depth + 1 > longest) {
          tooFar = depth + 1;
          break;
        }
        const row = (depth + 1) * n;
        const above = depth * n;
        const code = text.charCodeAt(start + depth);
        rows[row] = depth + 1;
        let least = depth + 1;
        for (let j = 1; j < n; j++) {
          const value = Math.min((rows[above + j - 1] as number) + (code === codes[j - 1] ? 0 : 1), (rows[above + j] as number) + 1, (rows[row + j - 1] as number) + 1);
          rows[row + j] = value;
          if (value < least) least = value;
        }
        if (least > maxDistance) {
          tooFar = depth + 1;
          break;
        }
      }
      if (tooFar >= 0) {
        // Every term under this prefix is as far: skip them all (they follow, sharing at least its length).
        valid = tooFar - 1;
        at++;
        while (at < this.size && (shared[at] as number) >= tooFar) at++;
        continue;
      }
      valid = length;
      const distance = rows[length * n + n - 1] as number;
      if (distance <= maxDistance) found.push({ ...this.indexed(at), distance });
      at++;
    }
    return found;
  }
}
