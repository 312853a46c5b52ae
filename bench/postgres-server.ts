/** The PostgreSQL server benchmarks make their throwaway databases on: TEST_DATABASE_URL's, else 127.0.0.1:5432. */
import pg from 'pg';

export const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Runs one statement on the server's own database (to create or drop others). */
export async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The address of database `name` on the server. */
export function databaseUrl(name: string): string {
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A fresh database `name` for a store's run: null for the embedded store; for PostgreSQL, its address,
 * or undefined (the reason printed) when no server answers.
 */
export async function storeDatabase(store: 'embedded' | 'postgres', name: string): Promise<string | null | undefined> {
  if (store === 'embedded') return null;
  try {
    await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await onServer(`CREATE DATABASE ${name}`);
  } catch (error) {
    console.log(`skipped postgres: no server at ${SERVER.replace(/:[^:@/]*@/, ':***@')} (${(error as Error).message})`);
    return undefined;
  }
  return databaseUrl(name);
}
