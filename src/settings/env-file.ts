import { existsSync } from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { PROJECT_ROOT } from '../corpus/load.js';

/**
 * Loads `.env` from the working folder, else from the project root, into
 * `process.env`. Variables already set in the environment win.
 */
export function loadEnvFile(): string | null {
  for (const folder of [process.cwd(), PROJECT_ROOT]) {
    const file = path.join(folder, '.env');
    if (existsSync(file)) {
      dotenv.config({ path: file, quiet: true });
      return file;
    }
  }
  return null;
}
