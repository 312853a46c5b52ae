/**
 * How far the heap may grow past what the last full collection left alive
 * before the next one. V8 lets it grow up to 4x on a machine with memory to
 * spare, and a bot's answers leave garbage that outlives the young
 * generation: warm on Reuters the heap grew to 220-270 MB over 2,000
 * answers, a peak RSS of 375-420 MB. At 2x it stays near 130-160 MB (peak
 * RSS 290-330 MB), collections coming sooner with no cost in latency seen
 * (at 1.5x, incremental marking ran so often that the slowest answers took
 * more CPU). A growth factor, not a cap: a cold build of a large corpus
 * still gets all the heap it needs.
 *
 * A process answering from PostgreSQL holds far less (the vocabularies and a
 * bounded cache, a few tens of MB) but allocates as much while answering: at
 * 10x Reuters, 250 MB of RSS for 30 MB live at V8's default. It grows by half
 * of what is live, so its RSS stays near what it holds whatever the archive's
 * size, for a few more collections of a few ms each at that size.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/** The heap may grow to twice what a full collection left alive. */
export const HEAP_GROWING_PERCENT = 100;

/** A process answering from PostgreSQL: by half of what is live. */
export const POSTGRES_HEAP_GROWING_PERCENT = 50;

const FLAG = /^--heap[-_]growing[-_]percent\b/;

/**
 * Sets V8's heap growing factor for this process, unless node was started with its own (node's arguments:
 * NODE_OPTIONS cannot carry it); returns whether it set it. V8 reads it at every full collection, so it holds
 * from the next one on.
 *
 * @example
 * limitHeapGrowth();
 */
export function limitHeapGrowth(percent: number = HEAP_GROWING_PERCENT): boolean {
  if (process.execArgv.some((flag) => FLAG.test(flag))) return false;
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  return true;
}

/**
 * Keeps the heap of a process answering from PostgreSQL near what it holds: a smaller growth, then one full
 * collection, so that V8 sets its next limit from what is live (until its first full collection a heap may
 * grow to V8's first limit, 150 MB and more). Returns whether it set the growth.
 *
 * @example
 * if (store.store === 'postgres') keepHeapNearLive();
 */
export function keepHeapNearLive(): boolean {
  if (!limitHeapGrowth(POSTGRES_HEAP_GROWING_PERCENT)) return false;
  collectOnce();
  return true;
}

/** V8's `gc` (its options: `{ type: 'minor' }` for the young generation alone), or null where this node has none. */
export type Collect = (options?: { type: 'minor' | 'major' }) => void;

let collector: Collect | null | undefined;

/** V8's `gc`. Node lets a new context see it once the flag is set; the process's own global never gets it. */
export function collectorOf(): Collect | null {
  if (collector === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      collector = vm.runInNewContext('gc') as Collect;
    } catch {
      collector = null;
    }
  }
  return collector;
}

/** One full collection (a node without `gc` collects later, at its first limit). */
function collectOnce(): void {
  collectorOf()?.();
}
