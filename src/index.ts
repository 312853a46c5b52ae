/**
 * The main job (`npm start`): the Discord bot when DISCORD_TOKEN is set (under
 * discord.js's ShardingManager when SHARDS is set), otherwise the offline
 * console. Bad settings stop it at once with what to fix; SIGINT and SIGTERM
 * shut it down cleanly and within 5 s in every state (before READY, while
 * answering, sharded): exit 0 once the gateway is closed with 1000, exit 1
 * only when the deadline forced it. An unexpected error is logged and the
 * bot keeps serving.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { warmUp } from './answer/warm-up.js';
import { runConsole } from './console/console.js';
import { CorpusError, DEFAULT_CORPUS } from './corpus/load.js';
import { startBot, STOP_CLOSE_MS, STOP_GRACE_MS } from './discord/bot.js';
import type { BotMetrics } from './health/metrics.js';
import { startHealthServer, type HealthServer } from './health/server.js';
import { createLogger, type Logger } from './logging/logger.js';
import type { CorpusWatch } from './retrieval/corpus-watch.js';
import type { Coverage } from './retrieval/coverage.js';
import { followCorpus } from './retrieval/follow-corpus.js';
import { followFeeds, type FeedFollower } from './feeds/follow-feeds.js';
import { EmptyStoreError, openStore, type OpenedStore } from './retrieval/open-store.js';
import { MigrationError } from './retrieval/postgres/migrations.js';
import { DatabaseUnreachableError } from './retrieval/postgres/pool.js';
import { loadConfigFiles } from './settings/config-files.js';
import { loadEnvFile } from './settings/env-file.js';
import { collectorOf, keepHeapNearLive, limitHeapGrowth } from './settings/heap-growth.js';
import { readSettings, SettingsError, type DiscordSettings, type Settings } from './settings/settings.js';
import { stdinKind } from './settings/stdin.js';

type Stop = () => Promise<void>;

/** Past this, a shutdown that has not finished exits anyway (status 1): supervisors allow about 5 s. */
export const SHUTDOWN_DEADLINE_MS = STOP_GRACE_MS + STOP_CLOSE_MS + 500;

interface Shutdown {
  /** What a signal runs before exiting; until one is set, a signal exits at once (nothing is open yet). */
  setStop(stop: Stop): void;
  readonly stopping: boolean;
}

/**
 * SIGINT and SIGTERM, installed once before anything opens. A repeated signal
 * (a terminal's Ctrl-C reaches npm and the bot both, and npm forwards it) is ignored;
 * the deadline bounds the wait.
 */
function installShutdown(log: Logger): Shutdown {
  let stop: Stop | null = null;
  let stopping = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log.info({ signal }, 'already shutting down');
      return;
    }
    stopping = true;
    log.info({ signal }, 'shutting down');
    setTimeout(() => {
      log.error(`shutdown did not finish within ${SHUTDOWN_DEADLINE_MS} ms; exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    Promise.resolve()
      .then(() => stop?.())
      .catch((error: unknown) => log.error({ err: error }, 'error while shutting down'))
      .finally(() => {
        log.info('stopped');
        process.exit(0);
      });
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    setStop: (next) => {
      stop = next;
    },
    get stopping() {
      return stopping;
    },
  };
}

/**
 * The process-level guard. Interaction failures are caught where they happen (with the
 * interaction id); what escapes them is logged here with its context and the bot keeps
 * serving: its state is the read-only coverage plus per-interaction work, so one failed
 * callback or packet does not poison the others, while exiting would let one hostile
 * payload restart-loop the bot.
 */
function installGuards(log: Logger): void {
  process.on('unhandledRejection', (reason: unknown) => {
    log.error({ err: reason, kind: 'unhandledRejection' }, `unexpected error (kept serving): ${reason instanceof Error ? reason.message : String(reason)}`);
  });
  process.on('uncaughtException', (error: Error, origin: string) => {
    log.error({ err: error, kind: origin }, `unexpected error (kept serving): ${error.message}`);
  });
}

/**
 * The store the settings choose. A database is ingested into when CORPUS_PATHS names a corpus, by the top process
 * only (shards open what it stored); without one it answers from what it holds.
 */
async function storeFor(settings: Settings, log: Logger): Promise<OpenedStore> {
  const store = await openStore({
    corpusPaths: settings.corpusPaths, cacheDir: settings.cacheDir, cacheMinArticles: settings.cacheMinArticles, maxArticleBytes: settings.maxArticleBytes, ...loadConfigFiles(), log,
    databaseUrl: settings.databaseUrl,
    ingest: settings.corpusPaths.length > 0 && !process.env.SHARDING_MANAGER,
    followed: settings.corpusWatch && !process.env.SHARDING_MANAGER,
    // A feeds' folder is empty until their pages come: the embedded store opens it so when it is the whole corpus (a
    // corpus named beside it that cannot be read is refused, as ever; a database's ingest of nothing would remove every article).
    emptyAllowed: settings.feeds !== null && settings.databaseUrl === null && settings.corpusPaths.every((given) => given === settings.feeds?.folder),
  });
  if (store.coverage.articleCount === 0) log.warn('no article yet: the feeds\' pages are taken in as they are fetched; until then every question is answered "not found"');
  // Set once the store is open (an ingest at start allocates freely): from here on the process holds little.
  if (store.store === 'postgres' && keepHeapNearLive()) log.debug('heap kept near what is live (PostgreSQL store)');
  return store;
}

/**
 * With FEEDS set, the feeds followed into their folder, which joins the corpus (is the corpus, when none is
 * named), watched: the settings to serve with. Not under sharding (runShards says so).
 */
function startFeeds(settings: Settings, log: Logger): { follower: FeedFollower; settings: Settings } | null {
  const { feeds } = settings;
  if (!feeds || process.env.SHARDING_MANAGER) return null;
  const follower = followFeeds({ feeds: feeds.urls, folder: feeds.folder, intervalMs: feeds.intervalSeconds * 1000, log, maxBytes: settings.maxArticleBytes });
  return { follower, settings: { ...settings, corpusPaths: [...settings.corpusPaths, feeds.folder], corpusWatch: true } };
}

/** How long the job waits for the feeds' first round before it opens the store (the rest comes as it is fetched). */
const FIRST_ROUND_MS = 30_000;

/**
 * The feeds' first round, waited for at most FIRST_ROUND_MS: a slow site must not keep the bot from starting.
 * Returns the round when it goes on past that (its pages, some saved before the watch listens, are read when it ends).
 */
async function firstRound(follower: FeedFollower, log: Logger): Promise<{ rest: Promise<unknown> } | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), FIRST_ROUND_MS)));
  const round = follower.poll().then(() => 'done' as const, (error: unknown) => {
    log.error({ err: error }, `following the feeds failed: ${(error as Error).message}`);
    return 'done' as const;
  });
  const first = await Promise.race([round, late]);
  clearTimeout(timer);
  if (first !== 'late') return null;
  log.warn(`the feeds' first round took over ${FIRST_ROUND_MS / 1000} s; it goes on while the bot starts, its pages taken in as they come`);
  // In an object: an async function returning the promise itself would wait for it.
  return { rest: round };
}

/** With CORPUS_WATCH=on, the corpus (the seeds when none is named) watched and each new coverage handed to `use`. */
function follow(settings: Settings, store: OpenedStore, log: Logger, use: (coverage: Coverage) => void): CorpusWatch | null {
  if (!settings.corpusWatch) return null;
  // Shards would each read and store the same changes at once: under sharding, a restart takes them in (runShards says so).
  if (process.env.SHARDING_MANAGER) return null;
  return followCorpus(store, settings.corpusPaths.length > 0 ? settings.corpusPaths : [DEFAULT_CORPUS], log, use);
}

/** Warms answering up (answer/warm-up.ts) while the job waits for its first question. */
function warmUpInBackground(coverage: Coverage, log: Logger, stopped: () => boolean): void {
  void warmUp(coverage, { log, stopped }).then(({ answered, ms }) => log.debug({ answered, ms }, `answering warmed up: ${answered} questions in ${ms} ms`));
}

/** Stops every shard process (SIGTERM: each closes its own gateway) and waits for them, killing stragglers. */
async function stopShards(manager: ShardingManager, log: Logger): Promise<void> {
  const exits: Promise<unknown>[] = [];
  // discord.js forgets a shard's process once it is asked to stop: the processes are kept here to kill stragglers.
  const children: ChildProcess[] = [];
  for (const shard of manager.shards.values()) {
    const child = shard.process;
    if (!child || child.exitCode !== null || child.signalCode !== null) continue;
    children.push(child);
    exits.push(once(child, 'exit'));
    shard.kill(); // no respawn
  }
  const waitMs = SHUTDOWN_DEADLINE_MS - 300;
  const done = await Promise.race([Promise.all(exits).then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), waitMs).unref())]);
  if (!done) log.warn(`a shard did not stop within ${waitMs} ms; killing it`);
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** What `/healthz` reports: filled in as the bot comes up. */
interface Health {
  coverageLoaded: boolean;
  gatewayReady: () => boolean;
  server: HealthServer | null;
  metrics: BotMetrics | null;
}

function readiness(health: Health, shutdown: Shutdown): string | null {
  if (shutdown.stopping) return 'shutting down';
  if (!health.coverageLoaded) return 'loading the coverage';
  if (!health.gatewayReady()) return 'connecting to the gateway';
  return null;
}

async function runShards(settings: Settings, discord: DiscordSettings, log: Logger, shutdown: Shutdown, health: Health): Promise<void> {
  if (settings.corpusWatch) log.warn('CORPUS_WATCH is not followed under sharding (SHARDS): restart the bot to take in changes to the corpus');
  if (settings.feeds) log.warn('FEEDS are not followed under sharding (SHARDS): run the bot without SHARDS to follow them');
  // Build (or check) the cached snapshot once here, so every shard starts warm from it.
  await (await storeFor({ ...settings, cacheMinArticles: 1 }, log)).close();
  health.coverageLoaded = true;
  const self = fileURLToPath(import.meta.url);
  const manager = new ShardingManager(self, {
    token: discord.token,
    totalShards: discord.shards ?? 'auto',
    execArgv: self.endsWith('.ts') ? ['--import', 'tsx'] : [],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => log.info({ shard: shard.id }, `launched shard ${shard.id}`));
  process.env.CACHE_MIN_ARTICLES = '1';
  health.gatewayReady = () => typeof manager.totalShards === 'number' && manager.shards.size === manager.totalShards && [...manager.shards.values()].every((shard) => shard.ready);
  // Set before spawning: a signal while shards are still starting stops those already launched.
  shutdown.setStop(async () => {
    await health.server?.close();
    await stopShards(manager, log);
  });
  try {
    await manager.spawn();
  } catch (error) {
    if (!shutdown.stopping) throw error; // a shard killed by the shutdown itself is no failure
  }
}

function shardIds(text: string): number[] | string {
  try {
    const ids: unknown = JSON.parse(text);
    return Array.isArray(ids) && ids.every((id) => typeof id === 'number') ? ids : text;
  } catch {
    return text;
  }
}

async function main(): Promise<number> {
  limitHeapGrowth();
  // V8's flags are best set at start: `gc` is made ready here for the collections between answers (young-collection.ts).
  collectorOf();
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
  const base = createLogger(settings);
  // In a shard process (under the ShardingManager) every line carries its shard ids.
  const log = process.env.SHARDING_MANAGER && process.env.SHARDS ? base.child({ shard: shardIds(process.env.SHARDS) }) : base;
  // An empty SHARDS (as .env.example has it) would reach discord.js, which parses SHARDS itself.
  if (!process.env.SHARDING_MANAGER && process.env.SHARDS?.trim() === '') delete process.env.SHARDS;
  // The bot keeps serving past an unexpected error; the console (often piped, in scripts) fails as before.
  if (settings.discord) installGuards(log);
  const shutdown = installShutdown(log);
  const health: Health = { coverageLoaded: false, gatewayReady: () => false, server: null, metrics: null };
  try {
    const { discord } = settings;
    // The top process serves /healthz (not each shard), and it is up before the coverage loads.
    if (discord && settings.health && !process.env.SHARDING_MANAGER) {
      // prom-client is loaded only when the endpoint is asked for.
      const { createMetrics } = await import('./health/metrics.js');
      health.metrics = createMetrics();
      health.server = await startHealthServer({ ...settings.health, readiness: () => readiness(health, shutdown), log, metrics: health.metrics });
      const { server } = health;
      shutdown.setStop(() => server.close());
    }
    if (discord && discord.shards !== null) {
      await runShards(settings, discord, log, shutdown, health);
      return 0;
    }
    const feeds = startFeeds(settings, log);
    const lateRound = feeds ? await firstRound(feeds.follower, log) : null;
    const serving = feeds?.settings ?? settings;
    const store = await storeFor(serving, log);
    // The coverage is read from the store where it is handed on, never kept here: once the corpus is read again
    // (CORPUS_WATCH), the first one is let go when no answer uses it.
    health.coverageLoaded = true;
    const counted = (now: Coverage): void => {
      health.metrics?.corpusArticles.set(now.articleCount);
      health.metrics?.corpusStatements.set(now.statementCount);
    };
    counted(store.coverage);
    if (discord) {
      // A failed login ends the job: the health server must not keep the process up, answering 503 forever.
      const bot = startBot({
        discord, rateLimit: settings.rateLimit, coverage: store.coverage, log, metrics: health.metrics, followed: serving.corpusWatch, onFatal: () => void health.server?.close(),
      });
      health.gatewayReady = () => bot.client.isReady();
      warmUpInBackground(store.coverage, log, () => shutdown.stopping);
      const following = follow(serving, store, log, (now) => {
        bot.setCoverage(now);
        counted(now);
      });
      void lateRound?.rest.then(() => following?.nudge());
      shutdown.setStop(async () => {
        feeds?.follower.close();
        following?.close();
        await health.server?.close();
        await bot.stop();
        await store.close();
      });
      return 0;
    }
    const session = runConsole({
      coverage: store.coverage,
      input: process.stdin,
      output: process.stdout,
      notices: process.stdin.isTTY ? process.stdout : process.stderr,
      interactive: process.stdin.isTTY === true,
      followed: serving.corpusWatch,
    });
    const following = follow(serving, store, log, (now) => session.setCoverage(now));
    void lateRound?.rest.then(() => following?.nudge());
    shutdown.setStop(async () => {
      feeds?.follower.close();
      following?.close();
      session.close();
    });
    // Someone typing: the warm-up runs while they type (a question waits for one warm-up answer at most). Piped questions are answered at once instead.
    let answered = false;
    if (process.stdin.isTTY === true) warmUpInBackground(store.coverage, log, () => answered || shutdown.stopping);
    await session.done;
    answered = true;
    feeds?.follower.close();
    following?.close();
    await following?.idle();
    await store.close();
    return 0;
  } catch (error) {
    // A job that cannot start lets go of the health server, which would keep the process up.
    await health.server?.close();
    if (error instanceof CorpusError) {
      log.fatal({ warnings: error.warnings.length }, error.message);
      return 1;
    }
    if (error instanceof EmptyStoreError || error instanceof DatabaseUnreachableError || error instanceof MigrationError) {
      log.fatal(error.message);
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
