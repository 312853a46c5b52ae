/**
 * The gateway bot: discord.js with the Guilds intent only (no privileged
 * intents), empty allowed mentions on everything it sends, and every
 * interaction passed to one handler.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from '../logging/logger.js';
import type { Coverage } from '../retrieval/coverage.js';
import type { Settings, DiscordSettings } from '../settings/settings.js';
import type { BotContext } from './handling/context.js';
import { handleInteraction } from './handling/interaction.js';
import { PageRequestMemory } from './interactions/page-id.js';
import { RateLimiter } from './rate-limit.js';

export interface Bot {
  client: Client;
  /** Resolves once the gateway says READY. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export interface BotOptions {
  discord: DiscordSettings;
  rateLimit: Settings['rateLimit'];
  coverage: Coverage;
  log: Logger;
  /** Answers over more articles than this are deferred before they are computed. */
  deferAboveArticles?: number;
}

export function createClient(discord: DiscordSettings): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    rest: { api: discord.apiUrl },
  });
}

/** Logs in and starts answering. */
export function startBot(options: BotOptions): Bot {
  const { discord, coverage, log } = options;
  const client = createClient(discord);
  const context: BotContext = {
    coverage,
    log,
    rateLimiter: options.rateLimit ? new RateLimiter(options.rateLimit.count, options.rateLimit.windowSeconds) : null,
    deferAboveArticles: options.deferAboveArticles ?? 2000,
    pageRequests: new PageRequestMemory(),
  };
  const ready = new Promise<void>((resolve) => {
    client.once(Events.ClientReady, (c) => {
      log.info({ user: c.user.tag, shards: c.ws.shards.size }, `connected to Discord as ${c.user.tag}`);
      resolve();
    });
  });
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, context));
  client.on(Events.Error, (error) => log.error({ err: error }, 'Discord client error'));
  client.on(Events.Warn, (message) => log.warn(message));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway connection closed'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'reconnecting to the gateway'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway session resumed'));
  client.login(discord.token).catch((error: unknown) => {
    log.fatal({ err: error }, `could not log in to Discord: ${(error as Error).message}`);
    process.exitCode = 1;
  });
  return {
    client,
    ready,
    stop: async () => {
      await client.destroy();
      log.info('disconnected from Discord');
    },
  };
}
