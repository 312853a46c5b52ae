/**
 * The offline console: the bot's commands on a terminal, answers as text with
 * links. On a terminal it prompts; with piped input it answers each line and
 * ends with the input.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { runCommand } from '../commands/run.js';
import type { HelpContent } from '../commands/help.js';
import { renderText } from '../render/text.js';
import type { Coverage } from '../retrieval/coverage.js';
import { parseConsoleLine } from './parse.js';

export const CONNECT_HINT =
  'Offline console: no DISCORD_TOKEN is set. To run the Discord bot, put DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see .env.example), run `npm run deploy-commands` once, then `npm start`.';

export function renderHelpText(help: HelpContent): string {
  return [
    help.title,
    '',
    help.intro,
    '',
    ...help.commands.map((c) => `  ${c.usage.padEnd(40)} ${c.what}`),
    '',
    'Examples:',
    ...help.examples.map((e) => `  ${e}`),
    '',
    'In this console, a line without a slash is a question for /ask.',
    '',
  ].join('\n');
}

/** Answers one console line. */
export function answerLine(coverage: Coverage, line: string): string {
  const parsed = parseConsoleLine(line);
  if ('error' in parsed) return `${parsed.error}\n`;
  const result = runCommand(coverage, parsed.name, parsed.values);
  return result.kind === 'help' ? renderHelpText(result.help) : renderText(result.answer);
}

export interface ConsoleOptions {
  coverage: Coverage;
  input: Readable;
  output: Writable;
  /** Where the hint about Discord goes: the terminal, or stderr when output is piped. */
  notices: Writable;
  interactive: boolean;
}

/** Runs until the input ends (or `close` is called); resolves then. */
export function runConsole(options: ConsoleOptions): { done: Promise<void>; close: () => void } {
  const { coverage, input, output, notices, interactive } = options;
  notices.write(`${CONNECT_HINT}\n`);
  const lines = createInterface({ input, ...(interactive ? { output, prompt: 'quotewire> ' } : {}), crlfDelay: Infinity, terminal: interactive });
  if (interactive) {
    output.write('Type /help for the commands, or ask a question. Ctrl+D or Ctrl+C to leave.\n');
    lines.prompt();
  }
  lines.on('line', (line) => {
    if (line.trim() !== '') output.write(`${answerLine(coverage, line)}\n`);
    if (interactive) lines.prompt();
  });
  const done = new Promise<void>((resolve) => lines.on('close', resolve));
  return { done, close: () => lines.close() };
}
