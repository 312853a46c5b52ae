import { describe, expect, it } from 'vitest';
import { snapshotOfUnits, unitOf } from '../../../src/retrieval/article-unit.js';
import type { RawArticle } from '../../../src/corpus/prepare.js';
import { createLogger } from '../../../src/logging/logger.js';
import { createNormaliser } from '../../../src/retrieval/normalise.js';
import { ingestIntoPostgres, type IngestOptions } from '../../../src/retrieval/postgres/ingest.js';
import { loadSnapshotFromPostgres } from '../../../src/retrieval/postgres/load-snapshot.js';
import type { CorpusSnapshot } from '../../../src/retrieval/snapshot.js';
import { loadAttributionConfig, loadSynonyms } from '../../../src/settings/config-files.js';
import { postgres, postgresSuite, useTestDatabase } from '../../helpers/postgres.js';
import { ACME, HARBOUR_CHANGED, INVENTED, NEW_ARTICLES, OSTBY } from './invented-raws.js';

const config = loadAttributionConfig();
const synonyms = loadSynonyms();
const log = createLogger({ logLevel: 'silent', logFormat: 'json' });

function fromScratch(raws: readonly RawArticle[]): CorpusSnapshot {
  return snapshotOfUnits(raws.map((raw) => unitOf(raw, config)), createNormaliser(synonyms), config);
}

/** Ingest options that record how many articles were attributed. */
function options(codeVersion = 'code-1'): IngestOptions & { attributed: () => number } {
  let attributed = 0;
  return { config, synonyms, codeVersion, log, onProgress: (done) => (attributed = done), attributed: () => attributed };
}

describe.skipIf(!postgres.reachable)(postgresSuite('ingestIntoPostgres'), () => {
  const database = useTestDatabase();

  it('stores a corpus that reads back as the snapshot built in memory', async () => {
    const run = options();
    const report = await ingestIntoPostgres(database.pool, INVENTED, run);
    expect(report).toMatchObject({ added: 4, changed: 0, removed: 0, unchanged: 0 });
    expect(run.attributed()).toBe(4);
    const expected = fromScratch(INVENTED);
    expect(expected.clusters.length).toBeGreaterThan(3);
    expect(await loadSnapshotFromPostgres(database.pool)).toEqual(expected);
  });

  it('stores the same coverage when worker threads attribute, reporting progress as it goes', async () => {
    const progress: number[] = [];
    const report = await ingestIntoPostgres(database.pool, INVENTED, { ...options('code-threads'), attributionThreads: 2, onProgress: (done) => progress.push(done) });
    expect(report).toMatchObject({ added: 0, changed: 4 });
    expect(progress.at(-1)).toBe(4);
    expect(await loadSnapshotFromPostgres(database.pool)).toEqual(fromScratch(INVENTED));
    await ingestIntoPostgres(database.pool, INVENTED, options());
  });

  it('attributes nothing when nothing changed', async () => {
    const run = options();
    const report = await ingestIntoPostgres(database.pool, INVENTED, run);
    expect(report).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 4 });
    expect(run.attributed()).toBe(0);
    expect(await loadSnapshotFromPostgres(database.pool)).toEqual(fromScratch(INVENTED));
  });

  it('adds, changes, removes and reorders: only new and changed articles are attributed, and the result is a fresh build', async () => {
    // A new article first moves every kept one (and its sentence numbers); "budget" is gone; "harbour" has new words.
    const corpus = [OSTBY, HARBOUR_CHANGED, ...INVENTED.filter((raw) => raw.id !== 'harbour' && raw.id !== 'budget'), ACME];
    const run = options();
    const report = await ingestIntoPostgres(database.pool, corpus, run);
    expect(report).toMatchObject({ added: 2, changed: 1, removed: 1, unchanged: 2 });
    expect(run.attributed()).toBe(3);
    expect(await loadSnapshotFromPostgres(database.pool)).toEqual(fromScratch(corpus));
  });

  it('attributes every article again under another code version', async () => {
    const run = options('code-2');
    const report = await ingestIntoPostgres(database.pool, INVENTED, run);
    expect(report).toMatchObject({ added: 1, changed: 3, removed: 2, unchanged: 0 });
    expect(run.attributed()).toBe(4);
    expect(await loadSnapshotFromPostgres(database.pool)).toEqual(fromScratch(INVENTED));
  });

  it('empties the coverage when the corpus is empty', async () => {
    await ingestIntoPostgres(database.pool, [], options('code-2'));
    expect(await loadSnapshotFromPostgres(database.pool)).toEqual({ articles: [], clusters: [], entities: [], sentences: [] });
  });

  it('hands the new snapshot to the search hook inside the transaction, and keeps nothing of an ingest that fails', async () => {
    let seen: CorpusSnapshot | undefined;
    await ingestIntoPostgres(database.pool, INVENTED, {
      ...options(),
      writeSearchIndexes: async (client, snapshot) => {
        seen = snapshot;
        // Inside the transaction: the new articles are visible to the hook's own client (the merge's tables are
        // written at the same time as the hook runs).
        const { rows } = await client.query<{ count: number }>('SELECT count(*)::integer AS count FROM articles');
        expect(rows[0]?.count).toBe(snapshot.articles.length);
      },
    });
    expect(seen).toEqual(fromScratch(INVENTED));
    const failing = ingestIntoPostgres(database.pool, NEW_ARTICLES, { ...options(), writeSearchIndexes: () => Promise.reject(new Error('search tables unavailable')) });
    await expect(failing).rejects.toThrow('search tables unavailable');
    expect(await loadSnapshotFromPostgres(database.pool)).toEqual(fromScratch(INVENTED));
  });

  it('redoes the merge when only the synonyms change', async () => {
    const run = { ...options(), synonyms: { groups: [['harbour', 'port']] } };
    const before = await database.pool.query<{ merge_key: string }>('SELECT merge_key FROM coverage_state');
    const report = await ingestIntoPostgres(database.pool, INVENTED, run);
    expect(report).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 4 });
    const after = await database.pool.query<{ merge_key: string }>('SELECT merge_key FROM coverage_state');
    expect(after.rows[0]?.merge_key).not.toBe(before.rows[0]?.merge_key);
  });

  it('refuses a corpus with one id twice, changing nothing', async () => {
    await expect(ingestIntoPostgres(database.pool, [...INVENTED, HARBOUR_CHANGED], options())).rejects.toThrow(/"harbour" appears twice/);
  });

  it('lets two ingests at once take turns', async () => {
    const [first, second] = await Promise.all([ingestIntoPostgres(database.pool, NEW_ARTICLES, options()), ingestIntoPostgres(database.pool, NEW_ARTICLES, options())]);
    expect([first.added, second.added].sort()).toEqual([0, 2]);
    expect(await loadSnapshotFromPostgres(database.pool)).toEqual(fromScratch(NEW_ARTICLES));
  });

  it('rewrites only the entities and clusters that an added article touches', async () => {
    await ingestIntoPostgres(database.pool, INVENTED, options());
    // xmin: the transaction that wrote a row; a row kept as it was keeps it.
    const writers = async (): Promise<Map<number, string>> =>
      new Map((await database.pool.query<{ id: number; xmin: string }>('SELECT id, xmin::text FROM clusters')).rows.map((row) => [row.id, row.xmin]));
    const before = await writers();
    const corpus = [...INVENTED, ACME];
    await ingestIntoPostgres(database.pool, corpus, options());
    const after = await writers();
    const touched = new Set(fromScratch(corpus).clusters.filter((c) => c.occurrences.some((o) => o.articleId === 'acme')).map((c) => c.id));
    const kept = [...before.keys()].filter((id) => !touched.has(id));
    expect(kept.length).toBeGreaterThan(0);
    for (const id of kept) expect(after.get(id)).toBe(before.get(id));
    expect(await loadSnapshotFromPostgres(database.pool)).toEqual(fromScratch(corpus));
  });

  it('shows a reader the coverage before an ingest until the ingest commits, never half of it', async () => {
    await ingestIntoPostgres(database.pool, INVENTED, options());
    const before = fromScratch(INVENTED);
    const corpus = [...INVENTED.filter((raw) => raw.id !== 'budget'), ...NEW_ARTICLES];
    let reachHook: () => void = () => undefined;
    const atHook = new Promise<void>((resolve) => (reachHook = resolve));
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    // The ingest stops at its last step, everything else written but not committed.
    const ingest = ingestIntoPostgres(database.pool, corpus, { ...options(), writeSearchIndexes: async () => { reachHook(); await released; } });
    await atHook;
    expect(await loadSnapshotFromPostgres(database.pool)).toEqual(before);
    release();
    await ingest;
    expect(await loadSnapshotFromPostgres(database.pool)).toEqual(fromScratch(corpus));
  });
});
