/**
 * Reading postings from a few documents' tsvectors (by id, for searches
 * `among` some documents): each term's frequency per field and the field's
 * length, per term and field in `seq` order (minisearch's posting order).
 * Searches of the whole index read search_postings instead (postings-read.ts).
 */
import type { Posting } from './search-scoring.js';
import type { Queryable } from './term-lookups.js';
import { decodePosition, frequencySpan, parseTsvector } from './tsvector-text.js';

export type Postings = Map<string, Posting[][]>;

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
  // One text for all documents, a line each ("id seq lengths tsvector"): a row per document or per
  // posting costs more to decode than the postings themselves. setweight marks the wanted lexemes
  // (by binary search) and ts_filter keeps them, cheaper than unnesting every lexeme of every document.
  const { rows } = await client.query<{ lines: string | null }>(
    `SELECT string_agg(concat_ws(' ', d.id, d.seq, array_to_string(d.lengths, ','),
              ts_filter(setweight(d.terms, 'A', $3::text[]), '{a}')::text), E'\n') AS lines
     FROM search_documents d
     WHERE d.index_name = $1 AND d.terms @@ $2::tsquery ${among ? 'AND d.id = ANY($4::int[])' : ''}`,
    parameters,
  );
  const span = frequencySpan(fieldCount);
  const overflowing: { id: number; term: string; field: number; posting: Posting }[] = [];
  for (const line of (rows[0]?.lines ?? '').split('\n')) {
    if (!line) continue;
    const first = line.indexOf(' ');
    const second = line.indexOf(' ', first + 1);
    const third = line.indexOf(' ', second + 1);
    const id = Number(line.slice(0, first));
    const seq = Number(line.slice(first + 1, second));
    const lengths = line.slice(second + 1, third < 0 ? line.length : third).split(',').map(Number);
    for (const [lexeme, positions] of parseTsvector(third < 0 ? '' : line.slice(third + 1))) {
      let perField = postings.get(lexeme);
      if (!perField) postings.set(lexeme, (perField = Array.from({ length: fieldCount }, () => [])));
      for (const position of positions) {
        const { field, frequency, overflow } = decodePosition(position, span);
        const posting: Posting = { seq, id, frequency, fieldLength: lengths[field] as number };
        perField[field]?.push(posting);
        if (overflow) overflowing.push({ id, term: lexeme, field, posting });
      }
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

