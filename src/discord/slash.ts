/**
 * Application-command JSON: slash commands from the command definitions, and
 * message context-menu commands; every one usable in servers, in DMs with the
 * bot and in private channels, by server and by user install.
 */
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { commandNamed, type CommandName } from '../commands/definitions.js';

/** Where the commands can be used: servers, DMs with the bot, group DMs and other DMs. */
export const CONTEXTS = [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel] as const;
/** How the app can be installed: to a server, or to a user's account. */
export const INTEGRATION_TYPES = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall] as const;

export function slashCommandJson(name: CommandName): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const definition = commandNamed(name);
  if (!definition) throw new Error(`no command named ${name}`);
  const builder = new SlashCommandBuilder()
    .setName(definition.name)
    .setDescription(definition.description)
    .setContexts(...CONTEXTS)
    .setIntegrationTypes(...INTEGRATION_TYPES);
  for (const option of definition.options) {
    if (option.type === 'boolean') {
      builder.addBooleanOption((o) => o.setName(option.name).setDescription(option.description).setRequired(option.required));
    } else {
      builder.addStringOption((o) => {
        o.setName(option.name).setDescription(option.description).setRequired(option.required).setAutocomplete(option.autocomplete ?? false);
        if (option.maxLength) o.setMaxLength(option.maxLength);
        if (option.choices) o.addChoices(...option.choices.map((choice) => ({ name: choice, value: choice })));
        return o;
      });
    }
  }
  return builder.toJSON();
}

/** A command on a message's "Apps" menu (no options: the message is what it acts on). */
export function messageCommandJson(name: string): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return new ContextMenuCommandBuilder()
    .setName(name)
    .setType(ApplicationCommandType.Message)
    .setContexts(...CONTEXTS)
    .setIntegrationTypes(...INTEGRATION_TYPES)
    .toJSON();
}
