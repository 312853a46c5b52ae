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

/**
 * A vocabulary as the database hands it over (held-terms.ts): each column of every term in one text
 * value, so that reading 100,000 terms makes a few strings, not 100,000 objects.
 */
export interface TermColumns {
  /** The terms, one after another (any character may be in a term), and how many characters (code points) each has, comma-separated. */
  terms: string;
  lengths: string;
  /** Each term's frequencies, comma-separated; the terms' apart by spaces, in the order of `terms`. */
  frequencies: string;
  /** Each term's tree path, likewise. */
  paths: string;
}

/** The numbers of a column: each term's list (comma-separated, lists apart by spaces), into one array, with where each list starts. */
function parseLists(text: string, count: number): { values: Int32Array; starts: Int32Array } {
  let commas = 0;
  for (let at = 0; at < text.length; at++) if (text.charCodeAt(at) === 44) commas++;
  const starts = new Int32Array(count + 1);
  const values = new Int32Array(text.length === 0 ? 0 : commas + count);
  let list = 0;
  let length = 0;
  let value = 0;
  let digits = 0;
  const end = (): void => {
    if (digits > 0) values[length++] = value;
    value = 0;
    digits = 0;
  };
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 32;
    if (code >= 48 && code <= 57) {
      value = value * 10 + code - 48;
      digits++;
    } else if (code === 44) end();
    else {
      end();
      starts[++list] = length;
    }
  }
  return { values: values.subarray(0, length), starts };
}

/** The terms written one after another, parted by their lengths in code points (a database's characters). */
function splitTerms(text: string, lengths: Int32Array): string[] {
  const terms: string[] = [];
  let at = 0;
  for (const length of lengths) {
    const start = at;
    for (let character = 0; character < length; character++) {
      const code = text.charCodeAt(at);
      at += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    }
    terms.push(text.slice(start, at));
  }
  return terms;
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

  /** From one object per term (as tests make them). */
  static fromRows(rows: readonly TermRow[], fieldCount: number): CompactTerms {
    return new CompactTerms(
      rows.map((row) => row.term),
      (index, field) => row(index).frequencies[field] ?? 0,
      (index) => row(index).tree_path,
      fieldCount,
    );
    function row(index: number): TermRow {
      return rows[index] as TermRow;
    }
  }

  /** From the columns the database aggregates (`count` terms); without `fieldCount`, as many fields as the first term has frequencies. */
  static fromColumns(columns: TermColumns, count: number, fieldCount: number | null): CompactTerms {
    const terms = splitTerms(columns.terms, parseLists(columns.lengths, 1).values);
    const frequencies = parseLists(columns.frequencies, count);
    const paths = parseLists(columns.paths, count);
    return new CompactTerms(
      terms,
      (index, field) => (field < (frequencies.starts[index + 1] ?? 0) - (frequencies.starts[index] ?? 0) ? (frequencies.values[(frequencies.starts[index] ?? 0) + field] ?? 0) : 0),
      (index) => paths.values.subarray(paths.starts[index], paths.starts[index + 1]),
      fieldCount ?? frequencies.starts[1] ?? 0,
    );
  }

  /** `terms` in any order, each term's frequencies and tree path by its place there. */
  private constructor(
    terms: readonly string[],
    frequencyOf: (index: number, field: number) => number,
    pathOf: (index: number) => ArrayLike<number>,
    private readonly fieldCount: number,
  ) {
    const order = Array.from(terms.keys());
    // Sorted in code-unit order; a database sorts in code-point order, which differs only past the first plane.
    if (terms.some((term, index) => index > 0 && (terms[index - 1] as string) >= term)) {
      order.sort((a, b) => ((terms[a] as string) < (terms[b] as string) ? -1 : (terms[a] as string) > (terms[b] as string) ? 1 : 0));
    }
    this.size = terms.length;
    this.starts = new Int32Array(terms.length + 1);
    this.frequencies = new Int32Array(terms.length * fieldCount);
    this.pathStarts = new Int32Array(terms.length + 1);
    this.paths = new Int32Array(order.reduce((sum, index) => sum + pathOf(index).length, 0));
    this.shared = new Uint16Array(terms.length);
    let at = 0;
    let pathAt = 0;
    let before = '';
    const text: string[] = [];
    order.forEach((original, index) => {
      const term = terms[original] as string;
      text.push(term);
      this.starts[index] = at;
      at += term.length;
      let common = 0;
      while (common < 65_535 && common < before.length && before.charCodeAt(common) === term.charCodeAt(common)) common++;
      this.shared[index] = common;
      before = term;
      for (let field = 0; field < fieldCount; field++) this.frequencies[index * fieldCount + field] = frequencyOf(original, field);
      this.pathStarts[index] = pathAt;
      const path = pathOf(original);
      for (let step = 0; step < path.length; step++) this.paths[pathAt++] = path[step] as number;
    });
    this.text = text.join('');
    this.starts[terms.length] = at;
    this.pathStarts[terms.length] = pathAt;
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
