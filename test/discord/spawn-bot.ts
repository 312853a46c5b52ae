/** The real entry (`node --import tsx src/index.ts`) as a child process, pointed at a fake Discord. */
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from '../helpers.js';
import type { FakeDiscord } from './fake-discord.js';

export const TOKEN = 'OTAwMDAwMDAwMDAwMDAwMDAx.GfakeT.abcdefghijklmnopqrstuvwxyz0123456789ABCD';

export interface SpawnedBot {
  child: ChildProcess;
  /** Everything written to stderr so far (JSON log lines). */
  stderr(): string;
  /** Resolves once a log line contains `text`. */
  waitForLog(text: string, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code (or signal) and how long after `since` the process exited. */
  exited(since: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

export function watch(child: ChildProcess): SpawnedBot {
  let stderr = '';
  const waiters = new Set<() => void>();
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += String(chunk);
    for (const waiter of waiters) waiter();
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() }));
  });
  return {
    child,
    stderr: () => stderr,
    waitForLog: (text, timeoutMs = 30_000) =>
      new Promise<void>((resolve, reject) => {
        const check = (): void => {
          if (!stderr.includes(text)) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no log line with "${text}" within ${timeoutMs} ms; stderr:\n${stderr}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    exited: async (since) => {
      const { code, signal, at } = await exit;
      return { code, signal, ms: at - since };
    },
  };
}

/** Starts the bot entry against `fake`, logging JSON at info level on stderr. */
export function spawnBot(fake: FakeDiscord, env: Record<string, string> = {}): SpawnedBot {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info', LOG_FORMAT: 'json', CACHE_DIR: '', CORPUS_PATHS: '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return watch(child);
}
