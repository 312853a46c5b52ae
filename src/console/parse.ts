/**
 * The offline console's syntax, the same commands as in Discord:
 * `/ask <question>`, `/who-said statement:<text>`, `/quotes speaker:<name> topic:<text>`,
 * `/sources`, `/help`. A line without a slash is a question for /ask.
 * The console pages long answers: `page:<n>` on any line asks for that page,
 * and `/more` shows the next page of the last answer.
 */
import { commandNamed, type CommandName } from '../commands/definitions.js';
import type { CommandValues } from '../commands/run.js';

export type ConsoleLine = { name: CommandName; values: CommandValues; page?: number } | { more: true } | { error: string };

/** `page:<n>` anywhere on a line. */
const PAGE = /(?:^|\s)page:\s*(\d{1,4})(?=\s|$)/i;

/**
 * @example parseConsoleLine('/quotes speaker:Jane Roe topic:budget')
 * // { name: 'quotes', values: { speaker: 'Jane Roe', topic: 'budget' } }
 */
export function parseConsoleLine(line: string): ConsoleLine {
  const paged = PAGE.exec(line);
  if (!paged) return parseCommand(line);
  const parsed = parseCommand(`${line.slice(0, paged.index)} ${line.slice(paged.index + paged[0].length)}`);
  const page = Number(paged[1]);
  if ('more' in parsed || 'error' in parsed) return parsed;
  return page >= 1 ? { ...parsed, page } : { error: 'Pages are numbered from 1: page:1 is the first.' };
}

function parseCommand(line: string): ConsoleLine {
  const text = line.trim();
  if (/^\/more$/i.test(text)) return { more: true };
  if (!text.startsWith('/')) return { name: 'ask', values: { question: text } };
  const [word = '', ...rest] = text.slice(1).split(/\s+/);
  const command = commandNamed(word.toLowerCase());
  if (!command) return { error: `There is no /${word} command. Try /help.` };
  const body = rest.join(' ');
  const names = command.options.map((o) => o.name);
  const values: Record<string, string | boolean> = {};
  // "key:value" pairs; a value runs until the next known "key:".
  const marker = new RegExp(`(?:^|\\s)(${names.map((n) => n.replace(/-/g, '\\-')).join('|')}):`, 'gi');
  const found = [...body.matchAll(marker)];
  if (found.length === 0 && body.trim() !== '') {
    const first = command.options.find((o) => o.type === 'string');
    if (first) values[first.name] = body.trim();
  }
  found.forEach((match, index) => {
    const key = (match[1] ?? '').toLowerCase();
    const from = (match.index ?? 0) + match[0].length;
    const to = found[index + 1]?.index ?? body.length;
    const value = body.slice(from, to).trim();
    const option = command.options.find((o) => o.name === key);
    if (option?.type === 'boolean') values[key] = /^(?:true|yes|1)$/i.test(value);
    else values[key] = value;
  });
  for (const option of command.options) {
    const value = values[option.name];
    if (option.choices && typeof value === 'string' && !option.choices.includes(value.toLowerCase())) {
      return { error: `${option.name}: is one of ${option.choices.join(', ')}` };
    }
    if (option.choices && typeof value === 'string') values[option.name] = value.toLowerCase();
  }
  const missing = command.options.filter((o) => o.required && !values[o.name]);
  if (missing.length > 0) {
    return { error: `/${command.name} needs ${missing.map((o) => `${o.name}:<${o.description.toLowerCase()}>`).join(' ')}` };
  }
  return { name: command.name, values };
}
