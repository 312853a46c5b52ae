/**
 * Reading terms' lists from search_postings, by primary key, and turning
 * them into search-scoring.ts's postings (for the documents a search keeps).
 */
import type { FieldLists, ListCache } from './list-cache.js';
import { PostingsCursor } from './postings-codec.js';
import type { Postings } from './postings.js';
import type { Posting } from './search-scoring.js';
import type { Queryable } from './term-lookups.js';

/** Each term's list per field (undefined where the term is not in that field). */
export type TermLists = Map<string, FieldLists>;

/** The terms' lists: those `cache` holds from there, the others from the database (and kept in `cache` if common enough). */
export async function readTermLists(client: Queryable, name: string, terms: readonly string[], cache?: ListCache): Promise<TermLists> {
  const lists: TermLists = new Map();
  const wanted: string[] = [];
  for (const term of terms) {
    const held = cache?.get(name, term);
    if (held) lists.set(term, held);
    else wanted.push(term);
  }
  if (wanted.length === 0) return lists;
  // Base64 is a third shorter than bytea's hex text (the wire carries text): a common word's list comes sooner.
  const { rows } = await client.query<{ term: string; field: number; data: string }>(
    `SELECT term, field, encode(data, 'base64') AS data FROM search_postings WHERE index_name = $1 AND term = ANY($2::text[])`,
    [name, wanted],
  );
  const fetched: TermLists = new Map();
  for (const row of rows) {
    let perField = fetched.get(row.term);
    if (!perField) fetched.set(row.term, (perField = []));
    perField[row.field] = Buffer.from(row.data, 'base64');
  }
  for (const [term, perField] of fetched) {
    lists.set(term, perField);
    cache?.add(name, term, perField);
  }
  return lists;
}

/** The lists as postings: all of them, or only those of `seqs` (in increasing order), found by skipping the others' blocks. */
export function postingsOf(lists: TermLists, fieldCount: number, seqs?: readonly number[]): Postings {
  const postings: Postings = new Map();
  for (const [term, perField] of lists) {
    const decoded: Posting[][] = [];
    for (let field = 0; field < fieldCount; field++) {
      const list: Posting[] = [];
      const data = perField[field];
      if (data) {
        const cursor = new PostingsCursor(data);
        const add = () => list.push({ seq: cursor.seq, id: cursor.id, frequency: cursor.frequency, fieldLength: cursor.fieldLength });
        if (seqs) {
          for (const seq of seqs) if (cursor.seek(seq) && cursor.seq === seq) add();
        } else {
          while (cursor.next()) add();
        }
      }
      decoded.push(list);
    }
    postings.set(term, decoded);
  }
  return postings;
}
