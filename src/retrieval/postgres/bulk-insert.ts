/**
 * Many rows in few statements: each batch travels as one JSON document,
 * `INSERT ... SELECT ... FROM json_to_recordset($1)`. JSON.stringify is the
 * fastest serialiser Node has, and the server parses one document instead of
 * one array literal per column: measured on Reuters units, 2-3x faster than
 * `unnest($1::text[], ...)` (whose element quoting dominates for JSON
 * values), with no dependency beyond `pg` (COPY would need a stream library
 * and escaping of our own).
 */
import type { PoolClient } from './pool.js';

export interface Column<Row> {
  name: string;
  /** The PostgreSQL type of one value (text, integer, boolean, json, text[]). */
  type: string;
  value: (row: Row) => unknown;
}

/** Rows per statement: large enough to amortise a round trip, small enough to keep one message a few MB. */
export const BATCH_ROWS = 2_000;

function insertSql(table: string, columns: readonly Column<never>[]): string {
  const names = columns.map((column) => column.name).join(', ');
  const types = columns.map((column) => `${column.name} ${column.type}`).join(', ');
  return `INSERT INTO ${table} (${names}) SELECT ${names} FROM json_to_recordset($1::json) AS input (${types})`;
}

/** Inserts `rows` into `table` in batches of BATCH_ROWS. */
export async function insertRows<Row>(client: PoolClient, table: string, columns: readonly Column<Row>[], rows: readonly Row[]): Promise<void> {
  const sql = insertSql(table, columns as readonly Column<never>[]);
  for (let from = 0; from < rows.length; from += BATCH_ROWS) {
    const batch = rows.slice(from, from + BATCH_ROWS).map((row) => {
      const record: Record<string, unknown> = {};
      for (const column of columns) record[column.name] = column.value(row);
      return record;
    });
    await client.query(sql, [JSON.stringify(batch)]);
  }
}
