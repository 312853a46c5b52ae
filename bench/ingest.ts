/**
 * `npm run bench -- ingest`: on Reuters-21578, each store: a full ingest, an
 * ingest with nothing changed, and one after 10 articles were added, beside
 * the time those 10 take to attribute alone (what an ingest cannot avoid).
 * The PostgreSQL store uses a throwaway database on TEST_DATABASE_URL's
 * server (127.0.0.1:5432 by default) and is skipped, saying why, without one.
 */
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { readCorpus } from '../src/corpus/load.js';
import { unitOf } from '../src/retrieval/article-unit.js';
import { openStore, type StoreOptions } from '../src/retrieval/open-store.js';
import { loadConfigFiles } from '../src/settings/config-files.js';
import { variantOf, type ArticleRecord } from './scale-corpus.js';
import { onServer, storeDatabase } from './postgres-server.js';
import { sharedCorpus } from './shared-corpora.js';

const ADDED = 10;


async function timedIngest(options: StoreOptions): Promise<{ ms: number; added: number; unchanged: number }> {
  const started = performance.now();
  const opened = await openStore(options);
  const ms = performance.now() - started;
  await opened.close();
  return { ms, added: opened.counts?.added ?? 0, unchanged: opened.counts?.unchanged ?? 0 };
}

async function measure(store: 'embedded' | 'postgres', source: string, work: string): Promise<void> {
  const corpus = path.join(work, `${store}.jsonl`);
  copyFileSync(source, corpus);
  const database = `quotewire_bench_ingest_${process.pid}`;
  const url = await storeDatabase(store, database);
  if (url === undefined) return;
  const options: StoreOptions = {
    corpusPaths: [corpus], cacheDir: path.join(work, `${store}-store`), cacheMinArticles: 0, ...loadConfigFiles(), log: pino({ level: 'silent' }),
    databaseUrl: url, ingest: true,
  };
  try {
    const full = await timedIngest(options);
    const again = await timedIngest(options);
    // Ten articles written for the purpose: copies of ten with new ids and lightly altered text.
    const originals = readFileSync(source, 'utf8').split('\n').slice(0, ADDED).map((line) => JSON.parse(line) as ArticleRecord);
    appendFileSync(corpus, `${originals.map((article) => JSON.stringify(variantOf(article, 1, 9_000))).join('\n')}\n`);
    const added = readCorpus([corpus]).raws.slice(-ADDED);
    const attributionStarted = performance.now();
    for (const raw of added) unitOf(raw, options.attribution);
    const attributionMs = performance.now() - attributionStarted;
    const grown = await timedIngest(options);
    const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
    console.log(`${store}: full ingest of ${full.added.toLocaleString('en-US')} articles ${s(full.ms)} (${Math.round(full.added / (full.ms / 1000)).toLocaleString('en-US')} articles/s)`);
    console.log(`${store}: nothing changed ${s(again.ms)} (${again.unchanged.toLocaleString('en-US')} unchanged)`);
    console.log(`${store}: ${grown.added} added ${s(grown.ms)}, of which attributing them alone takes ${s(attributionMs)}: ${s(grown.ms - attributionMs)} beyond their attribution`);
  } finally {
    if (store === 'postgres') await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
  }
}

export async function benchIngest(): Promise<void> {
  const source = sharedCorpus('reuters21578.jsonl');
  if (!source) return;
  const work = mkdtempSync(path.join(tmpdir(), 'quotewire-ingest-'));
  try {
    for (const store of ['embedded', 'postgres'] as const) await measure(store, source, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
