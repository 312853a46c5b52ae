/** Each answered command is logged with its shard, guild, command and latency, for an operator's dashboards. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, slashCommand } from './fake-discord.js';
import { spawnBot } from './spawn-bot.js';

const fake = new FakeDiscord();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

describe('the log line of an answered command', () => {
  it('carries the shard, the guild, the command and the latency', async () => {
    const bot = spawnBot(fake, { LOG_LEVEL: 'debug' });
    try {
      await bot.waitForLog('connected to Discord as QuoteWire');
      const payload = slashCommand('sources');
      fake.dispatch('INTERACTION_CREATE', payload);
      await bot.waitForLog('"msg":"answered"');
      const line = bot.stderr().split('\n').find((l) => l.includes('"msg":"answered"')) ?? '{}';
      const logged = JSON.parse(line) as Record<string, unknown>;
      expect(logged).toMatchObject({ interactionId: payload.id, command: 'sources', shard: 0 });
      expect(Object.keys(logged)).toEqual(expect.arrayContaining(['guild', 'ms', 'totalMs']));
    } finally {
      const since = Date.now();
      bot.child.kill('SIGTERM');
      await bot.exited(since);
    }
  }, 60_000);
});
