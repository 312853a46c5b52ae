/**
 * The gateway bot: discord.js with the Guilds intent only (no privileged
 * intents), empty allowed mentions on everything it sends, and every
 * interaction passed to one handler. `stop()` is bounded in every state:
 * it stops accepting, lets answers in flight finish for a few seconds, and
 * closes the gateway with 1000 even when READY never came.
 */
import { Client, Events, GatewayIntentBits, type GatewayDispatchPayload } from 'discord.js';
import type { BotMetrics } from '../health/metrics.js';
import type { Logger } from '../logging/logger.js';
import type { Coverage } from '../retrieval/coverage.js';
import type { Settings, DiscordSettings } from '../settings/settings.js';
import type { BotContext } from './handling/context.js';
import { dropMalformedInteraction } from './handling/guard.js';
import { handleInteraction } from './handling/interaction.js';
import { PageRequestMemory } from './interactions/page-id.js';
import { RateLimiter } from './rate-limit.js';
import { collectYoungSoon } from '../settings/young-collection.js';

export interface Bot {
  client: Client;
  /** Resolves once the gateway says READY. */
  ready: Promise<void>;
  /** Interactions being answered now. */
  /**
   * Stops accepting interactions, waits up to `graceMs` for those in flight,
   * then closes the gateway (code 1000), waiting at most `closeMs` for it.
   * Resolves in every state (before READY too); never rejects.
   */
  stop(timing?: StopTiming): Promise<void>;
  /** Answers from `coverage` from now on; answers under way finish on the one they began with. */
  setCoverage(coverage: Coverage): void;
}

export interface StopTiming {
  graceMs?: number;
  closeMs?: number;
}

/** Defaults that keep a whole stop under the 5 s a supervisor usually allows. */
export const STOP_GRACE_MS = 2500;
export const STOP_CLOSE_MS = 1500;
const BEFORE_READY_CLOSE_MS = 300;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

export interface BotOptions {
  discord: DiscordSettings;
  rateLimit: Settings['rateLimit'];
  coverage: Coverage;
  log: Logger;
  /** Counters for `/metrics`, when served. */
  metrics?: BotMetrics | null;
  /** Answers over more articles than this are deferred before they are computed. */
  deferAboveArticles?: number;
  /** Whether the corpus is watched (CORPUS_WATCH): an answer that read across an ingest waits for the new coverage. */
  followed?: boolean;
  /** Called when the bot cannot serve at all (the login failed): the main job lets go of what keeps it alive. */
  onFatal?: () => void;
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
    followed: options.followed ?? false,
    pageRequests: new PageRequestMemory(),
    metrics: options.metrics ?? null,
  };
  const ready = new Promise<void>((resolve) => {
    client.once(Events.ClientReady, (c) => {
      log.info({ user: c.user.tag, shards: c.ws.shards.size }, `connected to Discord as ${c.user.tag}`);
      resolve();
    });
  });
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  // Before discord.js builds an interaction from the packet: one it cannot build (neither `user` nor `member`)
  // would throw inside its gateway handler, so the guard answers it, logs it and keeps discord.js from seeing it.
  client.on(Events.Raw, (packet: GatewayDispatchPayload) => dropMalformedInteraction(packet, client, log, context.metrics));
  client.on(Events.InteractionCreate, (interaction) => {
    if (stopping) {
      log.info({ interactionId: interaction.id }, 'interaction arrived while shutting down; not answered');
      return;
    }
    const work = handleInteraction(interaction, context).finally(() => {
      inFlight.delete(work);
      // Only when no other answer is under way: a collection would delay it (one answering from PostgreSQL waits on the database between steps).
      collectYoungSoon(() => inFlight.size === 0);
    });
    inFlight.add(work);
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'Discord client error'));
  client.on(Events.Warn, (message) => log.warn(message));
  // While stopping, a shard's socket closing (discord.js reports it as reconnecting) counts it as closed.
  const closedShards = new Set<number>();
  let onShardClosed: (() => void) | null = null;
  const shardClosed = (shard: number): void => {
    closedShards.add(shard);
    onShardClosed?.();
  };
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (stopping) return shardClosed(shard);
    log.warn({ shard, code: event.code }, 'gateway connection closed');
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (stopping) return shardClosed(shard);
    context.metrics?.gatewayReconnects.inc();
    log.info({ shard }, 'reconnecting to the gateway');
  });
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway session resumed'));
  client.login(discord.token).catch((error: unknown) => {
    if (stopping) return; // destroyed while logging in: not a failure
    log.fatal({ err: error }, `could not log in to Discord: ${(error as Error).message}`);
    process.exitCode = 1;
    options.onFatal?.();
  });
  let stopped: Promise<void> | null = null;
  const stop = async ({ graceMs = STOP_GRACE_MS, closeMs = STOP_CLOSE_MS }: StopTiming = {}): Promise<void> => {
    stopping = true;
    if (inFlight.size > 0) {
      log.info({ inFlight: inFlight.size }, 'waiting for answers in flight');
      const finished = await Promise.race([Promise.allSettled([...inFlight]).then(() => true), sleep(graceMs).then(() => false)]);
      if (!finished) log.warn({ abandoned: inFlight.size }, `abandoned ${inFlight.size} answer(s) still in flight after ${graceMs} ms`);
    }
    // Resolves as soon as every socket has closed (with 1000), and the wait is bounded.
    // Before READY, discord.js's destroy() sends the close (1000) at once but may never settle, and its
    // shard reconnects 500 ms after the close: so the wait then is short, well under that half second.
    const waitMs = client.isReady() ? closeMs : Math.min(closeMs, BEFORE_READY_CLOSE_MS);
    const allClosed = new Promise<boolean>((resolve) => {
      onShardClosed = () => {
        if (closedShards.size >= Math.max(1, client.ws.shards.size)) resolve(true);
      };
    });
    const closed = await Promise.race([
      allClosed,
      client.destroy().then(
        () => true,
        (error: unknown) => {
          log.warn({ err: error }, 'error while closing the gateway');
          return true;
        },
      ),
      sleep(waitMs).then(() => false),
    ]);
    if (closed) log.info('disconnected from Discord');
    else if (client.isReady()) log.warn(`the gateway did not confirm the close within ${waitMs} ms; stopping anyway`);
    else log.info('closed the gateway connection before READY');
  };
  return {
    client,
    ready,
    stop: (timing) => (stopped ??= stop(timing)),
    setCoverage: (next) => {
      context.coverage = next;
    },
  };
}
