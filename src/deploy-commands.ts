/**
 * `npm run deploy-commands` (and in the image, `node dist/deploy-commands.js`):
 * registers the slash commands with Discord, in the DISCORD_GUILD_ID server if
 * set (instant), otherwise globally. It lives in src/ so the build compiles it
 * into dist/ and the runtime image, without development dependencies, has it.
 * Exit code 0 when registered, 1 when Discord refused, 2 for a bad setting.
 */
import { deployCommands } from './discord/deploy.js';
import { createLogger } from './logging/logger.js';
import { loadEnvFile } from './settings/env-file.js';
import { readSettings, SettingsError } from './settings/settings.js';

async function main(): Promise<number> {
  loadEnvFile();
  try {
    const settings = readSettings(process.env);
    const log = createLogger(settings);
    if (!settings.discord) {
      process.stderr.write('DISCORD_TOKEN is not set: put the bot token in .env (see .env.example), or pass it to the container (docker run --env-file .env)\n');
      return 2;
    }
    await deployCommands(settings.discord, log);
    return 0;
  } catch (error) {
    if (error instanceof SettingsError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    process.stderr.write(`could not register the commands: ${(error as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main();
