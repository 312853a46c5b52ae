/** `npm start` with SHARDS set runs the bot under discord.js's ShardingManager; each shard logs in. */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { FakeDiscord } from './fake-discord.js';

const TOKEN = 'OTAwMDAwMDAwMDAwMDAwMDAx.GfakeT.abcdefghijklmnopqrstuvwxyz0123456789ABCD';
const fake = new FakeDiscord();

beforeAll(() => fake.start());
afterAll(() => fake.stop());

describe('sharding', () => {
  it('launches the shards, which identify with their shard ids, and stops them on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, SHARDS: '2', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    try {
      await fake.waitForSessions(2, 30_000);
      const shards = fake.identifies.map((identify) => (identify as unknown as { shard?: number[] }).shard);
      expect(shards).toEqual(expect.arrayContaining([[0, 2], [1, 2]]));
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    expect(stderr).not.toContain(TOKEN);
  }, 60_000);
});
