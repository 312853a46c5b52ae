/**
 * Waiting for writes that share one connection. They may run at once (the
 * connection queues their statements, and one's rows are worked out while
 * the server stores another's), but when one fails the others must have
 * stopped before the transaction is rolled back and the connection goes back
 * to the pool: a statement queued after the ROLLBACK would run outside it.
 */

/**
 * Awaits every promise, then gives their values, or throws the first failure (in the order given).
 *
 * @example
 * const [merge] = await settleAll([writeMerge(client, ...), writeContextLinks(client, ...)]);
 */
export async function settleAll<T extends readonly unknown[]>(promises: readonly [...{ [K in keyof T]: Promise<T[K]> }]): Promise<T> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
