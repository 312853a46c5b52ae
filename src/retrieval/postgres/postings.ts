/**
 * Reading postings: the documents holding some terms (found by the GIN index
 * on their tsvectors), with each term's frequency per field and the field's
 * length, per term and field in `seq` order (minisearch's posting order).
 */
import type { Posting } from './search-scoring.js';
import type { Queryable } from './term-lookups.js';
import { decodePosition, frequencySpan } from './tsvector-text.js';

export type Postings = Map<string, Posting[][]>;

interface PostingRow {
  id: number;
  seq: string;
  lengths: number[];
  lexeme: string;
  positions: number[];
}

/** The postings of `terms` in the documents matching the tsquery `documents` (and within `among`). */
export async function readPostings(
  client: Queryable,
  name: string,
  documents: string,
  terms: readonly string[],
  fieldCount: number,
  among: readonly number[] | undefined,
): Promise<Postings> {
  const postings: Postings = new Map();
  if (terms.length === 0 || (among && among.length === 0)) return postings;
  const parameters: unknown[] = [name, documents, terms];
  if (among) parameters.push(among);
  const { rows } = await client.query<PostingRow>(
    `SELECT d.id, d.seq, d.lengths, u.lexeme, u.positions
     FROM search_documents d CROSS JOIN LATERAL unnest(d.terms) AS u
     WHERE d.index_name = $1 AND d.terms @@ $2::tsquery AND u.lexeme = ANY($3::text[])
       ${among ? 'AND d.id = ANY($4::int[])' : ''}`,
    parameters,
  );
  const span = frequencySpan(fieldCount);
  const overflowing: { id: number; term: string; field: number; posting: Posting }[] = [];
  for (const row of rows) {
    let perField = postings.get(row.lexeme);
    if (!perField) postings.set(row.lexeme, (perField = Array.from({ length: fieldCount }, () => [])));
    for (const position of row.positions) {
      const { field, frequency, overflow } = decodePosition(position, span);
      const posting: Posting = { seq: Number(row.seq), id: row.id, frequency, fieldLength: row.lengths[field] as number };
      perField[field]?.push(posting);
      if (overflow) overflowing.push({ id: row.id, term: row.lexeme, field, posting });
    }
  }
  if (overflowing.length > 0) await readOverflow(client, name, overflowing);
  for (const perField of postings.values()) for (const list of perField) list.sort((a, b) => a.seq - b.seq);
  return postings;
}

async function readOverflow(client: Queryable, name: string, wanted: { id: number; term: string; field: number; posting: Posting }[]): Promise<void> {
  const { rows } = await client.query<{ id: number; term: string; field: number; frequency: number }>(
    'SELECT id, term, field, frequency FROM search_frequency_overflow WHERE index_name = $1 AND id = ANY($2::int[])',
    [name, [...new Set(wanted.map((w) => w.id))]],
  );
  const exact = new Map(rows.map((row) => [`${row.id}\u0000${row.field}\u0000${row.term}`, row.frequency]));
  for (const w of wanted) w.posting.frequency = exact.get(`${w.id}\u0000${w.field}\u0000${w.term}`) ?? w.posting.frequency;
}

