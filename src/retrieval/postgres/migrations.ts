/**
 * Plain versioned SQL migrations (migrations/NNN-name.sql), applied in order,
 * each in its own transaction, and recorded with a checksum in
 * schema_migrations. Runners started at once (two shards, two machines) take
 * turns on an advisory lock, so a migration is never applied twice. A file
 * changed after it was applied is an error naming it: the database no longer
 * matches the code, and applying it again would not say so.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pool, PoolClient } from './pool.js';

/** Beside this module in src/ and (copied by `npm run build`) in dist/. */
export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
/** Any fixed number: the key of the advisory lock that migrating runners share. */
const MIGRATION_LOCK = 7_361_920_114;
const FILE = /^(\d{3,})-[\w-]+\.sql$/;

export interface Migration {
  /** The file name without `.sql` ("001-core"). */
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** The migration files of a folder, in order of their numbers. */
export function readMigrations(folder: string = MIGRATIONS_FOLDER): Migration[] {
  const files = readdirSync(folder).filter((name) => FILE.test(name));
  files.sort((a, b) => Number(FILE.exec(a)?.[1]) - Number(FILE.exec(b)?.[1]) || a.localeCompare(b));
  return files.map((file) => {
    const sql = readFileSync(path.join(folder, file), 'utf8');
    return { name: file.replace(/\.sql$/, ''), sql, checksum: createHash('sha256').update(sql).digest('hex') };
  });
}

/**
 * Applies the migrations not yet applied; returns their names.
 *
 * @throws MigrationError when an applied migration's file has changed since, or a migration fails (named).
 */
export async function migrate(pool: Pool, folder: string = MIGRATIONS_FOLDER): Promise<string[]> {
  const migrations = readMigrations(folder);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const { rows } = await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations');
      const applied = new Map(rows.map((row) => [row.name, row.checksum]));
      const changed = migrations.filter((m) => applied.has(m.name) && applied.get(m.name) !== m.checksum);
      if (changed.length > 0) {
        const names = changed.map((m) => `${m.name}.sql`).join(', ');
        throw new MigrationError(`migration ${names} changed after it was applied to this database; restore the file as it was and add a new migration for the change`);
      }
      const done: string[] = [];
      for (const migration of migrations.filter((m) => !applied.has(m.name))) {
        await applyOne(client, migration);
        done.push(migration.name);
      }
      return done;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

async function applyOne(client: PoolClient, migration: Migration): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(migration.sql);
    await client.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [migration.name, migration.checksum]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new MigrationError(`migration ${migration.name}.sql failed, nothing of it applied: ${(error as Error).message}`);
  }
}
