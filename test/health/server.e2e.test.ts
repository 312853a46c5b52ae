/**
 * HEALTH_PORT: the real entry against a fake Discord serves /healthz on 127.0.0.1, 503 until the
 * gateway is READY (the coverage loads first), 200 after, and stops serving on SIGTERM.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/settings/settings.js';
import { FakeDiscord } from '../discord/fake-discord.js';
import { spawnBot, type SpawnedBot } from '../discord/spawn-bot.js';

const fake = new FakeDiscord();
let bot: SpawnedBot;
let port = 0;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as { port: number };
      server.close(() => resolve(free));
    });
  });
}

async function healthz(): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: response.status, body: await response.text() };
}

beforeAll(async () => {
  await fake.start();
  port = await freePort();
  fake.holdReady = true;
  bot = spawnBot(fake, { HEALTH_PORT: String(port) });
  await bot.waitForLog('/healthz');
});

afterAll(async () => {
  if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
  await fake.stop();
});

describe('/healthz', () => {
  it('is 503 before READY, 200 once READY, 404 elsewhere, and closed after SIGTERM', async () => {
    const started = Date.now();
    while (fake.identifies.length === 0 && Date.now() - started < 30_000) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await healthz()).toEqual({ status: 503, body: 'not ready: connecting to the gateway\n' });
    fake.releaseReady();
    await bot.waitForLog('connected to Discord as QuoteWire');
    expect(await healthz()).toEqual({ status: 200, body: 'ready\n' });
    expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
    const since = Date.now();
    bot.child.kill('SIGTERM');
    expect((await bot.exited(since)).code).toBe(0);
    await expect(healthz()).rejects.toThrow();
  });

  it('HEALTH_PORT is read as a port (default host 127.0.0.1); a bad one is refused with a clear message', () => {
    expect(readSettings({ HEALTH_PORT: '9464' }).health).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(readSettings({}).health).toBeNull();
    expect(readSettings({ HEALTH_PORT: '9464', HEALTH_HOST: '0.0.0.0' }).health).toEqual({ port: 9464, host: '0.0.0.0' });
    expect(() => readSettings({ HEALTH_PORT: '70000' })).toThrow(/HEALTH_PORT="70000" is not a port number/);
  });
});
