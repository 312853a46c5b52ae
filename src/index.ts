/**
 * The main job (`npm start`): the Discord bot when DISCORD_TOKEN is set (under
 * discord.js's ShardingManager when SHARDS is set), otherwise the offline
 * console. Bad settings stop it at once with what to fix; SIGINT and SIGTERM
 * shut it down cleanly.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { runConsole } from './console/console.js';
import { CorpusError } from './corpus/load.js';
import { startBot } from './discord/bot.js';
import { createLogger, type Logger } from './logging/logger.js';
import { openCoverage } from './retrieval/open.js';
import { loadConfigFiles } from './settings/config-files.js';
import { loadEnvFile } from './settings/env-file.js';
import { readSettings, SettingsError, type DiscordSettings, type Settings } from './settings/settings.js';
import { stdinKind } from './settings/stdin.js';

type Stop = () => Promise<void>;

function onShutdown(log: Logger, stop: Stop): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    stop()
      .catch((error: unknown) => log.error({ err: error }, 'error while shutting down'))
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

function coverageFor(settings: Settings, log: Logger) {
  return openCoverage({ corpusPaths: settings.corpusPaths, cacheDir: settings.cacheDir, cacheMinArticles: settings.cacheMinArticles, maxArticleBytes: settings.maxArticleBytes, ...loadConfigFiles(), log }).coverage;
}

async function runShards(settings: Settings, discord: DiscordSettings, log: Logger): Promise<void> {
  // Build (or check) the cached snapshot once here, so every shard starts warm from it.
  coverageFor({ ...settings, cacheMinArticles: 1 }, log);
  const self = fileURLToPath(import.meta.url);
  const manager = new ShardingManager(self, {
    token: discord.token,
    totalShards: discord.shards ?? 'auto',
    execArgv: self.endsWith('.ts') ? ['--import', 'tsx'] : [],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => log.info({ shard: shard.id }, `launched shard ${shard.id}`));
  process.env.CACHE_MIN_ARTICLES = '1';
  await manager.spawn();
  onShutdown(log, async () => {
    for (const shard of manager.shards.values()) shard.kill();
  });
}

async function main(): Promise<number> {
  loadEnvFile();
  let settings: Settings;
  try {
    // The main job's stdin decides whether a missing token is an error (see ReadOptions in settings.ts).
    settings = readSettings(process.env, { mainJob: { stdin: stdinKind() } });
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  const log = createLogger(settings);
  try {
    const { discord } = settings;
    if (discord && discord.shards !== null) {
      await runShards(settings, discord, log);
      return 0;
    }
    const coverage = coverageFor(settings, log);
    if (discord) {
      const bot = startBot({ discord, rateLimit: settings.rateLimit, coverage, log });
      onShutdown(log, bot.stop);
      return 0;
    }
    const session = runConsole({
      coverage,
      input: process.stdin,
      output: process.stdout,
      notices: process.stdin.isTTY ? process.stdout : process.stderr,
      interactive: process.stdin.isTTY === true,
    });
    onShutdown(log, async () => session.close());
    await session.done;
    return 0;
  } catch (error) {
    if (error instanceof CorpusError) {
      log.fatal({ warnings: error.warnings.length }, error.message);
      return 1;
    }
    throw error;
  }
}

const isEntryPoint = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntryPoint) {
  main().then(
    (code) => {
      if (code !== 0) process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`fatal: ${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
