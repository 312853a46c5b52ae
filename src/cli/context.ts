import type { Logger } from '../logging/logger.js';
import type { Settings } from '../settings/settings.js';

/** What a command gets: its arguments, where to write, and the logger. */
export interface CommandContext {
  /** Arguments after the command name, global options removed. */
  args: string[];
  json: boolean;
  corpusPaths: string[];
  /** Whether --corpus was given (not the settings' corpus). */
  corpusGiven: boolean;
  /** Where `coverage --chart` writes its PNG; the other commands refuse it. */
  chart?: string;
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

/**
 * With DATABASE_URL set, answers come from the database: a --corpus given to
 * a command that answers is refused rather than quietly ignored or ingested.
 */
export function refuseCorpusWithDatabase(context: CommandContext, command: string): void {
  if (context.settings.databaseUrl !== null && context.corpusGiven) {
    throw new UsageError(`with DATABASE_URL set, ${command} answers from the database: ingest the corpus first (npm run cli -- ingest --corpus PATH), then run ${command} without --corpus`);
  }
}

/** A wrong call of the CLI: the message is shown with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
