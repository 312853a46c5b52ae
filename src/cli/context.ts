import type { Logger } from '../logging/logger.js';
import type { Settings } from '../settings/settings.js';

/** What a command gets: its arguments, where to write, and the logger. */
export interface CommandContext {
  /** Arguments after the command name, global options removed. */
  args: string[];
  json: boolean;
  corpusPaths: string[];
  out: (text: string) => void;
  log: Logger;
  settings: Settings;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run: (context: CommandContext) => number | Promise<number>;
}

/** A wrong call of the CLI: the message is shown with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
