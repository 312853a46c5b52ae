/**
 * The postings lists of the commonest words, kept between searches up to a
 * number of bytes (the least recently used go first). A common word's list
 * is hundreds of kilobytes at ten times Reuters, and the same few words come
 * back question after question: kept, they are neither sent nor decoded
 * again. Lists below a size are not kept: they come quickly, and would crowd
 * the bound with many entries. A coverage holds one cache for its life: the
 * lists it reads do not change under it (an ingest makes it stop answering,
 * see postgres-coverage.ts).
 */

/** A term's list per field (undefined where the term is not in that field). */
export type FieldLists = (Uint8Array | undefined)[];

const sizeOf = (lists: FieldLists): number => lists.reduce((sum, list) => sum + (list?.length ?? 0), 0);

export class ListCache {
  /** By index and term, oldest use first (a Map keeps insertion order; a use moves an entry last). */
  private readonly lists = new Map<string, FieldLists>();
  private held = 0;

  /**
   * @param maxBytes the most bytes of lists held
   * @param minBytes the fewest bytes a term's lists must have to be kept
   */
  constructor(
    readonly maxBytes: number,
    readonly minBytes: number,
  ) {}

  /** Bytes of lists held. */
  get bytes(): number {
    return this.held;
  }

  get(index: string, term: string): FieldLists | undefined {
    const key = `${index}\u0000${term}`;
    const found = this.lists.get(key);
    if (found) {
      this.lists.delete(key);
      this.lists.set(key, found);
    }
    return found;
  }

  /** Keeps a term's lists if they are large enough, letting the least recently used go past the bound. */
  add(index: string, term: string, lists: FieldLists): void {
    const size = sizeOf(lists);
    if (size < this.minBytes || size > this.maxBytes) return;
    const key = `${index}\u0000${term}`;
    const before = this.lists.get(key);
    if (before) {
      this.lists.delete(key);
      this.held -= sizeOf(before);
    }
    this.lists.set(key, lists);
    this.held += size;
    for (const [oldest, held] of this.lists) {
      if (this.held <= this.maxBytes) break;
      this.lists.delete(oldest);
      this.held -= sizeOf(held);
    }
  }
}
