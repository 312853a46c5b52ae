/**
 * A thread's side of refresh-thread.ts: reads the corpus and stores its
 * coverage (the embedded store's openCoverage: new and changed articles
 * attributed, the stored coverage layered or rebuilt; or an ingest into
 * PostgreSQL), then says what it took in. A coverage built here is let go:
 * the caller opens what was stored. Log lines go to the caller, which writes
 * them with its own logger.
 */
import { parentPort } from 'node:worker_threads';
import pino from 'pino';
import type { Logger } from '../logging/logger.js';
import { openCoverage } from './open.js';
import { ingestCorpus } from './open-store.js';
import { createPool } from './postgres/pool.js';
import type { RefreshReply, RefreshRequest, StoredOnThread } from './refresh-thread.js';

const port = parentPort;
if (!port) throw new Error('refresh-worker.ts runs in a worker thread only');

/** Ingests the corpus into the database at `url` with a pool of this thread's own. */
async function ingestHere(request: RefreshRequest, url: string, log: Logger): Promise<StoredOnThread> {
  const pool = createPool(url);
  try {
    const { warnings, counts } = await ingestCorpus(pool, { ...request.options, log, databaseUrl: url, ingest: true });
    return { kind: 'stored', counts, warnings };
  } finally {
    await pool.end();
  }
}

port.on('message', async (request: RefreshRequest) => {
  // Each line says it came from this thread, where the reading and attributing happen.
  const log = pino({ level: request.logLevel, base: { thread: 'refresh' } }, { write: (line: string) => port.postMessage({ kind: 'log', line } satisfies RefreshReply) });
  try {
    if (request.databaseUrl !== null) {
      port.postMessage(await ingestHere(request, request.databaseUrl, log));
      return;
    }
    const { origin, counts, warnings, stored } = openCoverage({ ...request.options, log });
    port.postMessage({ kind: 'stored', origin, counts, warnings, ...(stored ? { stored } : {}) } satisfies RefreshReply);
  } catch (error) {
    port.postMessage({ kind: 'error', error: error instanceof Error ? error.message : String(error), name: error instanceof Error ? error.name : 'Error' } satisfies RefreshReply);
  }
});
port.postMessage({ ready: true });
