/**
 * Collects the young generation between answers, once it is half full.
 * Answering leaves garbage (search results, scored statements) and a little
 * that lives on (caches), and V8 collects its young generation when it is
 * full, which is then in the middle of some answer: on a 17,000-article
 * archive, one answer in twenty, each such collection adding 3-5 ms to it,
 * so that the slowest answers were slow for the collector, not for their own
 * work. Collected after a reply is sent, and only when no other answer is
 * under way, the same work is on nobody's answer.
 */
import v8 from 'node:v8';
import { collectorOf } from './heap-growth.js';

/** Collect once the young generation holds more than this share of its room: an answer rarely allocates the rest. */
export const YOUNG_FULL_SHARE = 0.5;

/** The share of its room the young generation holds (0 where V8 does not say). */
export function youngShare(): number {
  const space = v8.getHeapSpaceStatistics().find((candidate) => candidate.space_name === 'new_space');
  if (!space) return 0;
  const room = space.space_used_size + space.space_available_size;
  return room > 0 ? space.space_used_size / room : 0;
}

/**
 * Collects the young generation if it holds more than `share` of its room; whether it did.
 *
 * @example
 * await send(reply);
 * setImmediate(collectYoungIfFull);
 */
export function collectYoungIfFull(share: number = YOUNG_FULL_SHARE): boolean {
  const collect = collectorOf();
  if (!collect || youngShare() <= share) return false;
  try {
    collect({ type: 'minor' });
    return true;
  } catch {
    // A V8 whose `gc` takes no options: its own collections go on as before.
    return false;
  }
}

/** Between answers: after the current turn of the event loop, so that the reply goes out first, and only if `idle()` still holds then. */
export function collectYoungSoon(idle: () => boolean = () => true): void {
  setImmediate(() => {
    if (idle()) collectYoungIfFull();
  });
}
