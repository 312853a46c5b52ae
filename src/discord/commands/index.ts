/** The slash commands, each a module exporting its JSON (`data`) and its handler (`execute`). */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { CommandExecute } from '../handling/execute.js';
import * as ask from './ask.js';
import * as help from './help.js';
import * as quotes from './quotes.js';
import * as sources from './sources.js';
import * as whoSaid from './who-said.js';

export interface SlashCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute: CommandExecute;
}

export const SLASH_COMMANDS: ReadonlyMap<string, SlashCommand> = new Map(
  [ask, whoSaid, quotes, sources, help].map((command) => [command.data.name, command]),
);
