/**
 * Starting a worker thread on one of our modules, in every way the program
 * runs: compiled (dist/, the module's .js), or from source under tsx or
 * vitest (its .ts, behind tsx's loader registered in the thread: on Node 20
 * a worker does not get the loaders `--import tsx` registered in the main
 * thread). The module says it is ready with a first message.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Time a thread may take to load its modules before the caller does without it. */
const START_TIMEOUT_MS = 30_000;

function newWorker(callerUrl: string, name: string, workerData: unknown): Worker {
  const fromSource = callerUrl.endsWith('.ts');
  const entry = new URL(`./${name}.${fromSource ? 'ts' : 'js'}`, callerUrl);
  if (!fromSource) return new Worker(entry, { workerData });
  // The ES module form of tsx's API (its CommonJS form's register() misplaces the loader): the file beside the one require finds.
  const tsx = pathToFileURL(createRequire(callerUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * Starts the module `name` beside the caller's module (`callerUrl`: its import.meta.url) on a thread and
 * waits for its first message; rejects when it fails or is silent for START_TIMEOUT_MS.
 *
 * @example
 * const worker = await startModuleThread(import.meta.url, 'unit-worker', { config });
 */
export function startModuleThread(callerUrl: string, name: string, workerData: unknown): Promise<Worker> {
  const worker = newWorker(callerUrl, name, workerData);
  return new Promise((resolve, reject) => {
    // Only our own listeners go: Worker keeps listeners of its own (removeAllListeners would break its port).
    const settle = (): void => {
      clearTimeout(timer);
      worker.off('error', fail).off('exit', exited).off('message', ready);
    };
    const fail = (error: Error): void => {
      settle();
      void worker.terminate();
      reject(error);
    };
    const exited = (code: number): void => fail(new Error(`exited with code ${code} before it was ready`));
    const ready = (): void => {
      settle();
      resolve(worker);
    };
    const timer = setTimeout(() => fail(new Error(`no answer in ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    worker.on('error', fail).on('exit', exited).on('message', ready);
  });
}
