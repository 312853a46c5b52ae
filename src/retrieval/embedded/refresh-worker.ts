/**
 * A thread's side of refresh-thread.ts: reads the corpus and stores its
 * coverage (openCoverage: new and changed articles attributed, the stored
 * coverage layered or rebuilt), then says what it took in. The coverage
 * itself stays here and is let go: the caller opens what was stored.
 * Log lines go to the caller, which writes them with its own logger.
 */
import { parentPort } from 'node:worker_threads';
import pino from 'pino';
import { openCoverage } from '../open.js';
import type { RefreshReply, RefreshRequest } from './refresh-thread.js';

const port = parentPort;
if (!port) throw new Error('refresh-worker.ts runs in a worker thread only');

port.on('message', (request: RefreshRequest) => {
  // Each line says it came from this thread, where the reading and attributing happen.
  const log = pino({ level: request.logLevel, base: { thread: 'refresh' } }, { write: (line: string) => port.postMessage({ kind: 'log', line } satisfies RefreshReply) });
  try {
    const { origin, counts, warnings } = openCoverage({ ...request.options, log });
    port.postMessage({ kind: 'stored', origin, counts, warnings } satisfies RefreshReply);
  } catch (error) {
    port.postMessage({ kind: 'error', error: error instanceof Error ? error.message : String(error), name: error instanceof Error ? error.name : 'Error' } satisfies RefreshReply);
  }
});
port.postMessage({ ready: true });
