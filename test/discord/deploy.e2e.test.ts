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

  interface Registered {
    name: string;
    type: number;
    description?: string;
    options?: { name: string; autocomplete?: boolean; choices?: { name: string; value: string }[] }[];
    contexts: number[];
    integration_types: number[];
  }

  it('bulk-overwrites the eight slash commands and the message command in the development guild', async () => {
    const count = await deployCommands({ ...base, apiUrl: fake.apiUrl, guildId: '600000000000000004' }, log);
    expect(count).toBe(9);
    const request = await fake.waitFor((r) => r.method === 'PUT' && r.path.endsWith('/guilds/600000000000000004/commands'));
    const commands = request.body as Registered[];
    expect(commands.map((c) => [c.name, c.type])).toEqual([['ask', 1], ['who-said', 1], ['quotes', 1], ['compare', 1], ['coverage', 1], ['sources', 1], ['about', 1], ['help', 1], ['Who said this?', 3]]);
    for (const command of commands.filter((c) => c.type === 1)) expect(command.options?.some((o) => o.name === 'private')).toBe(true);
    expect(commands.find((c) => c.name === 'quotes')?.options?.find((o) => o.name === 'speaker')?.autocomplete).toBe(true);
    expect(commands.find((c) => c.name === 'coverage')?.options?.map((o) => o.name)).toEqual(['topic', 'private']);
    expect(commands.find((c) => c.name === 'compare')?.options?.map((o) => o.name)).toEqual(['statement', 'private']);
    // A message command has no description and no options: the message is its input.
    const message = commands.find((c) => c.type === 3);
    expect(message?.description ?? '').toBe('');
    expect(message?.options).toBeUndefined();
  });

  it('gives the list commands a format option: text, csv or json', async () => {
    await deployCommands({ ...base, apiUrl: fake.apiUrl, guildId: '600000000000000005' }, log);
    const request = await fake.waitFor((r) => r.method === 'PUT' && r.path.endsWith('/guilds/600000000000000005/commands'));
    const commands = request.body as Registered[];
    const withFormat = commands.filter((c) => c.options?.some((o) => o.name === 'format')).map((c) => c.name);
    expect(withFormat).toEqual(['ask', 'who-said', 'quotes', 'sources']);
    expect(commands.find((c) => c.name === 'sources')?.options?.find((o) => o.name === 'format')?.choices).toEqual([
      { name: 'text', value: 'text' }, { name: 'csv', value: 'csv' }, { name: 'json', value: 'json' },
    ]);
  });

  it('registers globally, every command for guild and user installs, in servers, DMs and private channels', async () => {
    await deployCommands({ ...base, apiUrl: fake.apiUrl }, log);
    const request = await fake.waitFor((r) => r.method === 'PUT' && r.path === '/api/v10/applications/900000000000000001/commands');
    const commands = request.body as Registered[];
    expect(commands).toHaveLength(9);
    for (const command of commands) {
      expect(command.contexts, command.name).toEqual([0, 1, 2]);
      expect(command.integration_types, command.name).toEqual([0, 1]);
    }
  });

  it('says what to set when the client id is missing', async () => {
    await expect(deployCommands({ ...base, apiUrl: fake.apiUrl, clientId: null }, log)).rejects.toThrow(/DISCORD_CLIENT_ID is not set/);
  });
});
