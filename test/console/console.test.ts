import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseConsoleLine } from '../../src/console/parse.js';
import { ROOT } from '../helpers.js';

describe('console syntax', () => {
  it.each([
    ['/who-said statement:Daesh must be eliminated everywhere', { name: 'who-said', values: { statement: 'Daesh must be eliminated everywhere' } }],
    ['/quotes speaker:Ash Carter topic:Russia', { name: 'quotes', values: { speaker: 'Ash Carter', topic: 'Russia' } }],
    ['/quotes speaker:the Pentagon chief private:true', { name: 'quotes', values: { speaker: 'the Pentagon chief', private: true } }],
    ['/ask Who is Ash Carter?', { name: 'ask', values: { question: 'Who is Ash Carter?' } }],
    ['/coverage topic:the Kelvale harbour', { name: 'coverage', values: { topic: 'the Kelvale harbour' } }],
    ['/coverage the Kelvale harbour', { name: 'coverage', values: { topic: 'the Kelvale harbour' } }],
    ['/SOURCES', { name: 'sources', values: {} }],
    ['/help', { name: 'help', values: {} }],
    ['Who said there will be overlap?', { name: 'ask', values: { question: 'Who said there will be overlap?' } }],
  ])('%s', (line, expected) => {
    expect(parseConsoleLine(line)).toEqual(expected);
  });

  it('explains a wrong command or a missing option', () => {
    expect(parseConsoleLine('/frobnicate x')).toEqual({ error: 'There is no /frobnicate command. Try /help.' });
    expect(parseConsoleLine('/quotes topic:Russia')).toMatchObject({ error: expect.stringMatching(/^\/quotes needs speaker:/) });
    expect(parseConsoleLine('/coverage')).toMatchObject({ error: expect.stringMatching(/^\/coverage needs topic:/) });
  });
});

describe('npm start without a token', () => {
  it('answers each piped line with the same answers as the bot, then exits', async () => {
    const run = promisify(execFile);
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
    delete env.DISCORD_TOKEN;
    const child = run('npm', ['start'], { cwd: ROOT, env });
    child.child.stdin?.end('/who-said statement:Daesh must be eliminated everywhere\n/quotes speaker:Fallon\n/nope\n');
    const { stdout, stderr } = await child;
    expect(stdout).toMatch(/— Francois Hollande \(French President\)/);
    expect(stdout).toMatch(/RFE\/RL, 2016-10-25: https:\/\/www\.rferl\.org\/.*#:~:text=Daesh/);
    expect(stdout).toMatch(/DW, 2016-10-25: https:\/\/www\.dw\.com\//);
    expect(stdout).toMatch(/— Michael Fallon/);
    expect(stdout).toMatch(/There is no \/nope command/);
    expect(stderr).toMatch(/To run the Discord bot, put DISCORD_TOKEN/);
  });

  it('stops with a clear message on a malformed setting', async () => {
    const run = promisify(execFile);
    const failed = await run('npm', ['start'], { cwd: ROOT, env: { ...process.env, DISCORD_TOKEN: 'not-a-token', LOG_LEVEL: 'silent' } }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringMatching(/DISCORD_TOKEN does not look like a bot token/) });
  });
});
