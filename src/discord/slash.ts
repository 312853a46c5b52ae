/**
 * Slash-command JSON from the command definitions: usable in servers, in DMs
 * with the bot and in private channels, by server and by user install.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { commandNamed, type CommandName } from '../commands/definitions.js';

export function slashCommandJson(name: CommandName): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const definition = commandNamed(name);
  if (!definition) throw new Error(`no command named ${name}`);
  const builder = new SlashCommandBuilder()
    .setName(definition.name)
    .setDescription(definition.description)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall);
  for (const option of definition.options) {
    if (option.type === 'boolean') {
      builder.addBooleanOption((o) => o.setName(option.name).setDescription(option.description).setRequired(option.required));
    } else {
      builder.addStringOption((o) => {
        o.setName(option.name).setDescription(option.description).setRequired(option.required).setAutocomplete(option.autocomplete ?? false);
        if (option.maxLength) o.setMaxLength(option.maxLength);
        return o;
      });
    }
  }
  return builder.toJSON();
}
