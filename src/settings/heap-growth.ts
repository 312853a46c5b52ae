/**
 * How far the heap may grow past what the last full collection left alive
 * before the next one. V8 lets it grow up to 4x on a machine with memory to
 * spare, and a bot's answers leave much short-lived garbage that outlives the
 * young generation: on Reuters (70-100 MB alive) the heap grew to 220-250 MB
 * after 2,000 answers, a peak RSS of about 400 MB. At 1.5x it stays near 140
 * MB (RSS about 290-300 MB), collections coming sooner for no measurable
 * cost in latency. A growth factor, not a cap: a cold build of a large
 * corpus still gets all the heap it needs.
 */
import v8 from 'node:v8';

/** The heap may grow to 1.5x what a full collection left alive. */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Sets V8's heap growing factor for this process; called first thing by the bot. V8 reads it at every full
 * collection, so it holds from the next one on.
 *
 * @example
 * limitHeapGrowth();
 */
export function limitHeapGrowth(percent: number = HEAP_GROWING_PERCENT): void {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
