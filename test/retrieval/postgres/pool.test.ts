import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createPool } from '../../../src/retrieval/postgres/pool.js';
import { postgres, postgresSuite, useTestDatabase } from '../../helpers/postgres.js';

/** A full collection, to see what nothing holds any more. */
function collect(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

describe.skipIf(!postgres.reachable)(postgresSuite('the pool of connections to the coverage database'), () => {
  const database = useTestDatabase();

  it('keeps nothing of the first result a new connection gave, once the caller lets it go', async () => {
    const pool = createPool(database.url);
    try {
      let rows: unknown[] | null = (await pool.query('SELECT g AS n, repeat(\'x\', 100) AS padding FROM generate_series(1, 1000) g')).rows;
      const first = new WeakRef(rows);
      expect(rows).toHaveLength(1000);
      rows = null;
      // Weak references hold their target to the end of the job that read them.
      await new Promise((resolve) => setImmediate(resolve));
      collect();
      expect(first.deref()).toBeUndefined();
      expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await pool.end();
    }
  });
});
