/**
 * Every command the bot registers, in one table: what Discord is told
 * (`data`) and what answers it (`execute`). The slash commands come from the
 * definitions the console shares (src/commands/definitions.ts) and all run
 * through one function (src/commands/run.ts); the message context-menu
 * command is Discord's own, and says here what it stands for.
 * `npm run deploy-commands` registers `data`; the interaction handler looks
 * an interaction up by its type and name and calls `execute`.
 */
import {
  ApplicationCommandType,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { COMMANDS } from '../../commands/definitions.js';
import { renderNotice } from '../../render/discord.js';
import type { BotContext } from '../handling/context.js';
import { answerCommand, executeCommand } from '../handling/execute.js';
import { sendPrivately } from '../handling/respond.js';
import { statementOfMessage } from '../interactions/message-text.js';
import { messageCommandJson, slashCommandJson } from '../slash.js';

export type DiscordCommand =
  | { type: ApplicationCommandType.ChatInput; data: RESTPostAPIApplicationCommandsJSONBody; execute: (interaction: ChatInputCommandInteraction, context: BotContext) => Promise<void> }
  | { type: ApplicationCommandType.Message; data: RESTPostAPIApplicationCommandsJSONBody; execute: (interaction: MessageContextMenuCommandInteraction, context: BotContext) => Promise<void> };

/** The name on a message's Apps menu. */
export const WHO_SAID_THIS = 'Who said this?';

/**
 * "Who said this?" on any message: /who-said with the message's words
 * (mentions, links and markdown stripped; a quotation in it taken alone; a
 * long one cut at a sentence). Answered privately: the one who asks may not
 * want the channel to see it, and can share it.
 */
async function whoSaidThis(interaction: MessageContextMenuCommandInteraction, context: BotContext): Promise<void> {
  const message = interaction.targetMessage;
  // A message of embeds only (a news feed's post) is looked up by its embed's text, else its title.
  const embed = message.embeds[0];
  const statement = statementOfMessage(message.content) || statementOfMessage(embed?.description ?? '') || statementOfMessage(embed?.title ?? '');
  if (!statement) {
    await sendPrivately(interaction, context.log, renderNotice('This message has no words to look up (only mentions, links, emoji or attachments). Try /who-said with the words instead.'));
    return;
  }
  await answerCommand(interaction, context, 'who-said', { statement, private: true });
}

export const DISCORD_COMMANDS: readonly DiscordCommand[] = [
  ...COMMANDS.map((definition): DiscordCommand => ({ type: ApplicationCommandType.ChatInput, data: slashCommandJson(definition.name), execute: executeCommand(definition.name) })),
  { type: ApplicationCommandType.Message, data: messageCommandJson(WHO_SAID_THIS), execute: whoSaidThis },
];

const key = (type: ApplicationCommandType, name: string): string => `${type}:${name}`;
const BY_KEY = new Map(DISCORD_COMMANDS.map((command) => [key(command.type, command.data.name), command]));

/** The JSON `deploy-commands` registers: every command in the table. */
export function commandsJson(): RESTPostAPIApplicationCommandsJSONBody[] {
  return DISCORD_COMMANDS.map((command) => command.data);
}

/** Runs the command an interaction names; false when the table has none (an old registration). */
export async function dispatchCommand(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction, context: BotContext): Promise<boolean> {
  const command = BY_KEY.get(key(interaction.commandType, interaction.commandName));
  if (!command) return false;
  if (command.type === ApplicationCommandType.ChatInput && interaction.isChatInputCommand()) await command.execute(interaction, context);
  else if (command.type === ApplicationCommandType.Message && interaction.isMessageContextMenuCommand()) await command.execute(interaction, context);
  else return false;
  return true;
}
