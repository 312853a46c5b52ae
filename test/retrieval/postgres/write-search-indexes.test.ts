import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logging/logger.js';
import { createNormaliser } from '../../../src/retrieval/normalise.js';
import { searchIndex, type SearchIndexName } from '../../../src/retrieval/postgres/search.js';
import { startSentenceFeed, writeSearchIndexes } from '../../../src/retrieval/postgres/search-write.js';
import { buildIndexes, sentenceOptions, speakerOptions, statementOptions } from '../../../src/retrieval/search-index.js';
import type { CorpusSnapshot } from '../../../src/retrieval/snapshot.js';
import { throwawayDatabase } from './throwaway-database.js';

const opened = await throwawayDatabase();
const database = 'client' in opened ? opened : null;
const skipReason = 'unavailable' in opened ? ` (skipped: ${opened.unavailable})` : '';

/** What buildIndexes reads of a snapshot, and nothing else. */
const snapshot = {
  articles: [],
  clusters: [
    { id: 7, occurrences: [{ text: 'The Kelvale ferry will run next spring' }, { text: 'The Kelvale ferry will run next spring' }, { text: 'Kelvale ferries run in spring' }] },
    { id: 2, occurrences: [{ text: 'Acme raised the bridge tolls by 12%' }] },
    { id: 9, occurrences: [{ text: 'Springfeld will not build a second bridge' }] },
  ],
  sentences: [
    { id: 0, text: 'Asked about the ferry, Jane Roe said the Kelvale ferry will run next spring.' },
    { id: 1, text: 'Tom Varga of Acme said tolls rose 12 per cent.' },
    { id: 2, text: 'The council of Springfield met on Tuesday.' },
  ],
  entities: [
    { name: 'Jane Roe', aliases: ['Roe', 'Minister Roe'], roles: ['transport minister'] },
    { name: null, aliases: [], roles: ['Acme spokesman'] },
    { name: 'Tom Varga', aliases: ['Varga'], roles: [] },
  ],
} as unknown as CorpusSnapshot;

describe.skipIf(!database)(`writeSearchIndexes: the three indexes as buildIndexes builds them${skipReason}`, () => {
  afterAll(async () => database?.drop());

  it('answers as the built indexes do, and a second write replaces the first', async () => {
    const client = database?.client;
    if (!client) return;
    const normaliser = createNormaliser({ groups: [['springfield', 'springfeld']] });
    const built = buildIndexes(snapshot, normaliser);
    const options = { statements: statementOptions(normaliser), sentences: sentenceOptions(normaliser), speakers: speakerOptions(normaliser) };
    await writeSearchIndexes(client, snapshot, normaliser);
    await writeSearchIndexes(client, snapshot, normaliser);
    const queries: [SearchIndexName, string][] = [
      ['statements', 'kelvale ferry spring'],
      ['statements', 'springfield bridge'],
      ['statements', 'brdge tols 12'],
      ['sentences', 'ferry spring'],
      ['sentences', 'acme tolls'],
      ['speakers', 'roe minister'],
      ['speakers', 'acme spokesman varga'],
    ];
    for (const [name, query] of queries) {
      const expected = built[name].search(query);
      const actual = await searchIndex(client, name, query, options[name]);
      expect(actual.map((r) => [r.id, r.terms, r.queryTerms])).toEqual(expected.map((r) => [r.id, r.terms, r.queryTerms]));
      expect(actual.map((r) => r.score)).toEqual(expected.map((r) => expect.closeTo(r.score, 9)));
      expect(expected.length).toBeGreaterThan(0);
    }
  });

  it('writes the same tables when the largest index is built on a thread of its own', async () => {
    const client = database?.client;
    if (!client) return;
    const synonyms = { groups: [['springfield', 'springfeld']] };
    const normaliser = createNormaliser(synonyms);
    const tables = async (): Promise<unknown[]> => [
      (await client.query('SELECT name, fields, document_count, field_length_sums, next_seq FROM search_indexes ORDER BY name')).rows,
      (await client.query('SELECT index_name, id, seq, lengths, terms::text FROM search_documents ORDER BY index_name, id')).rows,
      (await client.query('SELECT index_name, term, length, trigram_key, frequencies, tree_path FROM search_terms ORDER BY index_name, term')).rows,
      (await client.query('SELECT index_name, term, field, data FROM search_postings ORDER BY index_name, term, field')).rows,
      (await client.query('SELECT * FROM search_frequency_overflow ORDER BY index_name, id, term, field')).rows,
    ];
    await writeSearchIndexes(client, snapshot, normaliser);
    const inThread = await tables();
    const warnings: string[] = [];
    const log = createLogger({ logLevel: 'warn', logFormat: 'json' });
    log.warn = ((...args: unknown[]) => void warnings.push(String(args.at(-1)))) as unknown as typeof log.warn;
    await writeSearchIndexes(client, snapshot, normaliser, { synonyms, log, minDocuments: 0 });
    expect(warnings).toEqual([]);
    expect(await tables()).toEqual(inThread);
    // The sentence index started on its thread before (as an ingest does), fed in two parts; the largest other on another.
    const feed = startSentenceFeed(normaliser, { synonyms, log });
    try {
      feed.add(snapshot.sentences.slice(0, 2));
      const started = await feed.finish(snapshot.sentences);
      expect(started?.name).toBe('sentences');
      await writeSearchIndexes(client, snapshot, normaliser, { synonyms, log, minDocuments: 0, started });
    } finally {
      await feed.close();
    }
    expect(warnings).toEqual([]);
    expect(await tables()).toEqual(inThread);
  });
});

