/**
 * Many rows in few statements: one `INSERT ... SELECT * FROM unnest($1, $2, ...)`
 * per batch, one array parameter per column. Far fewer round trips than a
 * row at a time, and no dependency beyond `pg` (COPY would need a stream
 * library and text escaping of our own for a gain we do not need here).
 */
import type { PoolClient } from './pool.js';

export interface Column<Row> {
  name: string;
  /** The PostgreSQL type of one value (text, integer, boolean, jsonb, text[]). */
  type: string;
  value: (row: Row) => unknown;
}

/** Rows per statement: large enough to amortise a round trip, small enough to keep one message a few MB. */
export const BATCH_ROWS = 2_000;

/**
 * The array literal of a text[] value inside an array parameter: unnest cannot
 * take a two-dimensional array of ragged rows, so each text[] travels as its
 * literal in a text array and is cast back.
 */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

/** The SQL of one batch; jsonb and text[] travel as text and are cast back. */
function insertSql(table: string, columns: readonly Column<never>[]): string {
  const carried = (type: string): string => (type === 'jsonb' || type.endsWith('[]') ? 'text' : type);
  const parameters = columns.map((column, at) => `$${at + 1}::${carried(column.type)}[]`).join(', ');
  const names = columns.map((column) => column.name).join(', ');
  const values = columns.map((column) => (carried(column.type) === column.type ? column.name : `${column.name}::${column.type}`)).join(', ');
  return `INSERT INTO ${table} (${names}) SELECT ${values} FROM unnest(${parameters}) AS input (${names})`;
}

/** Inserts `rows` into `table` in batches of BATCH_ROWS. */
export async function insertRows<Row>(client: PoolClient, table: string, columns: readonly Column<Row>[], rows: readonly Row[]): Promise<void> {
  const sql = insertSql(table, columns as readonly Column<never>[]);
  for (let from = 0; from < rows.length; from += BATCH_ROWS) {
    const batch = rows.slice(from, from + BATCH_ROWS);
    const parameters = columns.map((column) =>
      batch.map((row) => {
        const value = column.value(row);
        if (column.type === 'jsonb') return JSON.stringify(value);
        if (column.type.endsWith('[]')) return arrayLiteral(value as string[]);
        return value;
      }),
    );
    await client.query(sql, parameters);
  }
}
