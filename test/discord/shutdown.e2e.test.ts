/**
 * SIGTERM/SIGINT to the real entry (`node --import tsx src/index.ts`) against a fake Discord, in every
 * state: before READY, after READY, mid-answer (finished or abandoned), sharded. Each exits 0 within
 * 5 s (a generous bound, not a benchmark) with the gateway closed by the bot with 1000.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscord, slashCommand } from './fake-discord.js';
import { spawnBot, TOKEN, type SpawnedBot } from './spawn-bot.js';

const BOUND_MS = 5000;
let fake: FakeDiscord;
let bot: SpawnedBot | null = null;

beforeEach(async () => {
  fake = new FakeDiscord();
  await fake.start();
});

afterEach(async () => {
  if (bot && bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
  bot = null;
  await fake.stop();
});

async function until(test: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!test()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}; bot stderr:\n${bot?.stderr() ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Signals the bot and checks: exit 0, within the bound, every gateway connection closed by the bot with 1000. */
async function stopAndCheck(signal: NodeJS.Signals, connections = 1): Promise<void> {
  const running = bot as SpawnedBot;
  const identifiesBefore = fake.identifies.length;
  const since = Date.now();
  running.child.kill(signal);
  const { code, signal: killedBy, ms } = await running.exited(since);
  expect({ code, killedBy }, running.stderr()).toEqual({ code: 0, killedBy: null });
  expect(ms).toBeLessThan(BOUND_MS);
  await until(() => fake.closes.length >= connections, 'the gateway closes');
  expect(fake.closes.map((close) => close.code)).toEqual(Array<number>(connections).fill(1000));
  expect(fake.identifies.length).toBe(identifiesBefore); // no reconnection after the signal
  expect(running.stderr()).toContain('"msg":"shutting down"');
  expect(running.stderr()).not.toContain(TOKEN);
}

describe('shutdown', () => {
  it('SIGTERM before the gateway is READY: closes the half-open gateway and exits 0', async () => {
    fake.holdReady = true;
    bot = spawnBot(fake);
    await until(() => fake.identifies.length === 1, 'IDENTIFY');
    await stopAndCheck('SIGTERM');
  });

  it('SIGTERM after READY: closes the gateway with 1000 and exits 0', async () => {
    bot = spawnBot(fake);
    await bot.waitForLog('connected to Discord as QuoteWire');
    await stopAndCheck('SIGTERM');
    expect(bot?.stderr()).toContain('disconnected from Discord');
  });

  it('SIGINT after READY: the same', async () => {
    bot = spawnBot(fake);
    await bot.waitForLog('connected to Discord as QuoteWire');
    await stopAndCheck('SIGINT');
  });

  it('SIGTERM mid-answer: the answer in flight finishes, then the gateway closes', async () => {
    bot = spawnBot(fake);
    await bot.waitForLog('connected to Discord as QuoteWire');
    const payload = slashCommand('help');
    fake.delayNextCallback(payload.id, 1000);
    fake.dispatch('INTERACTION_CREATE', payload);
    await fake.waitFor((r) => r.path.includes(`/interactions/${payload.id}/`), 20_000);
    await stopAndCheck('SIGTERM');
    expect(bot?.stderr()).toContain('waiting for answers in flight');
    expect(bot?.stderr()).not.toContain('abandoned');
  });

  it('SIGTERM mid-answer that does not finish: the answer is abandoned within the bound', async () => {
    bot = spawnBot(fake);
    await bot.waitForLog('connected to Discord as QuoteWire');
    const payload = slashCommand('help');
    fake.delayNextCallback(payload.id, 20_000);
    fake.dispatch('INTERACTION_CREATE', payload);
    await fake.waitFor((r) => r.path.includes(`/interactions/${payload.id}/`), 20_000);
    await stopAndCheck('SIGTERM');
    expect(bot?.stderr()).toMatch(/abandoned 1 answer\(s\) still in flight/);
  });

  it('SIGTERM to a sharded bot (SHARDS=2): every shard closes its gateway with 1000, the manager exits 0', async () => {
    bot = spawnBot(fake, { SHARDS: '2' });
    await fake.waitForSessions(2, 40_000);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the second shard's READY reaches its client
    await stopAndCheck('SIGTERM', 2);
  }, 60_000);

  it('SIGTERM to a sharded bot while its first shard is still connecting: exits 0, no shard left behind', async () => {
    fake.holdReady = true;
    bot = spawnBot(fake, { SHARDS: '2' });
    await until(() => fake.identifies.length === 1, 'the first shard IDENTIFY', 40_000);
    await stopAndCheck('SIGTERM');
  }, 60_000);
});
