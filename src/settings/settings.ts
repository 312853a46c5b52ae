/**
 * Settings from the environment (and a .env file), checked once at start so
 * a bad value stops the program with a message saying which and how to fix it.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../corpus/load.js';

export const DEFAULT_CACHE_DIR = path.join(PROJECT_ROOT, '.cache');

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

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
  problems.push(`${name}="${value}" is not one of ${allowed.join(', ')}; set it to one of them or remove it (default ${fallback})`);
  return fallback;
}

function wholeNumber(env: Env, name: string, fallback: number, problems: string[]): number {
  const value = env[name]?.trim();
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) {
    problems.push(`${name}="${value}" is not a whole number; set it to one (for example ${fallback}) or remove it`);
    return fallback;
  }
  return Number(value);
}

/**
 * Reads and checks settings. Pure: pass `process.env` or a test's own object.
 *
 * @throws SettingsError listing every problem at once.
 * @example readSettings({ LOG_LEVEL: 'debug' }).logLevel // 'debug'
 */
export function readSettings(env: Env): Settings {
  const problems: string[] = [];
  const logLevel = oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info', problems);
  const logFormat = oneOf(env, 'LOG_FORMAT', LOG_FORMATS, 'auto', problems);
  const corpusPaths = (env.CORPUS_PATHS ?? '')
    .split(path.delimiter)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const cacheDir = env.CACHE_DIR?.trim() || DEFAULT_CACHE_DIR;
  const cacheMinArticles = wholeNumber(env, 'CACHE_MIN_ARTICLES', 200, problems);
  if (problems.length > 0) throw new SettingsError(problems);
  return { logLevel, logFormat, corpusPaths, cacheDir, cacheMinArticles };
}
