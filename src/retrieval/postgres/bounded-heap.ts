/**
 * The heap of a process answering from PostgreSQL, kept near what it holds.
 * Such a process holds little (the vocabularies and a bounded cache: a few
 * tens of MB with its modules) but allocates much while answering (rows,
 * statements, answers), and V8 by default lets the heap grow to three or four
 * times what is live before it collects: at 10x Reuters, 250 MB of RSS for
 * 30 MB live. Growing by half of what is live keeps the RSS near what the
 * process holds, whatever the archive's size, for a few more collections,
 * each a few ms at this size. The embedded store holds its coverage whole
 * and is left to V8's defaults.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** How far the heap may grow past what the last full collection found live, in percent. */
const HEAP_GROWING_PERCENT = 50;

const FLAG = /^--heap[-_]growing[-_]percent\b/;

/**
 * Sets V8's heap growth for the rest of the process, unless the process was started with its own setting
 * (node's arguments: NODE_OPTIONS cannot carry it). Returns whether it set it.
 *
 * @example
 * if (store.store === 'postgres') keepHeapNearLive();
 */
export function keepHeapNearLive(): boolean {
  if (process.execArgv.some((flag) => FLAG.test(flag))) return false;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  collectOnce();
  return true;
}

/**
 * One full collection, so that V8 sets its next limit from what is live with the growth above: until its
 * first full collection a heap may grow to V8's first limit (a share of the machine's memory), 150 MB and more.
 * Node lets a new context see `gc` once the flag is set; the process's own global never gets it.
 */
function collectOnce(): void {
  try {
    v8.setFlagsFromString('--expose-gc');
    (vm.runInNewContext('gc') as () => void)();
  } catch {
    // A node without it collects later, at its first limit.
  }
}
