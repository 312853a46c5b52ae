/**
 * The connection pool to the coverage database, and the error a caller sees
 * when it cannot be reached: which server (password hidden) and why.
 */
import pg from 'pg';
import { redactDatabaseUrl, withoutSecrets } from './database-url.js';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

export class DatabaseUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUnreachableError';
  }
}

type ConnectCallback = (error: Error | null, client?: pg.Client) => void;

/**
 * A client that forgets the callback it was connected with once it has called it. pg keeps that callback
 * reachable from the connection's listeners for the client's whole life, and the pool's callback reaches
 * the result of the first query the client ran: a pooled client would otherwise hold that result (at open,
 * a whole vocabulary of the search indexes, tens of MB) as long as it is in use.
 */
class ForgetfulClient extends pg.Client {
  override connect(): Promise<pg.Client>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.Client> | void {
    if (!callback) return super.connect();
    let waiting: ConnectCallback | null = callback;
    super.connect((error: Error | null) => {
      const call = waiting;
      waiting = null;
      call?.(error, error ? undefined : this);
    });
  }
}

/** A pool on `url`; nothing connects until first used (see `checkConnection`). */
export function createPool(url: string, options: { max?: number } = {}): Pool {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: 10_000, Client: ForgetfulClient });
  // An idle client's error (the server restarted) would otherwise crash the process: the next query reports it.
  pool.on('error', () => undefined);
  return pool;
}

/** Connects once, so a wrong address, a server down or a refused login fails at start with a clear message. */
export async function checkConnection(pool: Pool, url: string): Promise<void> {
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    const reason = withoutSecrets(error instanceof Error ? error.message || String((error as NodeJS.ErrnoException).code ?? error) : String(error), url);
    throw new DatabaseUnreachableError(`cannot connect to PostgreSQL at ${redactDatabaseUrl(url)}: ${reason}; check DATABASE_URL and that the server is running`);
  }
}
