import { describe, expect, it } from 'vitest';
import { databaseUrlProblem, redactDatabaseUrl, withoutSecrets } from '../../../src/retrieval/postgres/database-url.js';
import { checkConnection, createPool, DatabaseUnreachableError } from '../../../src/retrieval/postgres/pool.js';
import { readSettings, SettingsError } from '../../../src/settings/settings.js';

const SECRET = 'kelvale-harbour-42';

describe('DATABASE_URL', () => {
  it('is read into the settings when it is a postgres:// address', () => {
    const url = `postgres://bot:${SECRET}@127.0.0.1:5432/quotewire`;
    expect(readSettings({ DATABASE_URL: ` ${url} ` }).databaseUrl).toBe(url);
    expect(readSettings({ DATABASE_URL: 'postgresql://127.0.0.1/quotewire' }).databaseUrl).toBe('postgresql://127.0.0.1/quotewire');
    expect(readSettings({ DATABASE_URL: '  ' }).databaseUrl).toBeNull();
  });

  it.each([
    [`mysql://bot:${SECRET}@127.0.0.1/quotewire`, /not a PostgreSQL address \(it starts with "mysql:"/],
    [`bot:${SECRET} at the harbour`, /not an address \(it holds \d+ characters, not shown\)/],
    [`postgres://bot:${SECRET}@127.0.0.1:5432/`, /names no database/],
  ])('refuses %#, saying why without the password', (url, reason) => {
    let caught: unknown;
    try {
      readSettings({ DATABASE_URL: url });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SettingsError);
    const message = (caught as SettingsError).message;
    expect(message).toMatch(reason);
    expect(message).not.toContain(SECRET);
  });

  it('is shown with its password and query values hidden', () => {
    expect(redactDatabaseUrl(`postgres://bot:${SECRET}@db.local:5432/quotewire?sslmode=require`)).toBe('postgres://bot:***@db.local:5432/quotewire?sslmode=***');
    expect(redactDatabaseUrl('postgres://db.local/quotewire')).toBe('postgres://db.local/quotewire');
    expect(redactDatabaseUrl(`bot:${SECRET}`)).not.toContain(SECRET);
    expect(withoutSecrets(`failed for postgres://bot:${SECRET}@db.local/q (password ${SECRET})`, `postgres://bot:${SECRET}@db.local/q`)).not.toContain(SECRET);
    expect(databaseUrlProblem('postgres://db.local/quotewire')).toBeNull();
  });

  it('that cannot be reached gives an error naming the server, without the password', async () => {
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    const url = `postgres://bot:${SECRET}@127.0.0.1:1/quotewire`;
    const pool = createPool(url);
    try {
      const failure = checkConnection(pool, url);
      await expect(failure).rejects.toThrow(DatabaseUnreachableError);
      const message = await failure.catch((error: Error) => error.message);
      expect(message).toContain('cannot connect to PostgreSQL at postgres://bot:***@127.0.0.1:1/quotewire');
      expect(message).toMatch(/ECONNREFUSED/);
      expect(message).not.toContain(SECRET);
    } finally {
      await pool.end();
    }
  });
});
