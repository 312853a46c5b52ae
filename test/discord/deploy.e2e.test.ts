import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/discord/deploy.js';
import { FakeDiscord } from './fake-discord.js';

const TOKEN = 'OTAwMDAwMDAwMDAwMDAwMDAx.GfakeT.abcdefghijklmnopqrstuvwxyz0123456789ABCD';
const fake = new FakeDiscord();
const log = pino({ level: 'silent' });

beforeAll(() => fake.start());
afterAll(() => fake.stop());

describe('npm run deploy-commands', () => {
  const base = { token: TOKEN, clientId: '900000000000000001', guildId: null, apiUrl: '', shards: null };

  it('bulk-overwrites the five commands in the development guild', async () => {
    const count = await deployCommands({ ...base, apiUrl: fake.apiUrl, guildId: '600000000000000004' }, log);
    expect(count).toBe(5);
    const request = await fake.waitFor((r) => r.method === 'PUT' && r.path.endsWith('/guilds/600000000000000004/commands'));
    const commands = request.body as { name: string; options?: { name: string; autocomplete?: boolean }[]; contexts: number[]; integration_types: number[] }[];
    expect(commands.map((c) => c.name)).toEqual(['ask', 'who-said', 'quotes', 'sources', 'help']);
    for (const command of commands) expect(command.options?.some((o) => o.name === 'private')).toBe(true);
    expect(commands.find((c) => c.name === 'quotes')?.options?.find((o) => o.name === 'speaker')?.autocomplete).toBe(true);
  });

  it('registers globally, for DMs and user installs too, without a guild', async () => {
    await deployCommands({ ...base, apiUrl: fake.apiUrl }, log);
    const request = await fake.waitFor((r) => r.method === 'PUT' && r.path === '/api/v10/applications/900000000000000001/commands');
    const [first] = request.body as { contexts: number[]; integration_types: number[] }[];
    expect(first?.contexts).toEqual([0, 1, 2]);
    expect(first?.integration_types).toEqual([0, 1]);
  });

  it('says what to set when the client id is missing', async () => {
    await expect(deployCommands({ ...base, apiUrl: fake.apiUrl, clientId: null }, log)).rejects.toThrow(/DISCORD_CLIENT_ID is not set/);
  });
});
