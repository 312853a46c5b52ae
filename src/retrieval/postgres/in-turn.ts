/**
 * A connection whose statements are sent one after another, in the order
 * they were asked for. Writers running at once on one connection (ingest.ts)
 * each work out their next rows while the server stores another's; pg 8
 * queues a statement asked for while another runs, but deprecates relying on
 * that (a warning on every ingest) and pg 9 will refuse it.
 */
import type { Queryable } from './term-lookups.js';

/**
 * `client`, its `query` queued behind the statements asked for before
 * through the same wrapper; everything else is the client's own.
 *
 * @example
 * const writer = inTurn(client);
 * await Promise.all([writer.query('INSERT …'), writer.query('INSERT …')]); // sent one after the other
 */
export function inTurn<C extends Queryable>(client: C): C {
  let last: Promise<unknown> = Promise.resolve();
  const query = (...args: unknown[]): Promise<unknown> => {
    // A failed statement does not stop the ones after it: each caller sees its own result.
    const run = last.then(() => (client.query as (...given: unknown[]) => Promise<unknown>)(...args));
    last = run.catch(() => undefined);
    return run;
  };
  return new Proxy(client, {
    get: (target, property, receiver) => (property === 'query' ? query : Reflect.get(target, property, receiver)),
  });
}
