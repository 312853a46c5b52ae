/**
 * Answering reads the coverage synchronously, so its rules read the same
 * whatever store is behind them. A store that keeps its data elsewhere (a
 * database) answers a look-up it has not fetched yet by throwing
 * `DataPending` with the fetch to make; `settled` makes the fetch and runs
 * the work again, until the work needs nothing more. Answering is
 * deterministic and keeps no state between runs, so a run again is the same
 * run with more data at hand.
 */

/** What a store throws for data it must fetch first. */
export class DataPending extends Error {
  override name = 'DataPending';
  constructor(
    /** Fetches the data, so the same look-up answers at once next time; `round` is the fetch's number within one answer (from 1). */
    readonly fetch: (round: number) => Promise<void>,
    what: string,
  ) {
    super(`not fetched yet: ${what}`);
  }
}

/**
 * Runs each of `works` and gives their results; when some need data not fetched yet, throws one
 * `DataPending` that fetches what they all need at once: look-ups an answer needs side by side (the
 * namesakes of a name and the speakers its words find) cost one round trip, not one each.
 *
 * @example
 * const [alike, found] = allOf(() => namesakes(coverage, text), () => findSpeakers(coverage, text, 1));
 */
export function allOf<T extends unknown[]>(...works: { [K in keyof T]: () => T[K] }): T {
  const results: unknown[] = [];
  const pending: DataPending[] = [];
  for (const work of works) {
    try {
      results.push(work());
    } catch (error) {
      if (!(error instanceof DataPending)) throw error;
      pending.push(error);
    }
  }
  const [only] = pending;
  if (only && pending.length === 1) throw only;
  if (pending.length > 0) {
    throw new DataPending(async (round) => {
      await Promise.all(pending.map((each) => each.fetch(round)));
    }, pending.map((each) => each.message.replace(/^not fetched yet: /, '')).join('; '));
  }
  return results as T;
}

/** More rounds than any answer takes; beyond it a look-up is fetched and never kept, a store's bug. */
export const MAX_ROUNDS = 200;

/**
 * Runs `work` until it needs no data it does not have, fetching what it asks for in between.
 *
 * @example
 * const answer = await settled(() => answerQuestion(coverage, 'Who said the ferry will run all winter?'));
 */
export async function settled<T>(work: () => T, maxRounds: number = MAX_ROUNDS): Promise<T> {
  for (let round = 1; ; round++) {
    try {
      return work();
    } catch (error) {
      if (!(error instanceof DataPending)) throw error;
      if (round >= maxRounds) throw new Error(`the coverage kept asking for data after ${maxRounds} fetches (last: ${error.message})`, { cause: error });
      await error.fetch(round);
    }
  }
}
