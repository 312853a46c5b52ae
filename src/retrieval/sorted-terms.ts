/**
 * A vocabulary as its terms sorted in code-unit order, in one string and two
 * typed arrays, instead of minisearch's radix tree of Maps: a few objects
 * for the collector to trace where the tree has hundreds of thousands, and a
 * few MB where it takes tens. Exact and prefix look-ups are binary searches;
 * typo look-ups walk the sorted terms as a trie, one Levenshtein row per
 * character, sharing the rows of a common prefix and skipping every term
 * under a prefix already too far. They find the terms a radix tree finds,
 * with the same distances; the order minisearch meets them in is kept apart
 * (compact-index.ts keeps each term's place in its tree).
 */

/** The terms within some edits of a query: their places in the list, and their distances. */
export interface NearTerms {
  places: Int32Array;
  distances: Uint8Array;
}

/** How many typo look-ups a list remembers: the same word is looked up by each index sharing the list, and again by later stages. */
const NEAR_KEPT = 2_000;

/** The lengths of prefix whose ends are kept (`skips`). */
const SKIPS = 4;

export class SortedTerms {
  readonly size: number;
  /** How many leading code units each term shares with the one before it (at most 65,535). */
  private readonly shared: Uint16Array;
  private readonly remembered = new Map<string, NearTerms>();

  /** `text` holds the terms one after another, sorted, the i-th from `starts[i]` to `starts[i + 1]`. */
  constructor(
    readonly text: string,
    readonly starts: Uint32Array,
  ) {
    this.size = starts.length - 1;
    this.shared = new Uint16Array(Math.max(0, this.size));
    for (let at = 1; at < this.size; at++) {
      const [start, before] = [starts[at] as number, starts[at - 1] as number];
      const limit = Math.min(65_535, start - before, (starts[at + 1] as number) - start);
      let common = 0;
      while (common < limit && text.charCodeAt(before + common) === text.charCodeAt(start + common)) common++;
      this.shared[at] = common;
    }
  }

  /**
   * The list of `terms`, each once, sorted.
   *
   * @example
   * SortedTerms.of(['toll', 'ferry', 'tolls']).termAt(1); // 'toll'
   */
  static of(terms: Iterable<string>): SortedTerms {
    const sorted = [...new Set(terms)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const starts = new Uint32Array(sorted.length + 1);
    sorted.forEach((term, at) => (starts[at + 1] = (starts[at] as number) + term.length));
    return new SortedTerms(sorted.join(''), starts);
  }

  termAt(at: number): string {
    return this.text.slice(this.starts[at], this.starts[at + 1]);
  }

  lengthAt(at: number): number {
    return (this.starts[at + 1] as number) - (this.starts[at] as number);
  }

  /** The term at `at` against `term` (in code-unit order), reading the text in place. */
  private compareAt(at: number, term: string): number {
    const start = this.starts[at] as number;
    const length = (this.starts[at + 1] as number) - start;
    const common = Math.min(length, term.length);
    for (let i = 0; i < common; i++) {
      const difference = this.text.charCodeAt(start + i) - term.charCodeAt(i);
      if (difference !== 0) return difference;
    }
    return length - term.length;
  }

  /** The first place whose term is not below `term`. */
  private lowerBound(term: string, from = 0): number {
    let low = from;
    let high = this.size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compareAt(middle, term) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The term's place, or -1. */
  find(term: string): number {
    const at = this.lowerBound(term);
    return at < this.size && this.compareAt(at, term) === 0 ? at : -1;
  }

  /** Whether the term at `at` starts with `prefix`. */
  private startsWith(at: number, prefix: string): boolean {
    if (this.lengthAt(at) < prefix.length) return false;
    const start = this.starts[at] as number;
    for (let i = 0; i < prefix.length; i++) if (this.text.charCodeAt(start + i) !== prefix.charCodeAt(i)) return false;
    return true;
  }

  /** The places [from, to) of the terms starting with `prefix` (the prefix itself included). */
  prefixRange(prefix: string): [number, number] {
    const from = this.lowerBound(prefix);
    // The terms with the prefix follow one another: the first without it, by galloping then halving.
    let step = 1;
    let low = from;
    while (low + step <= this.size && this.startsWith(low + step - 1, prefix)) {
      low += step;
      step *= 2;
    }
    let high = Math.min(this.size, low + step - 1);
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.startsWith(middle, prefix)) low = middle + 1;
      else high = middle;
    }
    return [from, low];
  }

  /** Whether the term at `other` starts with the first `length` code units of the term at `at`. */
  private sharesStart(other: number, at: number, length: number): boolean {
    if (this.lengthAt(other) < length) return false;
    const [start, otherStart] = [this.starts[at] as number, this.starts[other] as number];
    for (let i = 0; i < length; i++) if (this.text.charCodeAt(otherStart + i) !== this.text.charCodeAt(start + i)) return false;
    return true;
  }

  /**
   * For prefixes of 1 to SKIPS code units, the first place after each whose term does not share the prefix of
   * length d + 1 (`skips[d]`), worked out at the first typo look-up: a look-up skips a short prefix too far
   * thousands of times, and its terms are thousands.
   */
  private skips: Int32Array[] | undefined;

  private skipsOf(): Int32Array[] {
    if (!this.skips) {
      this.skips = Array.from({ length: SKIPS }, (_, d) => {
        const past = new Int32Array(this.size);
        let next = this.size;
        for (let at = this.size - 1; at >= 0; at--) {
          past[at] = next;
          if (at === 0 || (this.shared[at] as number) <= d) next = at;
        }
        return past;
      });
    }
    return this.skips;
  }

  /** The first place after `at` whose term does not share the first `length` code units of the term at `at`. */
  private pastPrefix(at: number, length: number): number {
    if (length <= SKIPS) return this.skipsOf()[length - 1]?.[at] as number;
    let next = at + 1;
    // Most prefixes too far hold a few terms: step over those, then gallop and halve (the terms sharing it follow one another).
    for (let steps = 0; steps < 8; steps++, next++) if (next >= this.size || (this.shared[next] as number) < length) return next;
    let step = 1;
    let low = next;
    while (low + step <= this.size && this.sharesStart(low + step - 1, at, length)) {
      low += step;
      step *= 2;
    }
    let high = Math.min(this.size, low + step - 1);
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.sharesStart(middle, at, length)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * The terms within `maxDistance` edits (Levenshtein, in code units) of `query`, among the places [from, to), in
   * list order; remembered, so every index sharing the list pays for a look-up once. Not to be changed by callers.
   */
  near(query: string, maxDistance: number, from = 0, to = this.size): NearTerms {
    const key = `${maxDistance}\u0000${from}\u0000${to}\u0000${query}`;
    let found = this.remembered.get(key);
    if (!found) {
      if (this.remembered.size >= NEAR_KEPT) this.remembered.clear();
      this.remembered.set(key, (found = this.walk(query, maxDistance, from, to)));
    }
    return found;
  }

  private walk(query: string, maxDistance: number, from: number, to: number): NearTerms {
    const n = query.length + 1;
    const codes = new Uint16Array(query.length);
    for (let j = 0; j < query.length; j++) codes[j] = query.charCodeAt(j);
    const longest = query.length + maxDistance;
    const far = maxDistance + 1;
    // Row r holds the distances between the term's first r code units and each prefix of the query, within the band
    // of columns r - maxDistance to r + maxDistance (a cell outside is farther than maxDistance; it reads as far).
    const rows = new Uint16Array((longest + 1) * n).fill(far);
    for (let j = 0; j < n; j++) rows[j] = j;
    const places: number[] = [];
    const distances: number[] = [];
    const { text, starts, shared } = this;
    // How many rows hold the previous term's prefixes (none at the first term of the range).
    let valid = 0;
    let at = from;
    while (at < to) {
      const start = starts[at] as number;
      const length = (starts[at + 1] as number) - start;
      let tooFar = -1;
      for (let depth = at === from ? 0 : Math.min(shared[at] as number, valid); depth < length; depth++) {
        const r = depth + 1;
        if (r > longest) {
          tooFar = r;
          break;
        }
        const row = r * n;
        const above = row - n;
        const code = text.charCodeAt(start + depth);
        const first = r - maxDistance > 1 ? r - maxDistance : 1;
        const last = r + maxDistance < n - 1 ? r + maxDistance : n - 1;
        rows[row + first - 1] = first === 1 ? r : far;
        let least = far;
        for (let j = first; j <= last; j++) {
          const replace = (rows[above + j - 1] as number) + (code === codes[j - 1] ? 0 : 1);
          const remove = (rows[above + j] as number) + 1;
          const insert = (rows[row + j - 1] as number) + 1;
          const value = replace < remove ? (replace < insert ? replace : insert) : remove < insert ? remove : insert;
          rows[row + j] = value;
          if (value < least) least = value;
        }
        // The cell right of the band, which the next row reads as its cell above, is far.
        if (last + 1 < n) rows[row + last + 1] = far;
        if (least > maxDistance) {
          tooFar = r;
          break;
        }
      }
      if (tooFar >= 0) {
        // Every term under this prefix is as far: skip them all (they follow, sharing at least its length).
        valid = tooFar - 1;
        at = Math.min(to, this.pastPrefix(at, tooFar));
        continue;
      }
      valid = length;
      // A term whose length differs from the query's by more than maxDistance is farther (its last cell is off the band).
      const distance = Math.abs(length - query.length) > maxDistance ? far : (rows[length * n + n - 1] as number);
      if (distance <= maxDistance) {
        places.push(at);
        distances.push(distance);
      }
      at++;
    }
    return { places: Int32Array.from(places), distances: Uint8Array.from(distances) };
  }
}
