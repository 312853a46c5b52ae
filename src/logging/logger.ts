/**
 * The program's logger: pino, JSON lines on stderr so stdout stays free for
 * answers; readable (pino-pretty) when stderr is a terminal and pino-pretty
 * is installed, as it is in development.
 */
import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { Settings } from '../settings/settings.js';

export type { Logger } from 'pino';

/** Secrets that must never reach a log line, wherever they sit in an object. */
const REDACT = ['token', '*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN', 'headers.authorization', '*.headers.authorization'];

type PrettyFactory = (options: Record<string, unknown>) => DestinationStream;

function prettyStream(): DestinationStream | null {
  try {
    const load = createRequire(import.meta.url);
    const pretty = load('pino-pretty') as PrettyFactory;
    return pretty({ destination: 2, sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss' });
  } catch {
    return null; // production install: pino-pretty is a development dependency
  }
}

/** An interaction's or webhook's token in a Discord API address ("/interactions/<id>/<token>/callback"): a credential. */
const TOKEN_IN_URL = /\/(interactions|webhooks)\/(\d+)\/[^/?\s"]+/g;

/** Errors as pino writes them, with Discord tokens in their addresses and messages blanked. */
export function scrubbedError(error: unknown): unknown {
  const serialised = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  return JSON.parse(JSON.stringify(serialised).replace(TOKEN_IN_URL, '/$1/$2/[redacted]')) as unknown;
}

export function createLogger(settings: Pick<Settings, 'logLevel' | 'logFormat'>): Logger {
  const options = { level: settings.logLevel, redact: { paths: REDACT, censor: '[redacted]' }, serializers: { err: scrubbedError } };
  const wantPretty =
    settings.logFormat === 'pretty' || (settings.logFormat === 'auto' && process.stderr.isTTY === true);
  const pretty = wantPretty ? prettyStream() : null;
  return pino(options, pretty ?? pino.destination({ dest: 2, sync: true }));
}
