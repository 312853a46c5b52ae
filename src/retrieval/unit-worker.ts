/**
 * A worker thread's side of unit-workers.ts: attributes the articles of each
 * task it is sent (unitOf, with the configuration it was started with) and
 * sends their units back, or the error that stopped it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AttributionConfig } from '../attribution/config.js';
import type { RawArticle } from '../corpus/prepare.js';
import { unitOf } from './article-unit.js';
import type { UnitTask, UnitTaskResult } from './unit-workers.js';

const port = parentPort;
if (!port) throw new Error('unit-worker.ts runs in a worker thread only');
const config = (workerData as { config: AttributionConfig }).config;

port.on('message', ({ id, raws }: UnitTask) => {
  let result: UnitTaskResult;
  try {
    result = { id, units: raws.map((raw: RawArticle) => unitOf(raw, config)) };
  } catch (error) {
    result = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(result);
});
port.postMessage({ ready: true });
