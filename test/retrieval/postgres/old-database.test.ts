import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS_FOLDER } from '../../../src/retrieval/postgres/migrations.js';
import { createPool, type Pool } from '../../../src/retrieval/postgres/pool.js';
import { ARTICLE_COLUMNS, articleOf, type ArticleRow } from '../../../src/retrieval/postgres/records.js';
import { openPostgresCoverage } from '../../../src/retrieval/postgres/postgres-coverage.js';
import { writeSearchIndex } from '../../../src/retrieval/postgres/search-write.js';
import { postgres, postgresSuite, urlOfDatabase } from '../../helpers/postgres.js';

const SERVER = process.env.TEST_DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres';
const created: string[] = [];
const pools: Pool[] = [];

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function database(): Promise<Pool> {
  const name = `quotewire_review_${Date.now()}_${created.length}`;
  await onServer(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  created.push(name);
  const pool = await createPool(urlOfDatabase(name, SERVER));
  pools.push(pool);
  return pool;
}

describe.skipIf(!postgres.reachable)(postgresSuite('opening a database an older version wrote'), () => {
  afterAll(async () => {
    for (const pool of pools) await pool.end();
    for (const name of created) await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('refuses a database whose searches migration 004\'s code wrote, once migrated to 005', async () => {
    const pool = await database();
    const upTo004 = mkdtempSync(path.join(tmpdir(), 'quotewire-review-'));
    for (const file of ['001-core.sql', '002-search.sql', '003-synonyms.sql', '004-context-links.sql']) cpSync(path.join(MIGRATIONS_FOLDER, file), path.join(upTo004, file));
    await migrate(pool, upTo004);
    rmSync(upTo004, { recursive: true });
    await pool.query("INSERT INTO search_indexes (name, fields, document_count, field_length_sums, next_seq) VALUES ('statements', '{text}', 1, '{2}', 1)");
    await pool.query("INSERT INTO search_documents (index_name, id, seq, lengths, terms) VALUES ('statements', 0, 0, '{2}', '''ferry'':1 ''kelvale'':1')");
    await pool.query("INSERT INTO search_terms (index_name, term, length, trigram_key, frequencies, tree_path) VALUES ('statements', 'ferry', 5, 'ferry', '{1}', '{0}'), ('statements', 'kelvale', 7, 'kelvale', '{1}', '{1}')");
    expect(await migrate(pool)).toEqual(['005-postings', '006-postings-blocks', '007-speaker-look-ups', '008-summary-only', '009-article-signatures']);
    await expect(openPostgresCoverage(pool)).rejects.toThrow(/older version.*ingest/);
  });

  it('refuses a database whose postings lists migration 005\'s code wrote (before blocks), once migrated to 006', async () => {
    const pool = await database();
    const upTo005 = mkdtempSync(path.join(tmpdir(), 'quotewire-review-'));
    for (const file of ['001-core.sql', '002-search.sql', '003-synonyms.sql', '004-context-links.sql', '005-postings.sql']) cpSync(path.join(MIGRATIONS_FOLDER, file), path.join(upTo005, file));
    await migrate(pool, upTo005);
    rmSync(upTo005, { recursive: true });
    await pool.query("INSERT INTO search_indexes (name, fields, document_count, field_length_sums, next_seq) VALUES ('statements', '{text}', 1, '{2}', 1)");
    await pool.query("INSERT INTO search_terms (index_name, term, length, trigram_key, frequencies, tree_path) VALUES ('statements', 'ferry', 5, 'ferry', '{1}', '{0}')");
    // One posting as that code wrote it: seq 0, id change 0, frequency 1, field length 2; no block header.
    await pool.query("INSERT INTO search_postings (index_name, term, field, data) VALUES ('statements', 'ferry', 0, '\\x00000102'::bytea)");
    expect(await migrate(pool)).toEqual(['006-postings-blocks', '007-speaker-look-ups', '008-summary-only', '009-article-signatures']);
    await expect(openPostgresCoverage(pool)).rejects.toThrow(/older version.*ingest/);
  });

  it('refuses a database whose speakers migration 005\'s code wrote (no statements counted, no words), once migrated to 007', async () => {
    const pool = await database();
    const upTo005 = mkdtempSync(path.join(tmpdir(), 'quotewire-review-'));
    for (const file of ['001-core.sql', '002-search.sql', '003-synonyms.sql', '004-context-links.sql', '005-postings.sql']) cpSync(path.join(MIGRATIONS_FOLDER, file), path.join(upTo005, file));
    await migrate(pool, upTo005);
    rmSync(upTo005, { recursive: true });
    await pool.query("INSERT INTO entities (id, digest, ordinal, kind, name, aliases, roles, articles, anonymous) VALUES ('person:jane roe', 'x', 0, 'person', 'Jane Roe', '{Jane Roe}', '{mayor}', '{a1}', false)");
    await pool.query("INSERT INTO clusters (key, id, entity, speaker, role, anonymous, kind, text) VALUES ('k0', 0, 'person:jane roe', 'Jane Roe', 'mayor', false, 'direct', 'The ferry to Kelvale will run all winter.')");
    expect(await migrate(pool)).toEqual(['006-postings-blocks', '007-speaker-look-ups', '008-summary-only', '009-article-signatures']);
    await expect(openPostgresCoverage(pool)).rejects.toThrow(/speakers were written by an older version.*ingest/);
  });

  it('reads the articles of a database written before 008 as whole stories, not summaries, with no signature', async () => {
    const pool = await database();
    const upTo007 = mkdtempSync(path.join(tmpdir(), 'quotewire-review-'));
    for (const file of readdirSync(MIGRATIONS_FOLDER).filter((name) => name < '008')) cpSync(path.join(MIGRATIONS_FOLDER, file), path.join(upTo007, file));
    await migrate(pool, upTo007);
    rmSync(upTo007, { recursive: true });
    await pool.query("INSERT INTO articles (id, position, fingerprint, code_version, outlet, wires, text_at_url, resolved) VALUES ('a1', 0, 'f', 'c', 'Kelvale Courier', '{}', true, '{}')");
    expect(await migrate(pool)).toEqual(['008-summary-only', '009-article-signatures']);
    const rows = await pool.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a`);
    expect(rows.rows.map(articleOf)).toEqual([{ id: 'a1', outlet: 'Kelvale Courier', headline: null, url: null, published: null, wires: [], textAtUrl: true, summaryOnly: false, signature: null }]);
  });

  it('opens a fresh database', async () => {
    const pool = await database();
    await migrate(pool);
    await expect(openPostgresCoverage(pool)).resolves.toBeDefined();
  });

  it('opens a database this version wrote whose search documents hold no terms', async () => {
    const pool = await database();
    await migrate(pool);
    const client = await pool.connect();
    try {
      await writeSearchIndex(client, 'statements', [{ id: 0, fields: { text: '' } }], { fields: ['text'] });
    } finally {
      client.release();
    }
    await expect(openPostgresCoverage(pool)).resolves.toBeDefined();
  });
});
