/**
 * `npm start` under a supervisor: the signal goes to npm, the top process. npm must pass it on, so
 * that the bot (whose pid its own log lines carry) shuts down and exits, never orphaned and still
 * connected, and npm exits too.
 */
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';
import { FakeDiscord } from './discord/fake-discord.js';
import { TOKEN, watch, type SpawnedBot } from './discord/spawn-bot.js';

const BOUND_MS = 5000;
let fake: FakeDiscord;
let npm: SpawnedBot | null = null;
let botPid: number | null = null;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

beforeEach(async () => {
  fake = new FakeDiscord();
  await fake.start();
});

afterEach(async () => {
  if (botPid !== null && alive(botPid)) process.kill(botPid, 'SIGKILL');
  if (npm && npm.child.exitCode === null && npm.child.signalCode === null) npm.child.kill('SIGKILL');
  npm = null;
  botPid = null;
  await fake.stop();
});

describe('npm start', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`passes ${signal} on to the bot, which closes the gateway and exits; nothing is orphaned`, async () => {
      npm = watch(
        spawn('npm', ['start', '--silent'], {
          cwd: ROOT,
          env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
          stdio: ['ignore', 'ignore', 'pipe'],
        }),
      );
      await npm.waitForLog('connected to Discord as QuoteWire');
      botPid = Number(/"pid":(\d+)[^\n]*connected to Discord as/.exec(npm.stderr())?.[1]);
      expect(botPid).not.toBe(npm.child.pid);
      const since = Date.now();
      npm.child.kill(signal);
      const { ms } = await npm.exited(since);
      expect(ms).toBeLessThan(BOUND_MS);
      const started = Date.now();
      while (alive(botPid) && Date.now() - started < BOUND_MS) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(alive(botPid), npm.stderr()).toBe(false);
      expect(fake.closes.map((close) => close.code)).toEqual([1000]);
      expect(npm.stderr()).toContain('"msg":"stopped"');
    });
  }
});
