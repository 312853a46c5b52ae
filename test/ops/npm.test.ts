/** npm as the README uses it: its errors are visible, its banner never reaches stdout; the licence package.json names is there. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const run = promisify(execFile);

describe('npm in this project (.npmrc)', () => {
  it('shows its own errors: a failing npm command says why on stderr', async () => {
    const failed: { code?: number; stderr: string } = await run('npm', ['run', 'no-such-script'], { cwd: ROOT }).catch((error: { code: number; stderr: string }) => error);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/npm error Missing script: "no-such-script"/);
  });

  it('keeps the run banner off stdout: piped questions to npm start give answers only', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DISCORD_TOKEN: '', LOG_LEVEL: 'silent' };
    const child = run('npm', ['start'], { cwd: ROOT, env });
    child.child.stdin?.end('/help\n');
    const { stdout, stderr } = await child;
    expect(stdout).not.toMatch(/^> quotewire@/m);
    expect(stdout).toMatch(/\/who-said/);
    expect(stderr).toMatch(/^> quotewire@\S+ start$/m);
  });
});

describe('the licence', () => {
  it('is the MIT licence package.json names, for QuoteWire contributors', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { license: string };
    const license = readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
    expect(pkg.license).toBe('MIT');
    expect(license.split('\n')[0]).toBe('MIT License');
    expect(license).toContain('Copyright (c) 2026 QuoteWire contributors');
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});
