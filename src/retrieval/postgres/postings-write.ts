/**
 * Writing search_postings (005-postings.sql): each term's list per field, as
 * postings-codec.ts encodes it. Many lists travel in one statement, their
 * bytes concatenated into one binary parameter and cut apart in SQL.
 */
import { PostingsBuilder, PostingsCursor } from './postings-codec.js';
import type { Queryable } from './term-lookups.js';

/** Bytes per statement: few round trips, each message a few MB. */
const BYTES_PER_STATEMENT = 8 << 20;

/** A list of postings to write: a builder, or bytes built elsewhere. */
export interface PostingsSource {
  data(): Uint8Array;
}

interface List {
  term: string;
  field: number;
  data: Uint8Array;
}

async function writeLists(client: Queryable, name: string, lists: readonly List[]): Promise<void> {
  let from = 0;
  while (from < lists.length) {
    let to = from;
    let bytes = 0;
    while (to < lists.length && (to === from || bytes + (lists[to] as List).data.length <= BYTES_PER_STATEMENT)) bytes += (lists[to++] as List).data.length;
    const batch = lists.slice(from, to);
    const starts: number[] = [];
    let at = 0;
    for (const list of batch) {
      starts.push(at);
      at += list.data.length;
    }
    await client.query(
      `INSERT INTO search_postings (index_name, term, field, data)
       SELECT $1, u.term, u.field, substring($5::bytea FROM u.start + 1 FOR u.length)
       FROM unnest($2::text[], $3::int[], $4::int[], $6::int[]) AS u (term, field, start, length)
       ON CONFLICT (index_name, term, field) DO UPDATE SET data = EXCLUDED.data`,
      [name, batch.map((l) => l.term), batch.map((l) => l.field), starts, Buffer.concat(batch.map((l) => l.data)), batch.map((l) => l.data.length)],
    );
    from = to;
  }
}

async function readLists(client: Queryable, name: string, terms: readonly string[]): Promise<List[]> {
  if (terms.length === 0) return [];
  const { rows } = await client.query<{ term: string; field: number; data: Buffer }>(
    'SELECT term, field, data FROM search_postings WHERE index_name = $1 AND term = ANY($2::text[])',
    [name, terms],
  );
  return rows;
}

/** Appends new documents' postings (seqs after every stored one); `known` terms may have lists already. */
export async function addPostings(client: Queryable, name: string, postings: ReadonlyMap<string, readonly (PostingsSource | undefined)[]>, known: ReadonlySet<string>): Promise<void> {
  const stored = new Map((await readLists(client, name, [...postings.keys()].filter((term) => known.has(term)))).map((list) => [`${list.field}\u0000${list.term}`, list.data]));
  const lists: List[] = [];
  for (const [term, perField] of postings) {
    perField.forEach((added, field) => {
      if (!added) return;
      const before = stored.get(`${field}\u0000${term}`);
      if (!before) {
        lists.push({ term, field, data: added.data() });
        return;
      }
      const merged = PostingsBuilder.from(before);
      const cursor = new PostingsCursor(added.data());
      while (cursor.next()) merged.add(cursor.seq, cursor.id, cursor.frequency, cursor.fieldLength);
      lists.push({ term, field, data: merged.data() });
    });
  }
  await writeLists(client, name, lists);
}

/** Takes documents' postings out of `terms`' lists; a list left empty goes. */
export async function removePostings(client: Queryable, name: string, terms: readonly string[], ids: readonly number[]): Promise<void> {
  const gone = new Set(ids);
  const kept: List[] = [];
  const emptied: List[] = [];
  for (const list of await readLists(client, name, terms)) {
    const builder = new PostingsBuilder();
    const cursor = new PostingsCursor(list.data);
    while (cursor.next()) if (!gone.has(cursor.id)) builder.add(cursor.seq, cursor.id, cursor.frequency, cursor.fieldLength);
    (builder.count > 0 ? kept : emptied).push({ ...list, data: builder.data() });
  }
  if (emptied.length > 0) {
    await client.query(
      'DELETE FROM search_postings p USING unnest($2::text[], $3::int[]) AS u (term, field) WHERE p.index_name = $1 AND p.term = u.term AND p.field = u.field',
      [name, emptied.map((l) => l.term), emptied.map((l) => l.field)],
    );
  }
  await writeLists(client, name, kept);
}
