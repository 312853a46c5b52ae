/**
 * Hostile input to the real entry: an INTERACTION_CREATE with neither `user` nor `member` used to
 * crash the process (discord.js reads `member.user`). Now it is logged with its id, answered
 * privately, and the next interaction is answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { malformation } from '../../src/discord/handling/guard.js';
import { FakeDiscord, slashCommand } from './fake-discord.js';
import { spawnBot, type SpawnedBot } from './spawn-bot.js';

const fake = new FakeDiscord();
let bot: SpawnedBot;

beforeAll(async () => {
  await fake.start();
  bot = spawnBot(fake);
  await bot.waitForLog('connected to Discord as QuoteWire');
});

afterAll(async () => {
  if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
  await fake.stop();
});

describe('a malformed interaction', () => {
  it('is logged with its id, answered privately, and the bot answers the next interaction', async () => {
    const { user: _user, ...malformed } = slashCommand('help');
    fake.dispatch('INTERACTION_CREATE', malformed);
    const notice = await fake.waitFor((r) => r.method === 'POST' && r.path.includes(`/interactions/${malformed.id}/`));
    expect(notice.body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(JSON.stringify(notice.body)).toContain(`interaction ${malformed.id}`);
    await bot.waitForLog(`malformed interaction ${malformed.id} dropped: neither user nor member`);

    const next = slashCommand('help');
    fake.dispatch('INTERACTION_CREATE', next);
    const answer = await fake.waitFor((r) => r.method === 'POST' && r.path.includes(`/interactions/${next.id}/`));
    expect(answer.body).toMatchObject({ type: 4 });
    expect(bot.child.exitCode).toBeNull();
    expect(bot.stderr()).not.toMatch(/TypeError|at [\w.]+ \(/); // no raw stack trace
  });

  it('a member without a user, a null member, and a packet that is no object are malformed; user or member.user are not', () => {
    expect(malformation({ id: '1', type: 2, member: {} })).toBe('neither user nor member');
    expect(malformation({ id: '1', type: 2, member: null })).toBe('neither user nor member');
    expect(malformation(null)).toBe('no interaction object');
    expect(malformation({ type: 2, user: {} })).toBe('no interaction id');
    expect(malformation({ id: '1', type: 2, user: { id: '2' } })).toBeNull();
    expect(malformation({ id: '1', type: 2, member: { user: { id: '2' } } })).toBeNull();
  });
});
