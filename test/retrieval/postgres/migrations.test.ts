import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, MigrationError, readMigrations } from '../../../src/retrieval/postgres/migrations.js';
import { createPool } from '../../../src/retrieval/postgres/pool.js';
import { postgres, postgresSuite, useTestDatabase } from '../../helpers/postgres.js';

const ALL = readMigrations().map((m) => m.name);

describe('readMigrations', () => {
  it('lists the migration files in order of their numbers, 001-core first', () => {
    expect(ALL[0]).toBe('001-core');
    expect([...ALL].sort()).toEqual(ALL);
  });
});

describe.skipIf(!postgres.reachable)(postgresSuite('migrate'), () => {
  const database = useTestDatabase({ migrated: false });

  it('applies every migration once: a second run applies nothing', async () => {
    expect(await migrate(database.pool)).toEqual(ALL);
    expect(await migrate(database.pool)).toEqual([]);
    const { rows } = await database.pool.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    expect(rows.map((row) => row.name)).toEqual(ALL);
    const extensions = await database.pool.query<{ extname: string }>("SELECT extname FROM pg_extension WHERE extname IN ('pg_trgm', 'fuzzystrmatch') ORDER BY extname");
    expect(extensions.rows.map((row) => row.extname)).toEqual(['fuzzystrmatch', 'pg_trgm']);
    const tables = await database.pool.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    expect(tables.rows.map((row) => row.tablename)).toEqual(expect.arrayContaining(['articles', 'sentences', 'entities', 'clusters', 'occurrences']));
  });
});

describe.skipIf(!postgres.reachable)(postgresSuite('migrate, two runners at once'), () => {
  const database = useTestDatabase({ migrated: false });

  it('applies each migration exactly once between them', async () => {
    // Two pools: two processes starting against one database.
    const other = createPool(database.url);
    try {
      const [first, second] = await Promise.all([migrate(database.pool), migrate(other)]);
      expect([first, second].sort((a, b) => b.length - a.length)).toEqual([ALL, []]);
      const { rows } = await database.pool.query<{ count: number }>('SELECT count(*)::integer AS count FROM schema_migrations');
      expect(rows[0]?.count).toBe(ALL.length);
    } finally {
      await other.end();
    }
  });
});

describe.skipIf(!postgres.reachable)(postgresSuite('migrate, files that changed or fail'), () => {
  const database = useTestDatabase({ migrated: false });
  const folder = mkdtempSync(path.join(tmpdir(), 'quotewire-migrations-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses a migration changed after it was applied, naming it', async () => {
    writeFileSync(path.join(folder, '001-ledger.sql'), 'CREATE TABLE ledger (id integer);');
    expect(await migrate(database.pool, folder)).toEqual(['001-ledger']);
    writeFileSync(path.join(folder, '001-ledger.sql'), 'CREATE TABLE ledger (id bigint);');
    await expect(migrate(database.pool, folder)).rejects.toThrow(MigrationError);
    await expect(migrate(database.pool, folder)).rejects.toThrow(/001-ledger\.sql changed after it was applied/);
    writeFileSync(path.join(folder, '001-ledger.sql'), 'CREATE TABLE ledger (id integer);');
  });

  it('leaves nothing of a migration that fails, and names it', async () => {
    writeFileSync(path.join(folder, '002-broken.sql'), 'CREATE TABLE kelvale (id integer); SELECT * FROM no_such_table;');
    await expect(migrate(database.pool, folder)).rejects.toThrow(/002-broken\.sql failed/);
    const { rows } = await database.pool.query("SELECT 1 FROM pg_tables WHERE tablename = 'kelvale' UNION ALL SELECT 1 FROM schema_migrations WHERE name = '002-broken'");
    expect(rows).toEqual([]);
    rmSync(path.join(folder, '002-broken.sql'));
  });
});
