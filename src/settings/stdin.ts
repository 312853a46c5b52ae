import { fstatSync } from 'node:fs';
import { isatty } from 'node:tty';
import type { StdinKind } from './settings.js';

/**
 * What file descriptor `fd` (stdin by default) is, for the main job's choice
 * between the bot and the offline console (see ReadOptions in settings.ts).
 * A pipe or a file counts as input even when empty: `printf '' | npm start`
 * answers nothing and exits 0. Closed, or a character device that is not a
 * terminal (/dev/null, what `docker run` without -i gives), counts as none.
 */
export function stdinKind(fd = 0): StdinKind {
  let stats;
  try {
    stats = fstatSync(fd);
  } catch {
    return 'none';
  }
  if (isatty(fd)) return 'terminal';
  if (stats.isFIFO() || stats.isSocket()) return 'pipe';
  if (stats.isFile()) return 'file';
  return 'none';
}
