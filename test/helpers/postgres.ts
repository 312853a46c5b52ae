/**
 * Throwaway PostgreSQL databases for tests: the server at 127.0.0.1:5432
 * (user postgres, trust), or TEST_DATABASE_URL when set. Each suite gets a
 * database of its own (unique name), migrated, dropped after. Without a
 * server, suites are skipped, saying why (`describe.skipIf(!postgres.reachable)(postgresSuite(...))`).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { migrate } from '../../src/retrieval/postgres/migrations.js';
import { createPool, type Pool } from '../../src/retrieval/postgres/pool.js';

const SERVER_URL = process.env.TEST_DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres';

/** The server URL with another database name. */
export function urlOfDatabase(name: string, server: string = SERVER_URL): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

async function probe(): Promise<{ reachable: boolean; reason: string }> {
  const client = new pg.Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { reachable: true, reason: '' };
  } catch (error) {
    const cause = (error as Error).message || String((error as NodeJS.ErrnoException).code ?? error);
    return { reachable: false, reason: `no PostgreSQL server reachable at ${new URL(SERVER_URL).host} (${cause}); start one or set TEST_DATABASE_URL` };
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const postgres = await probe();
// Said once per test file, besides the suite titles, so a run's output says why its PostgreSQL tests were skipped.
if (!postgres.reachable) process.stderr.write(`PostgreSQL tests skipped: ${postgres.reason}\n`);

/** A suite's title, with the reason it is skipped when it is. */
export function postgresSuite(title: string): string {
  return postgres.reachable ? title : `${title} (skipped: ${postgres.reason})`;
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  /** Valid inside the suite's tests (after beforeAll). */
  readonly pool: Pool;
  readonly url: string;
  readonly name: string;
}

/**
 * Registers beforeAll/afterAll for a throwaway database; `migrated: false`
 * leaves it empty (for the migration tests).
 */
export function useTestDatabase(options: { migrated?: boolean } = {}): TestDatabase {
  const name = `quotewire_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const url = urlOfDatabase(name);
  let pool: Pool | undefined;
  beforeAll(async () => {
    await onServer(`CREATE DATABASE ${name}`);
    pool = createPool(url);
    if (options.migrated !== false) await migrate(pool);
  });
  afterAll(async () => {
    await pool?.end();
    await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  return {
    name,
    url,
    get pool(): Pool {
      if (!pool) throw new Error('the test database is ready only inside tests');
      return pool;
    },
  };
}
