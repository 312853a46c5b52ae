/**
 * Items unpacked from a packed coverage, kept while anything still holds
 * them: within a question the same statement is the same object each time
 * (answers compare statements by identity), and once no answer holds it the
 * collector may take it, so a long-running bot's memory does not creep
 * toward the whole corpus unpacked. The items are numbered (a statement's
 * id, an article's place), so each has a slot of its own in one array: no
 * map to grow and rehash, and no finalisation to clear a slot whose item was
 * collected (the slot is filled again when the item is asked for again; the
 * slots are no more than the items).
 *
 * @example
 * const clusterOf = weakCache<QuoteCluster>(statementCount);
 * const cluster = clusterOf(7, () => unpack(7)); // unpacked once while held
 */
export function weakCache<Value extends object>(size: number): (key: number, make: () => Value) => Value {
  const kept: (WeakRef<Value> | undefined)[] = new Array<WeakRef<Value> | undefined>(size).fill(undefined);
  return (key, make) => {
    const known = kept[key]?.deref();
    if (known !== undefined) return known;
    const made = make();
    kept[key] = new WeakRef(made);
    return made;
  };
}
