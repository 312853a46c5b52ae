/**
 * Refreshing a stored coverage on a thread of its own (refresh-worker.ts):
 * reading the corpus, attributing what is new and storing the coverage (in
 * the embedded store's files, or ingested into PostgreSQL) take seconds on a
 * large archive, during which the main thread must go on answering (Discord
 * drops an interaction not acknowledged within 3 s). The main thread then
 * opens what was stored, which takes a fraction of that.
 */
import pino from 'pino';
import type { LoadWarning } from '../corpus/types.js';
import type { Logger } from '../logging/logger.js';
import type { IngestCounts } from './embedded/store.js';
import { startModuleThread } from './module-thread.js';
import type { OpenedCoverage, OpenOptions, StoredEntry } from './open.js';

/** What the thread is asked: the options as plain data (no logger, no progress), and the database's address (null: the embedded store). */
export interface RefreshRequest {
  options: Omit<OpenOptions, 'log' | 'progress'>;
  databaseUrl: string | null;
  logLevel: string;
}

export type RefreshReply =
  | { kind: 'log'; line: string }
  | { kind: 'stored'; origin?: OpenedCoverage['origin']; counts: IngestCounts | null; warnings: LoadWarning[]; stored?: StoredEntry }
  | { kind: 'error'; error: string; name: string };

/** What the thread stored: how, what it took in, and the corpus's warnings (already logged). */
export type StoredOnThread = Extract<RefreshReply, { kind: 'stored' }>;

/** A failure reading or storing the corpus on the thread, named as it was there (a CorpusError stays one by name). */
export class RefreshThreadError extends Error {
  constructor(message: string, override readonly name: string) {
    super(message);
  }
}

/** Writes a log line of the thread with the caller's logger, at its level, with its fields. */
function relay(log: Logger, line: string): void {
  const { level, msg, time: _time, ...fields } = JSON.parse(line) as Record<string, unknown> & { level: number; msg?: string };
  const label = pino.levels.labels[level] ?? 'info';
  const write = (log as unknown as Record<string, (fields: object, msg?: string) => void>)[label];
  write?.call(log, fields, msg);
}

/**
 * Reads the corpus and stores its coverage on a thread (the embedded
 * store's files, or PostgreSQL at `databaseUrl`); resolves with what it
 * stored. Rejects when the thread cannot start (the caller refreshes
 * in-thread) or the read fails there (a RefreshThreadError).
 *
 * @example
 * const stored = await storeOnThread(options, null); // then openStored(options, stored.stored) opens it here
 */
export async function storeOnThread(options: OpenOptions, databaseUrl: string | null): Promise<StoredOnThread> {
  const worker = await startModuleThread(import.meta.url, 'refresh-worker', null);
  const { log, progress: _progress, ...plain } = options;
  try {
    return await new Promise<StoredOnThread>((resolve, reject) => {
      worker.on('message', (reply: RefreshReply) => {
        if (reply.kind === 'log') relay(log, reply.line);
        else if (reply.kind === 'stored') resolve(reply);
        else reject(new RefreshThreadError(reply.error, reply.name));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`the refresh thread exited (code ${code})`)));
      worker.postMessage({ options: plain, databaseUrl, logLevel: log.level } satisfies RefreshRequest);
    });
  } finally {
    await worker.terminate();
  }
}
