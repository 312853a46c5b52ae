/**
 * A uniquely named database on the test server (TEST_DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres), with the search migrations
 * applied (001 first when present, and 005, the postings), dropped after. A minimal stand-in for a
 * shared harness: when the server cannot be reached it says why, so the
 * tests can skip saying so.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ROOT } from '../../helpers.js';

const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MIGRATIONS = path.join(ROOT, 'src', 'retrieval', 'postgres', 'migrations');

export interface ThrowawayDatabase {
  client: pg.Client;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The database, or why there is none. */
export async function throwawayDatabase(): Promise<ThrowawayDatabase | { unavailable: string }> {
  const admin = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch (error) {
    return { unavailable: `PostgreSQL not reachable at ${new URL(SERVER).host} (${error instanceof Error ? error.message : String(error)})` };
  }
  const name = `quotewire_search_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  const client = new pg.Client({ connectionString: withDatabase(SERVER, name) });
  await client.connect();
  for (const file of ['001-core.sql', '002-search.sql', '005-postings.sql']) {
    const location = path.join(MIGRATIONS, file);
    if (existsSync(location)) await client.query(readFileSync(location, 'utf8'));
  }
  return {
    client,
    drop: async () => {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}
