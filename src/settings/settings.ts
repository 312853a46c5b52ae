/**
 * Settings from the environment (and a .env file), checked once at start so
 * a bad value stops the program with a message saying which and how to fix it.
 */
import path from 'node:path';
import { DEFAULT_MAX_ARTICLE_BYTES, PROJECT_ROOT } from '../corpus/load.js';
import { databaseUrlProblem } from '../retrieval/postgres/database-url.js';

export const DEFAULT_CACHE_DIR = path.join(PROJECT_ROOT, '.cache');

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
/** `auto`: the bot with a token, else the offline console when there is input to answer; `bot`: the bot or nothing. */
export const RUN_MODES = ['auto', 'bot'] as const;
/** CORPUS_WATCH: whether a running bot reads its corpus again when files are added, changed or removed. */
export const WATCH_MODES = ['off', 'on'] as const;
export type RunMode = (typeof RUN_MODES)[number];

export interface Settings {
  logLevel: LogLevel;
  /** `auto`: readable on a terminal, JSON otherwise. */
  logFormat: LogFormat;
  /** Corpus paths; empty means the seed articles. */
  corpusPaths: string[];
  /** Folder for cached corpus snapshots. */
  cacheDir: string;
  /** Corpora with at least this many articles are cached; smaller ones build in a moment. */
  cacheMinArticles: number;
  /** The largest article read, in bytes; larger files (or JSONL lines) are skipped with a warning. */
  maxArticleBytes: number;
  /** The Discord connection, or null when no token is set (the offline console runs instead). */
  discord: DiscordSettings | null;
  /** How many questions one user may ask in a window; null: no limit. */
  rateLimit: { count: number; windowSeconds: number } | null;
  /** What the main job (`npm start`) may run: see RUN_MODES. */
  runMode: RunMode;
  /** The health endpoint (`/healthz`) for an orchestrator; null: none. */
  health: { port: number; host: string } | null;
  /** The PostgreSQL coverage store (DATABASE_URL, postgres://...); null: the embedded store. Holds a password: never log it as is (see redactDatabaseUrl). */
  databaseUrl: string | null;
  /** Whether the corpus is watched while the bot runs (CORPUS_WATCH=on): new, changed and removed articles are taken in at once. */
  corpusWatch: boolean;
  /** News feeds followed (FEEDS): their items' pages are saved into `folder`, a corpus folder of its own, every `intervalSeconds`; null: none. */
  feeds: { urls: string[]; intervalSeconds: number; folder: string } | null;
}

/**
 * What the process's stdin is: a terminal, a pipe or socket, a file, or
 * nothing to read (closed, or a device that is no terminal such as /dev/null:
 * what `docker run` without `-i`, systemd and Kubernetes give a main job).
 */
export type StdinKind = 'terminal' | 'pipe' | 'file' | 'none';

export interface ReadOptions {
  /**
   * Given by the main job only (`npm start`, the image's command): what its
   * stdin is. Without a token the main job is the offline console, which
   * needs input: with none (or with RUN_MODE=bot) a missing token is an error,
   * so a container without a token fails loudly instead of exiting 0 in a
   * restart loop. The CLI and deploy-commands leave it out.
   */
  mainJob?: { stdin: StdinKind };
}

export interface DiscordSettings {
  token: string;
  /** The application (client) id, needed to register commands. */
  clientId: string | null;
  /** A server to register commands in at once, for development; null: register globally. */
  guildId: string | null;
  /** Base of Discord's HTTP API; the gateway address is asked of it (GET /gateway/bot). */
  apiUrl: string;
  /** Shards under discord.js's ShardingManager: "auto", a number, or null for one process. */
  shards: 'auto' | number | null;
}

export const DEFAULT_DISCORD_API = 'https://discord.com/api';
const SNOWFLAKE = /^\d{17,20}$/;
const BOT_TOKEN = /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/;

/**
 * Values short and plain enough to quote in a message: one short word, a
 * short number or a rate such as "5/10m". Anything else (a token, a password,
 * an address that may carry credentials) is described, never printed: a
 * secret pasted into the wrong variable must not reach a terminal or a log.
 */
const SHOWABLE = /^(?:[a-z]{1,12}|[\d./:-]{1,12}|\d{1,4} ?\/ ?\d{1,6} ?[a-z]{0,7})$/i;

/** `NAME="value"` when the value is safe to show, else `NAME (a 72-character value, not shown[: it looks like a bot token, ...])`. */
function named(name: string, value: string): string {
  if (SHOWABLE.test(value)) return `${name}="${value}"`;
  const token = BOT_TOKEN.test(value.trim()) ? ': it looks like a bot token, which belongs in DISCORD_TOKEN only' : '';
  return `${name} (a ${value.length}-character value, not shown${token})`;
}

function optionalSnowflake(env: Env, name: string, problems: string[]): string | null {
  const value = env[name]?.trim();
  if (!value) return null;
  if (SNOWFLAKE.test(value)) return value;
  // Never the value itself: ids are digits only, so anything else shown could be a secret put in the wrong place.
  const token = BOT_TOKEN.test(value) ? ' It looks like a bot token, which belongs in DISCORD_TOKEN only.' : '';
  problems.push(`${name} is not a Discord id (17 to 20 digits; it holds ${value.length} characters, not shown); copy it from Discord with developer mode on (right click, Copy ID).${token}`);
  return null;
}

function readDiscord(env: Env, problems: string[]): DiscordSettings | null {
  const raw = env.DISCORD_TOKEN;
  const token = raw?.trim();
  // Set but blank is a mistake (a token lost in editing), not a wish for the console: an empty or absent one is that.
  if (raw && !token) problems.push('DISCORD_TOKEN holds only spaces; put the bot token there, or leave it empty (or remove it) to run the offline console');
  const clientId = optionalSnowflake(env, 'DISCORD_CLIENT_ID', problems);
  const guildId = optionalSnowflake(env, 'DISCORD_GUILD_ID', problems);
  const apiUrl = (env.DISCORD_API_URL?.trim() || DEFAULT_DISCORD_API).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(apiUrl)) {
    // An address may carry credentials (ftp://user:secret@host): only its scheme is shown, and only in scheme:// form.
    const scheme = /^([a-z][a-z\d+.-]{0,15}):\/\//i.exec(apiUrl)?.[1];
    const what = scheme ? `starts with "${scheme}:"` : `holds ${apiUrl.length} characters and no scheme://, not shown`;
    problems.push(`DISCORD_API_URL is not an http(s) address (it ${what}); remove it to use Discord's own (${DEFAULT_DISCORD_API})`);
  }
  // Inside a shard process discord.js's ShardingManager sets SHARDS to the shard list: not ours to read.
  const shardsText = env.SHARDING_MANAGER ? undefined : env.SHARDS?.trim().toLowerCase();
  let shards: DiscordSettings['shards'] = null;
  if (shardsText === 'auto') shards = 'auto';
  else if (shardsText && /^[1-9]\d*$/.test(shardsText)) shards = Number(shardsText);
  else if (shardsText) problems.push(`${named('SHARDS', shardsText)} is not "auto" or a whole number of at least 1; set one, or remove it to run one process`);
  if (!token) return null;
  if (!BOT_TOKEN.test(token)) {
    problems.push('DISCORD_TOKEN does not look like a bot token (three parts joined by dots); copy it from the Developer Portal, Bot, Reset Token');
  }
  return { token, clientId, guildId, apiUrl, shards };
}

function readRateLimit(env: Env, problems: string[]): Settings['rateLimit'] {
  const value = env.RATE_LIMIT?.trim().toLowerCase();
  if (value === 'off') return null;
  if (!value) return { count: 5, windowSeconds: 10 };
  const match = /^(\d+)\s*\/\s*(\d+)\s*s$/.exec(value);
  if (match && Number(match[1]) > 0 && Number(match[2]) > 0) return { count: Number(match[1]), windowSeconds: Number(match[2]) };
  problems.push(`${named('RATE_LIMIT', value)} is not of the form 5/10s (questions per seconds) or "off"`);
  return null;
}

function readHealth(env: Env, problems: string[]): Settings['health'] {
  const port = env.HEALTH_PORT?.trim();
  const host = env.HEALTH_HOST?.trim() || '127.0.0.1';
  if (!port) return null;
  if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
    problems.push(`${named('HEALTH_PORT', port)} is not a port number (1 to 65535); set one, or remove it to serve no health endpoint`);
    return null;
  }
  return { port: Number(port), host };
}

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid settings:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T, problems: string[]): T {
  const value = env[name]?.trim();
  if (value === undefined || value === '') return fallback;
  const lower = value.toLowerCase();
  if ((allowed as readonly string[]).includes(lower)) return lower as T;
  problems.push(`${named(name, value)} is not one of ${allowed.join(', ')}; set it to one of them or remove it (default ${fallback})`);
  return fallback;
}

function wholeNumber(env: Env, name: string, fallback: number, problems: string[]): number {
  const value = env[name]?.trim();
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) {
    problems.push(`${named(name, value)} is not a whole number; set it to one (for example ${fallback}) or remove it`);
    return fallback;
  }
  return Number(value);
}

/** FEEDS (http(s) URLs split by commas or spaces), FEEDS_INTERVAL (seconds, default 300) and FEEDS_DIR (default CACHE_DIR/feeds). */
function readFeeds(env: Env, cacheDir: string, problems: string[]): Settings['feeds'] {
  const urls = (env.FEEDS ?? '').split(/[\s,]+/).filter((url) => url !== '');
  const intervalSeconds = wholeNumber(env, 'FEEDS_INTERVAL', 300, problems);
  if (intervalSeconds < 1) problems.push(`${named('FEEDS_INTERVAL', env.FEEDS_INTERVAL ?? '')} must be at least 1 (seconds); remove it for the default of 300`);
  for (const url of urls) {
    let protocol = '';
    try {
      protocol = new URL(url).protocol;
    } catch {
      // Said below.
    }
    if (protocol !== 'http:' && protocol !== 'https:') problems.push(`FEEDS holds "${url}", which is not an http(s) URL; list the feeds' addresses, separated by commas`);
  }
  if (urls.length === 0) return null;
  return { urls, intervalSeconds, folder: env.FEEDS_DIR?.trim() || path.join(cacheDir, 'feeds') };
}

/**
 * Reads and checks settings. Pure: pass `process.env` or a test's own object.
 *
 * @param options.mainJob given by the main job only: see ReadOptions
 * @throws SettingsError listing every problem at once.
 * @example readSettings({ LOG_LEVEL: 'debug' }).logLevel // 'debug'
 */
export function readSettings(env: Env, options: ReadOptions = {}): Settings {
  const problems: string[] = [];
  const logLevel = oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info', problems);
  const logFormat = oneOf(env, 'LOG_FORMAT', LOG_FORMATS, 'auto', problems);
  const corpusPaths = (env.CORPUS_PATHS ?? '')
    .split(path.delimiter)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const cacheDir = env.CACHE_DIR?.trim() || DEFAULT_CACHE_DIR;
  const cacheMinArticles = wholeNumber(env, 'CACHE_MIN_ARTICLES', 200, problems);
  const maxArticleBytes = wholeNumber(env, 'MAX_ARTICLE_BYTES', DEFAULT_MAX_ARTICLE_BYTES, problems);
  if (maxArticleBytes < 1) problems.push(`MAX_ARTICLE_BYTES="${env.MAX_ARTICLE_BYTES?.trim()}" must be at least 1 (bytes); remove it for the default of ${DEFAULT_MAX_ARTICLE_BYTES} (5 MB)`);
  const discord = readDiscord(env, problems);
  const rateLimit = readRateLimit(env, problems);
  const runMode = oneOf(env, 'RUN_MODE', RUN_MODES, 'auto', problems);
  if (options.mainJob && !env.DISCORD_TOKEN) {
    if (runMode === 'bot') {
      problems.push('DISCORD_TOKEN is not set and RUN_MODE is bot; put the bot token in DISCORD_TOKEN (or remove RUN_MODE to allow the offline console)');
    } else if (options.mainJob.stdin === 'none') {
      problems.push(
        'DISCORD_TOKEN is not set, and the offline console that runs without it has no input (stdin is closed or /dev/null, as in `docker run` without -i); ' +
          'put the bot token in DISCORD_TOKEN, or give the console input (`docker run -i`, or pipe questions in)',
      );
    }
  }
  const health = readHealth(env, problems);
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const databaseProblem = databaseUrl ? databaseUrlProblem(databaseUrl) : null;
  if (databaseProblem) problems.push(databaseProblem);
  const corpusWatch = oneOf(env, 'CORPUS_WATCH', WATCH_MODES, 'off', problems) === 'on';
  const feeds = readFeeds(env, cacheDir, problems);
  // An ingest of the feeds' folder alone would remove every other article the database holds.
  if (feeds && databaseUrl && corpusPaths.length === 0) {
    problems.push('FEEDS with DATABASE_URL needs CORPUS_PATHS: name the corpus the database holds (the feeds\' folder joins it); an ingest of the feeds alone would remove every other article');
  }
  if (corpusWatch && databaseUrl && corpusPaths.length === 0 && !feeds) problems.push('CORPUS_WATCH=on needs CORPUS_PATHS with DATABASE_URL: name the corpus folder to watch and ingest, or remove CORPUS_WATCH');
  if (problems.length > 0) throw new SettingsError(problems);
  return { logLevel, logFormat, corpusPaths, cacheDir, cacheMinArticles, maxArticleBytes, discord, rateLimit, runMode, health, databaseUrl, corpusWatch, feeds };
}
