import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { FIXTURES, ROOT } from '../helpers.js';

const run = promisify(execFile);

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const previous = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = 'silent';
  try {
    const code = await runCli(argv, (text) => (out += text), (text) => (err += text));
    return { code, out, err };
  } finally {
    if (previous === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = previous;
  }
}

describe('cli sources', () => {
  it('prints one JSON document listing the seeds', async () => {
    const { code, out } = await cli('sources', '--json');
    expect(code).toBe(0);
    const listing = JSON.parse(out);
    expect(listing.count).toBe(5);
    expect(listing.articles[0]).toEqual({
      id: '000_d563a54a6b87c5ad',
      outlet: 'RFE/RL',
      headline: 'U.S.-Led Coalition Preparing To Retake Raqqa As Mosul Offensive Continues',
      url: 'https://www.rferl.org/a/islamic-state-syria-us-retaking-raqqa-mosul/28074721.html',
      published: '2016-10-25',
      wires: ['Reuters', 'AP'],
      byline: null,
      dateline: null,
      sentences: expect.any(Number),
      origin: expect.stringMatching(/seeds[/\\]000_d563a54a6b87c5ad\.txt$/),
    });
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await cli('sources');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^id\s+outlet\s+published\s+wires\s+sentences\s+headline\s+link$/);
    expect(out).toContain('https://www.dw.com/en/us-eyes-is-stronghold-raqqa-amid-mosul-offensive/a-36154478');
    expect(out).toMatch(/5 articles\n$/);
  });

  it('replaces the corpus with --corpus, repeatable, and lists warnings in the JSON', async () => {
    const { code, out } = await cli(
      'sources', '--json',
      '--corpus', path.join(FIXTURES, 'corpus-mixed'),
      '--corpus', path.join(FIXTURES, 'archive.jsonl'),
    );
    expect(code).toBe(0);
    const listing = JSON.parse(out);
    expect(listing.articles.map((a: { id: string }) => a.id)).toEqual(['politics/budget', 'storm', 'a1', 'a3', 'a5']);
    expect(listing.warnings.length).toBeGreaterThanOrEqual(8);
  });

  it('fails with a clear message and exit code 1 when no article loads', async () => {
    const { code, out, err } = await cli('sources', '--corpus', path.join(FIXTURES, 'corpus-mixed', 'empty.txt'));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/empty\.txt: is empty; skipped/);
    expect(err).toMatch(/error: no article could be loaded/);
  });

  it('rejects unknown commands, options and arguments with exit code 2', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('sources', '--frob')).err).toMatch(/Unknown option '--frob'/);
    expect((await cli('sources', 'extra')).err).toMatch(/sources takes no arguments/);
    expect((await cli()).code).toBe(2);
    expect(await cli('--help')).toMatchObject({ code: 0, out: expect.stringMatching(/^usage: npm run cli/) });
  });

  it('stops on a bad setting, saying which and how to fix it', async () => {
    process.env.LOG_FORMAT = 'xml';
    try {
      const { code, err } = await cli('sources');
      expect(code).toBe(2);
      expect(err).toMatch(/LOG_FORMAT="xml" is not one of auto, json, pretty/);
    } finally {
      delete process.env.LOG_FORMAT;
    }
  });
});

describe('npm run cli, as scripts call it', () => {
  it('keeps stdout to exactly one JSON document; logs go to stderr', async () => {
    const { stdout, stderr } = await run('npm', ['run', 'cli', '--', 'sources', '--json'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
    });
    expect(JSON.parse(stdout).count).toBe(5);
    expect(stderr).toMatch(/"msg":"loaded 5 articles in \d+ ms"/);
  });
});
