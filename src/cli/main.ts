/**
 * The command-line interface: `npm run cli -- <command> [options]`.
 * A stable contract for scripts: with `--json`, stdout carries exactly one
 * JSON document (or JSON Lines where a command says so); logs go to stderr.
 */
import { parseArgs } from 'node:util';
import { limitHeapGrowth } from '../settings/heap-growth.js';
import { CorpusError } from '../corpus/load.js';
import { createLogger } from '../logging/logger.js';
import { loadEnvFile } from '../settings/env-file.js';
import { readSettings, SettingsError } from '../settings/settings.js';
import { askCommand } from './commands/ask.js';
import { compareCommand } from './commands/compare.js';
import { coverageCommand } from './commands/coverage.js';
import { duplicatesCommand } from './commands/duplicates.js';
import { ingestCommand } from './commands/ingest.js';
import { quotesCommand } from './commands/quotes.js';
import { sourcesCommand } from './commands/sources.js';
import { UsageError, type Command } from './context.js';
import { describeWarning } from '../corpus/warnings.js';
import { EmptyStoreError } from '../retrieval/open-store.js';
import { MigrationError } from '../retrieval/postgres/migrations.js';
import { DatabaseUnreachableError } from '../retrieval/postgres/pool.js';

const COMMANDS: readonly Command[] = [sourcesCommand, quotesCommand, askCommand, compareCommand, coverageCommand, ingestCommand, duplicatesCommand];

function usage(): string {
  const lines = COMMANDS.map((command) => `  ${command.usage.padEnd(44)} ${command.summary}`);
  return [
    'usage: npm run cli -- <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    'global options:',
    '  --corpus PATH   a folder of articles (.txt/.md, .html pages, RSS/Atom feeds, .csv/.tsv,',
    '                  NITF or NewsML-G2 .xml), a .jsonl archive or one such file;',
    '                  repeat for several (default: the seed articles, or CORPUS_PATHS)',
    '  --json          machine-readable output on stdout',
    '  --help          this text',
    '',
  ].join('\n');
}

/** Runs the CLI; returns the exit code. Writes only through `out` and `err`. */
export async function runCli(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        corpus: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        chart: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    err(`error: ${(error as Error).message}\n\n${usage()}`);
    return 2;
  }
  const [name, ...args] = parsed.positionals;
  if (parsed.values.help || name === undefined || name === 'help') {
    (name === undefined && !parsed.values.help ? err : out)(usage());
    return name === undefined && !parsed.values.help ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    err(`error: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  loadEnvFile();
  let settings;
  try {
    settings = readSettings(process.env);
  } catch (error) {
    if (error instanceof SettingsError) {
      err(`error: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const chart = parsed.values.chart;
  if (chart !== undefined && command !== coverageCommand) {
    err(`error: --chart is for the coverage command\n\nusage: npm run cli -- ${command.usage}\n`);
    return 2;
  }
  const log = createLogger(settings);
  const corpusPaths = parsed.values.corpus ?? settings.corpusPaths;
  try {
    return await command.run({ args, json: parsed.values.json, corpusPaths, corpusGiven: parsed.values.corpus !== undefined, out, log, settings, ...(chart !== undefined ? { chart } : {}) });
  } catch (error) {
    if (error instanceof UsageError) {
      err(`error: ${error.message}\n\nusage: npm run cli -- ${command.usage}\n`);
      return 2;
    }
    if (error instanceof EmptyStoreError || error instanceof DatabaseUnreachableError || error instanceof MigrationError) {
      err(`error: ${error.message}\n`);
      return 1;
    }
    if (error instanceof CorpusError) {
      for (const warning of error.warnings) err(`warning: ${describeWarning(warning)}\n`);
      err(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntryPoint) {
  // As the bot does (src/index.ts): the heap grows to twice what is live, not V8's three or four times, so an ingest's peak stays near what it holds.
  limitHeapGrowth();
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const code = await runCli(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  );
  process.exitCode = code;
}
