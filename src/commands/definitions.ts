/**
 * The bot's commands, as data: the same ones in Discord and in the offline
 * console. Transports turn these into slash-command JSON or console syntax.
 */
export type CommandName = 'ask' | 'who-said' | 'quotes' | 'sources' | 'about' | 'help' | 'coverage' | 'compare';

/** How a list answer comes back: as the message itself, or as a file beside it. */
/** The longest question or statement a command takes (and a message's words are cut to, for "Who said this?"). */
export const STATEMENT_MAX = 400;

export const FORMATS = ['text', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface CommandOption {
  name: string;
  description: string;
  type: 'string' | 'boolean';
  required: boolean;
  autocomplete?: boolean;
  maxLength?: number;
  /** The only values the option takes (Discord offers them as a menu). */
  choices?: readonly string[];
}

export interface CommandDefinition {
  name: CommandName;
  description: string;
  options: CommandOption[];
}

/** Every command takes this: the answer is shown only to the one who asked. */
export const PRIVATE_OPTION: CommandOption = {
  name: 'private',
  description: 'Show the answer only to you',
  type: 'boolean',
  required: false,
};

/** The list answers take this: `csv` or `json` attaches the whole list as a file. */
export const FORMAT_OPTION: CommandOption = {
  name: 'format',
  description: 'text (default), or the whole list as a csv or json file',
  type: 'string',
  required: false,
  choices: FORMATS,
};

export const COMMANDS: readonly CommandDefinition[] = [
  {
    name: 'ask',
    description: 'Ask anything about the coverage: who said what, which outlets reported it',
    options: [{ name: 'question', description: 'Who said …, what did … say about …, which outlets reported …', type: 'string', required: true, maxLength: STATEMENT_MAX }, FORMAT_OPTION, PRIVATE_OPTION],
  },
  {
    name: 'who-said',
    description: 'Find who said something, and which outlets reported it',
    options: [{ name: 'statement', description: 'The words, or their gist', type: 'string', required: true, maxLength: STATEMENT_MAX }, FORMAT_OPTION, PRIVATE_OPTION],
  },
  {
    name: 'quotes',
    description: "A speaker's statements, on a topic or all of them",
    options: [
      { name: 'speaker', description: 'Any name, alias or role the articles give them', type: 'string', required: true, autocomplete: true, maxLength: 100 },
      { name: 'topic', description: 'Only statements about this', type: 'string', required: false, maxLength: 200 },
      FORMAT_OPTION,
      PRIVATE_OPTION,
    ],
  },
  {
    name: 'compare',
    description: 'How each outlet reported a statement: its wording side by side, the figures and words that differ',
    options: [{ name: 'statement', description: 'The words, or their gist', type: 'string', required: true, maxLength: STATEMENT_MAX }, PRIVATE_OPTION],
  },
  {
    name: 'coverage',
    description: 'How a topic was covered: which outlets, how many articles, whom each quoted, and when (a chart)',
    options: [{ name: 'topic', description: 'The topic, in a word or a few', type: 'string', required: true, maxLength: 200 }, PRIVATE_OPTION],
  },
  { name: 'sources', description: 'The articles in the coverage, with their outlets and links', options: [FORMAT_OPTION, PRIVATE_OPTION] },
  { name: 'about', description: 'What the bot holds: articles, outlets, dates, statements, people; its version and uptime', options: [PRIVATE_OPTION] },
  { name: 'help', description: 'What this bot does, with examples', options: [PRIVATE_OPTION] },
];

export function commandNamed(name: string): CommandDefinition | undefined {
  return COMMANDS.find((command) => command.name === name);
}

/** The format a command's values ask for (text when none, or one it does not know). */
export function formatOf(value: unknown): Format {
  return (FORMATS as readonly unknown[]).includes(value) ? (value as Format) : 'text';
}
