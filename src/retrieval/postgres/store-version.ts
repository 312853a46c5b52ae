/**
 * A hash of the PostgreSQL store's own code (this folder: how tables are
 * written, the search tables included). Units do not depend on it (codeVersion
 * leaves it out), but the corpus-wide tables do: a change rewrites them at the
 * next ingest without attributing any article again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FOLDER = path.dirname(fileURLToPath(import.meta.url));

export function storeCodeVersion(): string {
  const hash = createHash('sha256');
  const files = readdirSync(FOLDER, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(?:ts|js|sql)$/.test(file)).sort();
  for (const file of files) hash.update(file).update(readFileSync(path.join(FOLDER, file)));
  return hash.digest('hex').slice(0, 32);
}
