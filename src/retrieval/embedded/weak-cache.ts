/**
 * Items unpacked from a packed coverage, kept while anything still holds
 * them: within a question the same statement is the same object each time
 * (answers compare statements by identity), and once no answer holds it the
 * collector may take it, so a long-running bot's memory does not creep
 * toward the whole corpus unpacked.
 *
 * @example
 * const clusterOf = weakCache<number, QuoteCluster>();
 * const cluster = clusterOf(7, () => unpack(7)); // unpacked once while held
 */
export function weakCache<Key, Value extends object>(): (key: Key, make: () => Value) => Value {
  const kept = new Map<Key, WeakRef<Value>>();
  // An entry whose item was collected goes too, unless the key was filled again meanwhile.
  const collected = new FinalizationRegistry<Key>((key) => {
    if (kept.get(key)?.deref() === undefined) kept.delete(key);
  });
  return (key, make) => {
    const known = kept.get(key)?.deref();
    if (known !== undefined) return known;
    const made = make();
    kept.set(key, new WeakRef(made));
    collected.register(made, key);
    return made;
  };
}
