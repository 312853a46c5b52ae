/** The main job as the offline console (no token), its stdin kept open, as a test's child process. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { ROOT } from '../helpers.js';

export interface SpawnedConsole {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves once `read()` (stdout or stderr) holds `text`; rejects, with what came, after `ms`. */
  until(read: () => string, text: string, ms?: number): Promise<void>;
  exited: Promise<number | null>;
}

/** Starts `node --import tsx src/index.ts` without DISCORD_TOKEN, logging JSON at info on stderr, with `env` added. */
export function spawnConsole(env: Record<string, string>): SpawnedConsole {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info', LOG_FORMAT: 'json', ...env };
  delete childEnv.DISCORD_TOKEN;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: ROOT, env: childEnv, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const until = async (read: () => string, text: string, ms = 30_000): Promise<void> => {
    const end = Date.now() + ms;
    while (!read().includes(text)) {
      if (Date.now() > end) throw new Error(`"${text}" never came within ${ms} ms; got:\n${read()}\nstderr:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  return { child, stdout: () => stdout, stderr: () => stderr, until, exited };
}
