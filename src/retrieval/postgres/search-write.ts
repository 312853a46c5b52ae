/**
 * Writing the search tables (002-search.sql) as minisearch's add and remove
 * change its index: documents numbered in the order they are added, term
 * frequencies and field lengths per document, document frequencies per term
 * and field, the index's document count and field length sums, and the terms'
 * places in minisearch's term tree. Run it inside a transaction: the
 * index's row is locked for the writer's duration.
 */
import type { Options } from 'minisearch';
import type { Logger } from '../../logging/logger.js';
import type { SearchDocument } from './document-terms.js';
import { arrayLiteral, IndexBuild, indexOptions, type DocumentRows } from './index-build.js';
import { IndexOnThread } from './index-build-thread.js';
import { inTurn } from './in-turn.js';
import { settleAll } from './settle-all.js';
import { addPostings, removePostings, type PostingsSource } from './postings-write.js';
import type { Queryable } from './term-lookups.js';
import { treePathsAfter } from './term-tree.js';
import { trigramKey } from './trigram-key.js';
import { decodePosition, frequencySpan } from './tsvector-text.js';
import type { SearchIndexName } from './search.js';
import type { Normaliser, SynonymConfig } from '../normalise.js';
import { indexDocumentsOf, type IndexDocument } from '../search-index.js';
import type { CorpusSnapshot } from '../snapshot.js';

/** Documents per INSERT: large enough to amortise a round trip, small enough for one message of a few MB. */
const DOCUMENTS_PER_STATEMENT = 5_000;
const TERMS_PER_STATEMENT = 10_000;

interface IndexRow {
  fields: string[];
  document_count: number;
  field_length_sums: string[];
  next_seq: string;
}

/** The index's row, created on first use and locked; its fields must be the Options' fields. */
async function lockIndex(client: Queryable, name: string, fields: readonly string[]): Promise<IndexRow> {
  await client.query(
    `INSERT INTO search_indexes (name, fields, field_length_sums) VALUES ($1, $2::text[], $3::bigint[]) ON CONFLICT (name) DO NOTHING`,
    [name, fields, fields.map(() => 0)],
  );
  const { rows } = await client.query<IndexRow>('SELECT fields, document_count, field_length_sums, next_seq FROM search_indexes WHERE name = $1 FOR UPDATE', [name]);
  const row = rows[0] as IndexRow;
  if (row.fields.join('\u0000') !== fields.join('\u0000')) {
    throw new Error(`search index ${name} holds fields ${row.fields.join(', ')}, not ${fields.join(', ')}`);
  }
  return row;
}

interface TermState {
  frequencies: number[];
  treePath: number[] | null;
}

/** Every term of the index with its frequencies and tree path, in tree order. */
async function readTerms(client: Queryable, name: string): Promise<Map<string, TermState>> {
  const { rows } = await client.query<{ term: string; frequencies: number[]; tree_path: number[] }>(
    'SELECT term, frequencies, tree_path FROM search_terms WHERE index_name = $1 ORDER BY tree_path',
    [name],
  );
  return new Map(rows.map((row) => [row.term, { frequencies: row.frequencies, treePath: row.tree_path }]));
}

function samePath(a: readonly number[] | null, b: readonly number[]): boolean {
  return a !== null && a.length === b.length && a.every((value, at) => value === b[at]);
}

/**
 * Applies the change in document frequencies (`delta`, per term and field) to
 * the terms table: new terms in the order given, terms left with no document
 * gone in the order given, every moved term's tree path rewritten.
 */
async function applyTermChange(
  client: Queryable,
  name: string,
  delta: Map<string, number[]>,
  added: readonly string[],
  removed: readonly string[],
): Promise<void> {
  const terms = await readTerms(client, name);
  const before = [...terms.keys()];
  for (const term of added) terms.set(term, { frequencies: (delta.get(term) as number[]).map(() => 0), treePath: null });
  const paths = added.length + removed.length > 0 ? treePathsAfter(before, { added, removed }) : null;
  const gone = new Set(removed);
  const inserts: [string, number[], number[]][] = [];
  const updates: [string, number[], number[]][] = [];
  for (const [term, state] of terms) {
    const change = delta.get(term);
    const frequencies = change ? state.frequencies.map((value, at) => value + (change[at] ?? 0)) : state.frequencies;
    if (gone.has(term)) continue;
    const path = paths?.get(term) ?? state.treePath ?? [];
    if (state.treePath === null) inserts.push([term, frequencies, path]);
    else if (change || !samePath(state.treePath, path)) updates.push([term, frequencies, path]);
  }
  const columns = (rows: [string, number[], number[]][]): unknown[] => [
    name,
    rows.map((row) => row[0]),
    rows.map((row) => arrayLiteral(row[1])),
    rows.map((row) => arrayLiteral(row[2])),
  ];
  for (let from = 0; from < removed.length; from += TERMS_PER_STATEMENT) {
    await client.query('DELETE FROM search_terms WHERE index_name = $1 AND term = ANY($2::text[])', [name, removed.slice(from, from + TERMS_PER_STATEMENT)]);
  }
  for (let from = 0; from < updates.length; from += TERMS_PER_STATEMENT) {
    await client.query(
      `UPDATE search_terms t SET frequencies = u.frequencies::int[], tree_path = u.tree_path::int[]
       FROM unnest($2::text[], $3::text[], $4::text[]) AS u (term, frequencies, tree_path)
       WHERE t.index_name = $1 AND t.term = u.term`,
      columns(updates.slice(from, from + TERMS_PER_STATEMENT)),
    );
  }
  for (let from = 0; from < inserts.length; from += TERMS_PER_STATEMENT) {
    const batch = inserts.slice(from, from + TERMS_PER_STATEMENT);
    await client.query(
      `INSERT INTO search_terms (index_name, term, length, trigram_key, frequencies, tree_path)
       SELECT $1, u.term, u.length, u.trigram_key, u.frequencies::int[], u.tree_path::int[]
       FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::text[]) AS u (term, frequencies, tree_path, length, trigram_key)`,
      [...columns(batch), batch.map((row) => row[0].length), batch.map((row) => trigramKey(row[0]))],
    );
  }
}

async function updateStatistics(client: Queryable, name: string, countChange: number, lengthChange: readonly number[], nextSeq?: number): Promise<void> {
  await client.query(
    `UPDATE search_indexes SET document_count = document_count + $2,
       field_length_sums = ARRAY(SELECT s + c FROM unnest(field_length_sums, $3::bigint[]) WITH ORDINALITY AS x (s, c, n) ORDER BY n),
       next_seq = COALESCE($4::bigint, next_seq)
     WHERE name = $1`,
    [name, countChange, lengthChange, nextSeq ?? null],
  );
}

/** Sends one batch's rows; the overflow's statement is queued behind the documents'. */
function insertDocumentRows(client: Queryable, name: string, rows: DocumentRows): Promise<unknown> {
  const documents = client.query(
    `INSERT INTO search_documents (index_name, id, seq, lengths, terms)
     SELECT $1, u.id, u.seq, u.lengths::int[], u.terms::tsvector FROM unnest($2::int[], $3::bigint[], $4::text[], $5::text[]) AS u (id, seq, lengths, terms)`,
    [name, rows.ids, rows.seqs, rows.lengths, rows.terms],
  );
  if (rows.overflow.length === 0) return documents;
  const overflow = client.query(
    `INSERT INTO search_frequency_overflow (index_name, id, term, field, frequency)
     SELECT $1, * FROM unnest($2::int[], $3::text[], $4::int[], $5::int[])`,
    [name, rows.overflow.map((o) => o[0]), rows.overflow.map((o) => o[1]), rows.overflow.map((o) => o[2]), rows.overflow.map((o) => o[3])],
  );
  return settleAll([documents, overflow]);
}

/** Removes the documents among `ids` that the index holds (an id added again is removed first, as minisearch would). */
async function removePresent(client: Queryable, name: SearchIndexName, ids: readonly number[]): Promise<void> {
  const { rows: present } = await client.query<{ id: number }>('SELECT id FROM search_documents WHERE index_name = $1 AND id = ANY($2::int[])', [name, ids]);
  if (present.length > 0) {
    const there = new Set(present.map((row) => row.id));
    await removeFromSearchIndex(client, name, ids.filter((id) => there.has(id)));
  }
}

/** After the documents' rows: the terms' postings and frequencies, and the index's statistics. */
async function writeTerms(
  client: Queryable,
  name: string,
  written: { delta: Map<string, number[]>; postings: Map<string, readonly (PostingsSource | undefined)[]> },
  statistics: { count: number; lengthSums: readonly number[]; nextSeq: number },
): Promise<void> {
  const { delta, postings } = written;
  const { rows: knownRows } = await client.query<{ term: string }>('SELECT term FROM search_terms WHERE index_name = $1 AND term = ANY($2::text[])', [name, [...delta.keys()]]);
  const known = new Set(knownRows.map((row) => row.term));
  // delta's keys are in the order minisearch first indexes each term.
  const added = [...delta.keys()].filter((term) => !known.has(term));
  // Different tables: the postings are sent while the terms' tree paths are worked out.
  await settleAll([addPostings(client, name, postings, known), applyTermChange(client, name, delta, added, [])]);
  await updateStatistics(client, name, statistics.count, statistics.lengthSums, statistics.nextSeq);
}

/**
 * Adds documents to an index as MiniSearch#addAll would (a document whose id
 * is already there is removed first, then added anew, as remove and add).
 *
 * @throws Error when two documents share an id (minisearch's "duplicate ID").
 */
export async function writeSearchIndex(connection: Queryable, name: SearchIndexName, documents: readonly SearchDocument[], options: Options): Promise<void> {
  // Its writes run at once: their statements go to the connection in turn.
  const client = inTurn(connection);
  const fields = options.fields;
  const ids = documents.map((document) => document.id);
  if (new Set(ids).size !== ids.length) throw new Error(`MiniSearch: duplicate ID in the documents written to ${name}`);
  await lockIndex(client, name, fields);
  await removePresent(client, name, ids);
  const index = await lockIndex(client, name, fields);
  const build = new IndexBuild(options, Number(index.next_seq));
  let pending: Promise<unknown> = Promise.resolve();
  for (let from = 0; from < documents.length; from += DOCUMENTS_PER_STATEMENT) {
    const rows = build.addBatch(documents.slice(from, from + DOCUMENTS_PER_STATEMENT));
    // The previous batch is written while this one is worked out.
    await pending;
    pending = insertDocumentRows(client, name, rows);
  }
  await pending;
  const delta = new Map([...build.written].map(([term, entry]) => [term, entry.change]));
  const postings = new Map([...build.written].map(([term, entry]) => [term, entry.lists]));
  await writeTerms(client, name, { delta, postings }, { count: documents.length, lengthSums: build.lengthSums, nextSeq: build.seq });
}

/** A thread building an index failed (not the database): the index can be built again in-thread. */
export class ThreadFailure extends Error {}

/**
 * Writes an index built on a thread (index-build-thread.ts) into the index `name`, just emptied
 * (clearSearchIndex), as writeSearchIndex adds its documents: each batch's rows as the thread sends them.
 */
async function writeBuiltIndex(client: Queryable, name: SearchIndexName, thread: IndexOnThread, fields: readonly string[], documentCount: () => number): Promise<void> {
  const index = await lockIndex(client, name, fields);
  const ids = new Set<number>();
  let pending: Promise<unknown> = Promise.resolve();
  const nextRows = (): Promise<DocumentRows | null> =>
    thread.nextRows().catch(async (error: unknown) => {
      // The statement sent before settles first: nothing of this index is sent after the failure is seen.
      await pending.catch(() => undefined);
      throw new ThreadFailure(error instanceof Error ? error.message : String(error));
    });
  for (let rows = await nextRows(); rows; rows = await nextRows()) {
    for (const id of rows.ids) {
      if (ids.has(id)) throw new Error(`MiniSearch: duplicate ID in the documents written to ${name}`);
      ids.add(id);
    }
    // The previous batch is stored while this one is checked and the thread builds the next.
    await pending;
    pending = insertDocumentRows(client, name, rows);
  }
  await pending;
  const built = thread.terms();
  if (Number(index.next_seq) !== built.firstSeq) throw new Error(`search index ${name} goes on from seq ${index.next_seq}, not ${built.firstSeq} as built`);
  if (ids.size !== documentCount()) throw new Error(`the ${name} index was built of ${ids.size} documents, not the ${documentCount()} written`);
  const delta = new Map(built.terms.map((term, at) => [term, built.changes[at] as number[]]));
  const postings = new Map<string, (PostingsSource | undefined)[]>();
  built.listTerms.forEach((termAt, at) => {
    const term = built.terms[termAt] as string;
    const data = built.bytes.subarray(built.listStarts[at], built.listStarts[at + 1]);
    let lists = postings.get(term);
    if (!lists) postings.set(term, (lists = []));
    lists[built.listFields[at] as number] = { data: () => data };
  });
  await writeTerms(client, name, { delta, postings }, { count: ids.size, lengthSums: built.lengthSums, nextSeq: built.nextSeq });
}

/** Removes documents as MiniSearch#remove would; ids not in the index are ignored. */
export async function removeFromSearchIndex(client: Queryable, name: SearchIndexName, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const { rows: indexRows } = await client.query<{ fields: string[] }>('SELECT fields FROM search_indexes WHERE name = $1 FOR UPDATE', [name]);
  const fields = indexRows[0]?.fields;
  if (!fields) return;
  const { rows } = await client.query<{ id: number; lengths: number[]; lexeme: string; positions: number[] }>(
    `SELECT d.id, d.lengths, u.lexeme, u.positions FROM search_documents d CROSS JOIN LATERAL unnest(d.terms) AS u
     WHERE d.index_name = $1 AND d.id = ANY($2::int[])`,
    [name, ids],
  );
  const span = frequencySpan(fields.length);
  const byDocument = new Map<number, { lengths: number[]; terms: [string, number[]][] }>();
  for (const row of rows) {
    let document = byDocument.get(row.id);
    if (!document) byDocument.set(row.id, (document = { lengths: row.lengths, terms: [] }));
    document.terms.push([row.lexeme, row.positions.map((position) => decodePosition(position, span).field)]);
  }
  const { rows: documentRows } = await client.query<{ id: number; lengths: number[] }>(
    'SELECT id, lengths FROM search_documents WHERE index_name = $1 AND id = ANY($2::int[])',
    [name, ids],
  );
  for (const row of documentRows) if (!byDocument.has(row.id)) byDocument.set(row.id, { lengths: row.lengths, terms: [] });
  const delta = new Map<string, number[]>();
  const lengthChange = fields.map(() => 0);
  // Terms leave the tree when their last document goes, in the order the documents are removed; within
  // one document minisearch goes by its tokens' order, which a tsvector does not keep: term order here.
  // That order can only change which of two equally scored matches of a prefix or typo comes first.
  const order: string[] = [];
  for (const id of ids) {
    const document = byDocument.get(id);
    if (!document) continue;
    document.lengths.forEach((length, field) => (lengthChange[field] = (lengthChange[field] as number) - length));
    document.terms.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [term, inFields] of document.terms) {
      let change = delta.get(term);
      if (!change) delta.set(term, (change = fields.map(() => 0)));
      for (const field of inFields) change[field] = (change[field] as number) - 1;
      order.push(term);
    }
  }
  await client.query('DELETE FROM search_documents WHERE index_name = $1 AND id = ANY($2::int[])', [name, ids]);
  await removePostings(client, name, [...delta.keys()], ids);
  await client.query('DELETE FROM search_frequency_overflow WHERE index_name = $1 AND id = ANY($2::int[])', [name, ids]);
  const { rows: termRows } = await client.query<{ term: string; frequencies: number[] }>(
    'SELECT term, frequencies FROM search_terms WHERE index_name = $1 AND term = ANY($2::text[])',
    [name, [...delta.keys()]],
  );
  const remaining = new Map(termRows.map((row) => [row.term, row.frequencies.reduce((sum, value) => sum + value, 0)]));
  const holders = new Map<string, number>();
  for (const term of order) holders.set(term, (holders.get(term) ?? 0) + 1);
  const removed: string[] = [];
  for (const term of order) {
    const left = (holders.get(term) as number) - 1;
    holders.set(term, left);
    const loss = -(delta.get(term) as number[]).reduce((sum, value) => sum + value, 0);
    // At the last removed document holding it, the term goes if nothing else holds it.
    if (left === 0 && (remaining.get(term) ?? 0) - loss <= 0) removed.push(term);
  }
  await applyTermChange(client, name, delta, [], removed);
  await updateStatistics(client, name, -byDocument.size, lengthChange);
}

/** Empties an index: its documents, terms and statistics. */
export async function clearSearchIndex(client: Queryable, name: SearchIndexName): Promise<void> {
  await client.query('DELETE FROM search_documents WHERE index_name = $1', [name]);
  await client.query('DELETE FROM search_frequency_overflow WHERE index_name = $1', [name]);
  await client.query('DELETE FROM search_terms WHERE index_name = $1', [name]);
  await client.query('DELETE FROM search_postings WHERE index_name = $1', [name]);
  await client.query('DELETE FROM search_indexes WHERE name = $1', [name]);
}

/** A document of search-index.ts's indexDocuments in this module's form. */
function asSearchDocument({ id, ...fields }: IndexDocument): SearchDocument {
  return { id, fields: Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, String(value)])) };
}

/** What lets writeSearchIndexes build its largest index on a thread of its own. */
export interface SearchWriteThreads {
  /** The normaliser's synonyms: the thread makes the same normaliser from them. */
  synonyms: SynonymConfig;
  log: Logger;
  /** Documents the largest index must have to be built on a thread; default THREAD_MIN_DOCUMENTS. */
  minDocuments?: number;
  /** An index already being built on a thread from the documents the snapshot gives it (startSentenceFeed). */
  started?: StartedIndex | null;
}

/** An index an ingest started building before the merge; its thread is the ingest's to close. */
export interface StartedIndex {
  name: SearchIndexName;
  /** Writes it into `client`'s transaction, emptied first; rejects with a ThreadFailure when its thread failed (the index is then to be written anew). */
  write(client: Queryable, documentCount: number): Promise<void>;
}

/** Smaller indexes are built in-thread: starting a thread (a second or so) would cost more than it saves. */
export const THREAD_MIN_DOCUMENTS = 20_000;

/** Starts building an index of `documents` on a thread; null, said in the log, when the thread cannot start. */
async function startOnThread(name: SearchIndexName, documents: readonly SearchDocument[], fields: readonly string[], threads: SearchWriteThreads): Promise<IndexOnThread | null> {
  try {
    const thread = await IndexOnThread.start(name, fields, threads.synonyms, DOCUMENTS_PER_STATEMENT);
    for (let from = 0; from < documents.length; from += DOCUMENTS_PER_STATEMENT) thread.add(documents.slice(from, from + DOCUMENTS_PER_STATEMENT));
    thread.end();
    return thread;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    threads.log.warn({ reason }, `the ${name} search index could not be built on a thread (${reason}): building it on the main thread`);
    return null;
  }
}

/** A sentence as the sentence index takes it. */
export interface FedSentence {
  id: number;
  text: string;
}

/**
 * The sentence index, built on a thread of its own from sentences fed to it in id order: it depends on the
 * units alone (not on the merge), so an ingest starts the thread before it attributes articles and feeds it
 * before the merge, which runs while the index is built.
 */
export interface SentenceFeed {
  /** Sentences sent so far: the next one fed must have this id. */
  readonly sent: number;
  /** Feeds the next sentences (ids from `sent` on, in order). */
  add(sentences: readonly FedSentence[]): void;
  /**
   * Feeds the snapshot's sentences not fed yet (`sentences`: all of them, as snapshotOfUnits numbers them)
   * and ends the feed: the index for writeSearchIndexes's `started`, or null when no thread started (said in
   * the log).
   */
  finish(sentences: readonly FedSentence[]): Promise<StartedIndex | null>;
  close(): Promise<void>;
}

/** Starts the sentence index's thread (it loads while the caller goes on) and returns its feed. */
export function startSentenceFeed(normaliser: Normaliser, threads: SearchWriteThreads): SentenceFeed {
  const field = indexOptions(normaliser).sentences.fields[0] as string;
  let thread: IndexOnThread | null = null;
  const waiting: { ids: number[]; texts: string[] }[] = [];
  let chunk = { ids: [] as number[], texts: [] as string[] };
  // The fields as indexDocuments gives them (one field, the text), without an object a sentence.
  const post = (columns: { ids: number[]; texts: string[] }): void => thread?.addColumns(columns.ids, { [field]: columns.texts });
  const starting = IndexOnThread.start('sentences', [field], threads.synonyms, DOCUMENTS_PER_STATEMENT).then(
    (started) => {
      thread = started;
      for (const columns of waiting.splice(0)) post(columns);
      return started;
    },
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  const send = (): void => {
    if (chunk.ids.length === 0) return;
    if (thread) post(chunk);
    else waiting.push(chunk);
    chunk = { ids: [], texts: [] };
  };
  let sent = 0;
  const feed: SentenceFeed = {
    get sent() {
      return sent;
    },
    add(sentences) {
      for (const sentence of sentences) {
        if (sentence.id !== sent) throw new Error(`sentence ${sentence.id} fed to the sentence index after sentence ${sent - 1}`);
        chunk.ids.push(sentence.id);
        chunk.texts.push(String(sentence.text));
        sent++;
        if (chunk.ids.length >= DOCUMENTS_PER_STATEMENT) send();
      }
    },
    async finish(sentences) {
      feed.add(sentences.slice(sent));
      send();
      const started = await starting;
      if (started instanceof Error) {
        threads.log.warn({ reason: started.message }, `the sentences search index could not be built on a thread (${started.message}): building it later`);
        return null;
      }
      started.end();
      return {
        name: 'sentences',
        write: async (client, documentCount) => {
          await clearSearchIndex(client, 'sentences');
          return writeBuiltIndex(client, 'sentences', started, [field], () => documentCount);
        },
      };
    },
    async close() {
      const started = await starting;
      if (!(started instanceof Error)) await started.close();
    },
  };
  return feed;
}

/**
 * Rewrites all three indexes from a snapshot, as buildIndexes builds them (the same documents, ids and
 * Options). With `threads`, the largest is built on a thread of its own (besides one already `started`)
 * while the calling thread builds the others (and whatever else an ingest writes at the same time); when
 * that thread cannot start or fails, the index is built in-thread, and the log says so.
 */
export async function writeSearchIndexes(connection: Queryable, snapshot: CorpusSnapshot, normaliser: Normaliser, threads?: SearchWriteThreads): Promise<void> {
  // Its writes run at once: their statements go to the connection in turn.
  const client = inTurn(connection);
  // Worked out when needed: the documents of an index started on a thread before are not (at 10x Reuters, a
  // million sentences held for nothing).
  const documents: Partial<Record<SearchIndexName, SearchDocument[]>> = {};
  const documentsOf = (name: SearchIndexName): SearchDocument[] => (documents[name] ??= indexDocumentsOf(snapshot, name).map(asSearchDocument));
  const counts = { statements: snapshot.clusters.length, sentences: snapshot.sentences.length, speakers: snapshot.entities.length };
  const options = indexOptions(normaliser);
  const names = (['statements', 'sentences', 'speakers'] as const).filter((name) => name !== threads?.started?.name);
  const largest = names.reduce((a, b) => (counts[b] > counts[a] ? b : a));
  const threaded = threads && counts[largest] >= (threads.minDocuments ?? THREAD_MIN_DOCUMENTS) ? largest : null;
  const started = threads && threaded ? startOnThread(threaded, documentsOf(threaded), options[threaded].fields, threads) : null;
  // The indexes share no row: each one's terms and postings are worked out while the server stores another's.
  try {
    await settleAll(
      (['statements', 'sentences', 'speakers'] as const).map(async (name) => {
        const early = threads?.started?.name === name ? threads.started : null;
        if (!early) await clearSearchIndex(client, name);
        const thread = name === threaded ? await started : null;
        if (!early && !thread) return writeSearchIndex(client, name, documentsOf(name), options[name]);
        try {
          if (early) await early.write(client, counts[name]);
          else if (thread) await writeBuiltIndex(client, name, thread, options[name].fields, () => counts[name]);
        } catch (error) {
          if (!(error instanceof ThreadFailure)) throw error;
          const reason = error.message;
          threads?.log.warn({ reason }, `the ${name} search index could not be built on a thread (${reason}): building it on the main thread`);
          await clearSearchIndex(client, name);
          await writeSearchIndex(client, name, documentsOf(name), options[name]);
        }
      }),
    );
  } finally {
    await (await started)?.close();
  }
}
