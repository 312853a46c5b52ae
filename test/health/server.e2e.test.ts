/**
 * HEALTH_PORT: the real entry against a fake Discord serves /healthz on 127.0.0.1, 503 until the
 * gateway is READY (the coverage loads first), 200 after, /metrics with the counters after commands,
 * and stops serving on SIGTERM.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/settings/settings.js';
import { FakeDiscord, slashCommand } from '../discord/fake-discord.js';
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

describe('/healthz and /metrics', () => {
  it('/healthz is 503 before READY, 200 once READY; /metrics counts commands and errors; 404 elsewhere; closed after SIGTERM', async () => {
    const started = Date.now();
    while (fake.identifies.length === 0 && Date.now() - started < 30_000) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await healthz()).toEqual({ status: 503, body: 'not ready: connecting to the gateway\n' });
    fake.releaseReady();
    await bot.waitForLog('connected to Discord as QuoteWire');
    expect(await healthz()).toEqual({ status: 200, body: 'ready\n' });
    expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);

    for (const payload of [slashCommand('help'), slashCommand('sources')]) {
      fake.dispatch('INTERACTION_CREATE', payload);
      await fake.waitFor((r) => r.method === 'POST' && r.path.includes(`/interactions/${payload.id}/`));
    }
    const { user: _user, ...malformed } = slashCommand('help');
    fake.dispatch('INTERACTION_CREATE', malformed);
    await bot.waitForLog(`malformed interaction ${malformed.id}`);
    const metrics = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await metrics.text();
    expect(text).toMatch(/^quotewire_commands_answered_total\{command="help"\} 1$/m);
    expect(text).toMatch(/^quotewire_commands_answered_total\{command="sources"\} 1$/m);
    expect(text).toMatch(/^quotewire_answer_seconds_count\{command="help"\} 1$/m);
    expect(text).toMatch(/^quotewire_errors_total\{kind="malformed"\} 1$/m);
    expect(text).toMatch(/^quotewire_gateway_reconnects_total 0$/m);
    expect(text).toMatch(/^quotewire_corpus_articles 5$/m);
    expect(text).toMatch(/^quotewire_corpus_statements [1-9]\d*$/m);
    process.stdout.write(`\n/metrics after two commands and a malformed interaction:\n${text.split('\n').filter((line) => /^quotewire_(commands|answer_seconds_(count|sum)|errors|gateway|corpus)/.test(line)).join('\n')}\n`);
    const since = Date.now();
    bot.child.kill('SIGTERM');
    expect((await bot.exited(since)).code).toBe(0);
    await expect(healthz()).rejects.toThrow();
  });

  it('lets go of the endpoint and exits 1 when the job cannot start (no article loads)', async () => {
    const failing = spawnBot(fake, { HEALTH_PORT: String(await freePort()), CORPUS_PATHS: '/nonexistent-quotewire-corpus' });
    const exit = await failing.exited(Date.now());
    expect(exit.code).toBe(1);
  }, 30_000);

  it('HEALTH_PORT is read as a port (default host 127.0.0.1); a bad one is refused with a clear message', () => {
    expect(readSettings({ HEALTH_PORT: '9464' }).health).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(readSettings({}).health).toBeNull();
    expect(readSettings({ HEALTH_PORT: '9464', HEALTH_HOST: '0.0.0.0' }).health).toEqual({ port: 9464, host: '0.0.0.0' });
    expect(() => readSettings({ HEALTH_PORT: '70000' })).toThrow(/HEALTH_PORT="70000" is not a port number/);
  });
});
