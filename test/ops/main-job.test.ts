/**
 * The main job as an operator runs it: in a container without a token it must
 * fail loudly (not exit 0 into a restart loop), while questions piped into it
 * are still answered; settings errors never print a secret; deploy-commands
 * runs from its compiled place in src/ (so from the image).
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../discord/fake-discord.js';
import { ROOT } from '../helpers.js';

const TOKEN = 'OTAwMDAwMDAwMDAwMDAwMDAx.GfakeT.abcdefghijklmnopqrstuvwxyz0123456789ABCD';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a TypeScript entry as `npm start` does (tsx), with `env` over a clean
 * base: DISCORD_TOKEN is set empty unless given, so a developer's .env cannot
 * put a token back. `input` null: stdin is /dev/null, as `docker run` without -i gives.
 */
function run(entry: string, env: Record<string, string>, input: string | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: '', RUN_MODE: '', LOG_LEVEL: 'silent', ...env },
      stdio: [input === null ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += String(chunk)));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += String(chunk)));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
    if (input !== null) child.stdin?.end(input);
  });
}

describe('the main job without a token', () => {
  it('exits 2 saying why when its stdin is /dev/null (a container run without -i), and answers piped questions', async () => {
    const [container, piped, bot] = await Promise.all([
      run('src/index.ts', {}, null),
      run('src/index.ts', {}, '/help\n'),
      run('src/index.ts', { RUN_MODE: 'bot' }, '/help\n'),
    ]);
    expect(container.code).toBe(2);
    expect(container.stderr).toMatch(/DISCORD_TOKEN is not set, and the offline console that runs without it has no input/);
    expect(container.stdout).toBe('');
    expect(piped.code).toBe(0);
    expect(piped.stdout).toMatch(/\/who-said/);
    // RUN_MODE=bot: a supervisor that attaches stdin still gets a failure, not a console.
    expect(bot.code).toBe(2);
    expect(bot.stderr).toMatch(/DISCORD_TOKEN is not set and RUN_MODE is bot/);
    expect(bot.stdout).toBe('');
  });

  it('exits 2 for a DISCORD_TOKEN of only spaces instead of running the console', async () => {
    const blank = await run('src/index.ts', { DISCORD_TOKEN: '   ' }, '/help\n');
    expect(blank.code).toBe(2);
    expect(blank.stderr).toMatch(/DISCORD_TOKEN holds only spaces/);
    expect(blank.stdout).toBe('');
  });

  it('never prints a token put in the wrong variable', async () => {
    const wrong = await run('src/index.ts', { DISCORD_CLIENT_ID: TOKEN, SHARDS: TOKEN }, '/help\n');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/DISCORD_CLIENT_ID is not a Discord id .* It looks like a bot token/);
    expect(wrong.stderr).toMatch(/SHARDS \(a \d+-character value, not shown/);
    expect(`${wrong.stdout}${wrong.stderr}`).not.toContain(TOKEN.split('.')[0]);
  });
});

describe('deploy-commands from src/deploy-commands.ts (dist/deploy-commands.js in the image)', () => {
  const fake = new FakeDiscord();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  it('registers the commands, and exits 2 without a token', async () => {
    const done = await run('src/deploy-commands.ts', { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '900000000000000001', DISCORD_GUILD_ID: '600000000000000004', DISCORD_API_URL: fake.apiUrl }, null);
    expect(done).toMatchObject({ code: 0, stdout: '' });
    const request = await fake.waitFor((r) => r.method === 'PUT' && r.path.endsWith('/guilds/600000000000000004/commands'));
    expect((request.body as unknown[]).length).toBeGreaterThan(0);
    const missing = await run('src/deploy-commands.ts', {}, null);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/DISCORD_TOKEN is not set/);
  });
});
