/**
 * Registers the commands (slash and context menu): a bulk overwrite in the server named by
 * DISCORD_GUILD_ID (instant, for development), or globally, where the commands
 * also work in DMs and for users who install the app. Run it when commands
 * change, never on every start.
 */
import { REST, Routes } from 'discord.js';
import type { Logger } from '../logging/logger.js';
import type { DiscordSettings } from '../settings/settings.js';
import { commandsJson } from './commands/index.js';
import { guildInstallUrl, userInstallUrl } from './invite.js';

export async function deployCommands(discord: DiscordSettings, log: Logger): Promise<number> {
  if (!discord.clientId) throw new Error('DISCORD_CLIENT_ID is not set: copy the application id from the Developer Portal (General Information) into .env');
  const rest = new REST({ api: discord.apiUrl }).setToken(discord.token);
  const body = commandsJson();
  const route = discord.guildId ? Routes.applicationGuildCommands(discord.clientId, discord.guildId) : Routes.applicationCommands(discord.clientId);
  const registered = (await rest.put(route, { body })) as unknown[];
  log.info({ commands: registered.length, scope: discord.guildId ? `guild ${discord.guildId}` : 'global' }, `registered ${registered.length} commands ${discord.guildId ? `in guild ${discord.guildId}` : 'globally (may take up to an hour to appear)'}`);
  log.info({ guildInstall: guildInstallUrl(discord.clientId), userInstall: userInstallUrl(discord.clientId) }, `add the bot to a server: ${guildInstallUrl(discord.clientId)} ; or to your account: ${userInstallUrl(discord.clientId)}`);
  return registered.length;
}
