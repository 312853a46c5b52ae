import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/settings/heap-growth.ts');

/**
 * A process holding a set of live objects while it makes garbage that outlives the young generation (a ring of
 * objects replaced one by one), as a bot answering does: the largest heap it reaches, in MB.
 */
function peakHeap(limited: boolean): number {
  const script = `
    const { limitHeapGrowth } = await import(${JSON.stringify(MODULE)});
    if (${limited}) limitHeapGrowth();
    const live = Array.from({ length: 400000 }, (_, i) => ({ i, name: 'kelvale ferry ' + i }));
    const ring = new Array(250000);
    let peak = 0;
    for (let i = 0; i < 8000000; i++) {
      ring[i % ring.length] = { i, words: ['toll', i] };
      if (i % 20000 === 0) peak = Math.max(peak, process.memoryUsage().heapTotal);
    }
    console.log(live.length + ring.length > 0 ? Math.round(peak / 1048576) : 0);`;
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  return Number(output.trim());
}

describe('the limit on heap growth', () => {
  it('keeps the heap of a process making long-lived garbage well below what V8 lets it grow to by default', () => {
    const [unlimited, limited] = [peakHeap(false), peakHeap(true)];
    expect(limited).toBeGreaterThan(0);
    expect(limited).toBeLessThan(unlimited * 0.75);
  }, 60_000);
});
