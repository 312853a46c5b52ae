import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/**
 * In a process of its own (the setting is the whole process's): about 60 MB held while ten times as much is
 * allocated and dropped, as answering does; the most the heap held at once, in MB.
 */
function mostHeldWhileChurning(options: { keepNearLive: boolean; nodeArguments?: string[] }): { most: number; set: boolean | null } {
  const module = pathToFileURL(path.join(ROOT, 'src', 'settings', 'heap-growth.ts')).href;
  const script = `const { keepHeapNearLive } = await import(${JSON.stringify(module)});
const set = ${options.keepNearLive} ? keepHeapNearLive() : null;
const held = Array.from({ length: 600_000 }, (_, i) => ({ i, text: 'kept ' + i }));
let most = 0;
let recent = [];
for (let round = 0; round < 400; round++) {
  recent.push(Array.from({ length: 5_000 }, (_, i) => ({ i, text: 'dropped ' + round + ' ' + i })));
  if (recent.length > 20) recent = [];
  most = Math.max(most, process.memoryUsage().heapUsed);
}
process.stdout.write(JSON.stringify({ most: Math.round(most / 2 ** 20), held: held.length, set }));`;
  const child = spawnSync(process.execPath, [...(options.nodeArguments ?? []), '--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  if (child.error || child.status !== 0) throw new Error(`the child did not finish (${child.error?.message ?? `exit ${child.status}`}): ${child.stderr.slice(0, 500)}`);
  return JSON.parse(child.stdout) as { most: number; set: boolean | null };
}

describe('the heap of a process answering from PostgreSQL', () => {
  it('grows to about half again what is held, not three or four times as much, whatever was allocated', () => {
    const kept = mostHeldWhileChurning({ keepNearLive: true });
    expect(kept.set).toBe(true);
    expect(kept.most).toBeLessThan(150);
  });

  it('leaves a heap growth the process was started with as it is', () => {
    expect(mostHeldWhileChurning({ keepNearLive: true, nodeArguments: ['--heap-growing-percent=300'] }).set).toBe(false);
  });

  it('collects at once what was dropped before, so its next limit follows what is held', () => {
    const module = pathToFileURL(path.join(ROOT, 'src', 'settings', 'heap-growth.ts')).href;
    const script = `const { keepHeapNearLive } = await import(${JSON.stringify(module)});
let dropped = Array.from({ length: 800_000 }, (_, i) => ({ i, text: 'dropped ' + i }));
const before = process.memoryUsage().heapUsed;
dropped = null;
keepHeapNearLive();
process.stdout.write(JSON.stringify({ before: Math.round(before / 2 ** 20), after: Math.round(process.memoryUsage().heapUsed / 2 ** 20) }));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
    if (child.error || child.status !== 0) throw new Error(`the child did not finish: ${child.stderr.slice(0, 500)}`);
    const { before, after } = JSON.parse(child.stdout) as { before: number; after: number };
    expect(before).toBeGreaterThan(60);
    expect(after).toBeLessThan(before / 2);
  });
});
