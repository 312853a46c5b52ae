/**
 * `npm run deploy-commands`: registers the slash commands with Discord, in the
 * DISCORD_GUILD_ID server if set (instant), otherwise globally.
 */
import { deployCommands } from '../src/discord/deploy.js';
import { createLogger } from '../src/logging/logger.js';
import { loadEnvFile } from '../src/settings/env-file.js';
import { readSettings, SettingsError } from '../src/settings/settings.js';

loadEnvFile();
try {
  const settings = readSettings(process.env);
  const log = createLogger(settings);
  if (!settings.discord) {
    console.error('DISCORD_TOKEN is not set: put the bot token in .env (see .env.example)');
    process.exit(2);
  }
  await deployCommands(settings.discord, log);
} catch (error) {
  console.error(error instanceof SettingsError ? error.message : `could not register the commands: ${(error as Error).message}`);
  process.exit(error instanceof SettingsError ? 2 : 1);
}
