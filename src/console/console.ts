/**
 * The offline console: the bot's commands on a terminal, answers as text with
 * links. On a terminal it prompts; with piped input it answers each line and
 * ends with the input.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { aboutLines, type AboutContent } from '../commands/about.js';
import { formatOf, type CommandName } from '../commands/definitions.js';
import { runCommand, type CommandValues } from '../commands/run.js';
import type { HelpContent } from '../commands/help.js';
import { EXPORT_WINDOW, exportCsv, exportJson } from '../render/export.js';
import { windowOfPage } from '../answer/types.js';
import { ARTICLES_PER_PAGE as TEXT_ARTICLES_PER_PAGE, renderText, textPageCount, type TextPaging } from '../render/text.js';
import type { Coverage } from '../retrieval/coverage.js';
import { coverageAfter } from '../retrieval/follow-corpus.js';
import { CoverageChangedError } from '../retrieval/postgres/postgres-coverage.js';
import { settled } from '../retrieval/pending.js';
import { parseConsoleLine } from './parse.js';
import { collectYoungSoon } from '../settings/young-collection.js';

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
    'A long answer comes a page at a time: add page:2 (or any page) to a line, or type /more for the next page.',
    '',
  ].join('\n');
}

export function renderAboutText(about: AboutContent): string {
  const lines = aboutLines(about);
  const width = Math.max(...lines.map((l) => l.label.length)) + 1;
  return [about.title, '', ...lines.map((l) => `  ${`${l.label}:`.padEnd(width)} ${l.value}`), ''].join('\n');
}

/** How the console tells the reader to see page `next`. */
const CONSOLE_PAGES = (next: number): string => `type /more, or ask again with page:${next}`;

/**
 * A console conversation: answers line after line, and remembers the last
 * question so that /more can show its next page.
 */
export class ConsoleSession {
  #last: { name: CommandName; values: CommandValues; page: number } | null = null;
  /** Whether the coverage changed since the last answer (so /more has nothing to page). */
  #stale = false;

  constructor(private coverage: Coverage) {}

  /** Answers from `coverage` from the next line on; the last answer's pages are not paged on another coverage. */
  setCoverage(coverage: Coverage): void {
    this.coverage = coverage;
    if (this.#last) this.#stale = true;
    this.#last = null;
  }

  answer(line: string): string {
    const parsed = parseConsoleLine(line);
    if ('error' in parsed) return `${parsed.error}\n`;
    if ('more' in parsed) {
      if (this.#stale) return 'The articles changed since that answer (the corpus was read again): ask again, then /more pages the new answer.\n';
      if (!this.#last) return 'Nothing to page yet: ask a question first, then /more shows the next page of its answer.\n';
      return this.#ask(this.#last.name, this.#last.values, this.#last.page + 1);
    }
    return this.#ask(parsed.name, parsed.values, parsed.page ?? 1);
  }

  #ask(name: CommandName, values: CommandValues, page: number): string {
    const format = formatOf(values.format);
    const result = runCommand(this.coverage, name, values, format === 'text' ? windowOfPage(page, TEXT_ARTICLES_PER_PAGE) : EXPORT_WINDOW);
    if (result.kind === 'help') return renderHelpText(result.help);
    if (result.kind === 'about') return renderAboutText(result.about);
    // format:csv or format:json prints the whole list as that file would hold it (no byte limit here).
    if (format !== 'text') return (format === 'csv' ? exportCsv : exportJson)(result.answer, { maxBytes: Number.MAX_SAFE_INTEGER }).data.toString('utf8');
    const pages = textPageCount(result.answer);
    if (this.#last && page > pages && name === this.#last.name && values === this.#last.values) {
      return `That was the last page: this answer has ${pages} page${pages === 1 ? '' : 's'}.\n`;
    }
    this.#last = { name, values, page: Math.min(page, pages) };
    this.#stale = false;
    const paging: TextPaging = { page, howToSee: CONSOLE_PAGES };
    return renderText(result.answer, paging);
  }
}

/** Answers one console line, on its own (no /more). */
export function answerLine(coverage: Coverage, line: string): string {
  return new ConsoleSession(coverage).answer(line);
}

export interface ConsoleOptions {
  coverage: Coverage;
  input: Readable;
  output: Writable;
  /** Where the hint about Discord goes: the terminal, or stderr when output is piped. */
  notices: Writable;
  interactive: boolean;
  /** Whether the corpus is watched (CORPUS_WATCH): a line that read across an ingest waits for the new coverage. */
  followed?: boolean;
}

/** Runs until the input ends (or `close` is called); resolves then. */
export function runConsole(options: ConsoleOptions): { done: Promise<void>; close: () => void; setCoverage: (coverage: Coverage) => void } {
  const { coverage, input, output, notices, interactive } = options;
  notices.write(`${CONNECT_HINT}\n`);
  const lines = createInterface({ input, ...(interactive ? { output, prompt: 'quotewire> ' } : {}), crlfDelay: Infinity, terminal: interactive });
  if (interactive) {
    output.write('Type /help for the commands, or ask a question. Ctrl+D or Ctrl+C to leave.\n');
    lines.prompt();
  }
  const session = new ConsoleSession(coverage);
  // The coverage the next line is answered from (CORPUS_WATCH hands on new ones), and the one the session holds.
  let latest = coverage;
  let held = coverage;
  const hold = (): void => {
    if (held === latest) return;
    held = latest;
    session.setCoverage(held);
  };
  /** A line's answer; once more from the new coverage if the database changed under it (an ingest of a watched corpus). */
  const answer = async (line: string): Promise<string> => {
    hold();
    try {
      return await settled(() => session.answer(line));
    } catch (error) {
      if (!(error instanceof CoverageChangedError) || !options.followed) throw error;
      if (!(await coverageAfter(() => latest, held))) throw error;
      hold();
      return settled(() => session.answer(line));
    }
  };
  // Answers may wait on the store: they are chained, so each is written in the order its line came.
  let answered = Promise.resolve();
  lines.on('line', (line) => {
    answered = answered.then(async () => {
      try {
        if (line.trim() !== '') output.write(`${await answer(line)}\n`);
      } catch (error) {
        // One question that cannot be answered (the database went away) is said so; the lines after it still are.
        output.write(`Could not answer that: ${(error as Error).message}\n`);
      } finally {
        if (interactive) lines.prompt();
        collectYoungSoon();
      }
    });
  });
  const done = new Promise<void>((resolve) => lines.on('close', resolve)).then(() => answered);
  // Taken between two answers, never during one: an answer that waits on the store reads one coverage throughout.
  const setCoverage = (next: Coverage): void => {
    latest = next;
  };
  return { done, close: () => lines.close(), setCoverage };
}
