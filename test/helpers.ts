import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const BBC = path.join(SHARED, 'corpora', 'bbc');
export const REUTERS = path.join(SHARED, 'corpora', 'reuters21578.jsonl');

/** The shared corpora are not part of the repository; tests that need them skip without them. */
export const hasBbc = existsSync(BBC);
export const hasReuters = existsSync(REUTERS);
