/**
 * Reading terms' lists from search_postings, by primary key, and turning
 * them into search-scoring.ts's postings (for the documents a search keeps).
 */
import { PostingsCursor } from './postings-codec.js';
import type { Postings } from './postings.js';
import type { Posting } from './search-scoring.js';
import type { Queryable } from './term-lookups.js';

/** Each term's list per field (undefined where the term is not in that field). */
export type TermLists = Map<string, (Uint8Array | undefined)[]>;

export async function readTermLists(client: Queryable, name: string, terms: readonly string[]): Promise<TermLists> {
  const lists: TermLists = new Map();
  if (terms.length === 0) return lists;
  // Base64 is a third shorter than bytea's hex text (the wire carries text): a common word's list comes sooner.
  const { rows } = await client.query<{ term: string; field: number; data: string }>(
    `SELECT term, field, encode(data, 'base64') AS data FROM search_postings WHERE index_name = $1 AND term = ANY($2::text[])`,
    [name, terms],
  );
  for (const row of rows) {
    let perField = lists.get(row.term);
    if (!perField) lists.set(row.term, (perField = []));
    perField[row.field] = Buffer.from(row.data, 'base64');
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
