/**
 * Attributing articles on worker threads: unitOf depends on one article and
 * the configuration alone, so batches of articles go to as many threads as
 * the machine has cores and their units come back (structured clones, equal
 * to what unitOf gives in-thread). When threads cannot start (no TypeScript
 * loader for a source run, a sandbox without threads), attribution stays on
 * the calling thread, and says so in the log.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { AttributionConfig } from '../attribution/config.js';
import type { RawArticle } from '../corpus/prepare.js';
import type { Logger } from '../logging/logger.js';
import { unitOf, type ArticleUnit } from './article-unit.js';
import { startModuleThread } from './module-thread.js';

/** A batch of articles sent to a worker. */
export interface UnitTask {
  id: number;
  raws: RawArticle[];
}

/** A worker's answer to a task: the units in the order of its articles, or why it failed. */
export type UnitTaskResult = { id: number; units: ArticleUnit[] } | { id: number; error: string };

/** Attributes batches of articles; `attribute` may be called many times at once, each answered in full. */
export interface UnitAttributor {
  /** Threads attributing: 0 when it all happens on the calling thread. */
  readonly threads: number;
  attribute(raws: RawArticle[]): Promise<ArticleUnit[]>;
  close(): Promise<void>;
}

/** Attribution on the calling thread: what the workers replace, and their fallback. */
export function inThreadAttributor(config: AttributionConfig): UnitAttributor {
  return {
    threads: 0,
    attribute: async (raws) => raws.map((raw) => unitOf(raw, config)),
    close: async () => undefined,
  };
}

interface Pending {
  raws: RawArticle[];
  resolve: (units: ArticleUnit[]) => void;
  reject: (error: Error) => void;
}

/** Hands tasks to started workers, one task a worker at a time, in the order they were asked for. */
function workerAttributor(workers: Worker[]): UnitAttributor {
  const queue: (Pending & { id: number })[] = [];
  const running = new Map<Worker, Pending & { id: number }>();
  const idle = [...workers];
  let nextId = 0;
  let broken: Error | null = null;
  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop() as Worker;
      const task = queue.shift() as Pending & { id: number };
      running.set(worker, task);
      worker.postMessage({ id: task.id, raws: task.raws } satisfies UnitTask);
    }
  };
  const breakAll = (error: Error): void => {
    broken ??= error;
    for (const task of [...running.values(), ...queue.splice(0)]) task.reject(error);
    running.clear();
  };
  const onExit = (code: number): void => breakAll(new Error(`an attribution worker exited (code ${code})`));
  for (const worker of workers) {
    worker.on('message', (result: UnitTaskResult) => {
      const task = running.get(worker);
      running.delete(worker);
      idle.push(worker);
      if (task) {
        if ('error' in result) task.reject(new Error(`attribution failed in a worker thread: ${result.error}`));
        else task.resolve(result.units);
      }
      dispatch();
    });
    worker.on('error', (error) => breakAll(new Error(`an attribution worker failed: ${error.message}`)));
    worker.on('exit', onExit);
  }
  return {
    threads: workers.length,
    attribute: (raws) =>
      new Promise((resolve, reject) => {
        if (broken) return reject(broken);
        queue.push({ id: nextId++, raws, resolve, reject });
        dispatch();
      }),
    close: async () => {
      broken ??= new Error('the attribution workers were closed');
      for (const worker of workers) worker.removeListener('exit', onExit);
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

export interface UnitWorkerOptions {
  /** Threads to start; default: the cores available. 0: attribute in-thread. */
  threads?: number;
  log: Logger;
}

/**
 * Starts the attribution threads, or falls back to in-thread attribution (logged) when they cannot start.
 *
 * @example
 * const attributor = await startUnitWorkers(config, { log });
 * try { units = await attributor.attribute(raws); } finally { await attributor.close(); }
 */
export async function startUnitWorkers(config: AttributionConfig, options: UnitWorkerOptions): Promise<UnitAttributor> {
  const threads = options.threads ?? availableParallelism();
  if (threads <= 0) return inThreadAttributor(config);
  const started = await Promise.allSettled(Array.from({ length: threads }, () => startModuleThread(import.meta.url, 'unit-worker', { config })));
  const workers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failure = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) {
    await Promise.all(workers.map((worker) => worker.terminate()));
    const reason = failure.reason instanceof Error ? failure.reason.message : String(failure.reason);
    options.log.warn({ reason }, `attribution worker threads could not start (${reason}): attributing on the main thread`);
    return inThreadAttributor(config);
  }
  return workerAttributor(workers);
}
