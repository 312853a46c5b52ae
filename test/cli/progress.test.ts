import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createProgress, renderProgress, type ProgressOptions } from '../../src/cli/progress.js';

const line = (done: number, total: number, elapsedMs: number, ended = false): string =>
  renderProgress({ done, total, startedMs: 1_000, nowMs: 1_000 + elapsedMs, label: 'articles', ended });

describe('the progress line', () => {
  it('gives count, percent, rate and time left', () => {
    expect(line(12_400, 17_053, 5_877)).toBe('12,400/17,053 articles (73%) · 2,110/s · 2 s left');
  });

  it('has no rate or time left before anything is done', () => {
    expect(line(0, 17_053, 0)).toBe('0/17,053 articles (0%)');
    expect(line(0, 17_053, 4_000)).toBe('0/17,053 articles (0%)');
  });

  it('gives long waits in minutes or hours', () => {
    expect(line(100, 10_000, 10_000)).toBe('100/10,000 articles (1%) · 10/s · 16 min 30 s left');
    expect(line(100, 100_000, 100_000)).toBe('100/100,000 articles (0%) · 1.0/s · 27 h 45 min left');
    expect(line(500, 1_000, 5_000)).toBe('500/1,000 articles (50%) · 100/s · 5 s left');
    expect(line(1, 61, 1_000)).toBe('1/61 articles (2%) · 1.0/s · 1 min left');
  });

  it('never says 100% or 0 s left while work remains', () => {
    expect(line(9_999, 10_000, 10_000)).toBe('9,999/10,000 articles (99%) · 1,000/s · 1 s left');
  });

  it('says how long the whole job took once done', () => {
    expect(line(17_053, 17_053, 8_080)).toBe('17,053/17,053 articles (100%) · 2,111/s · done in 8.1 s');
    expect(line(17_053, 17_053, 75_000)).toBe('17,053/17,053 articles (100%) · 227/s · done in 1 min 15 s');
  });

  it('says when a job that ended short stopped', () => {
    expect(line(50, 100, 1_000, true)).toBe('50/100 articles (50%) · 50/s · stopped after 1.0 s');
  });
});

/** A progress sink on a fake clock and stream, with its pino lines kept. */
function harness(isTTY: boolean, total = 1_000): { clock: { ms: number }; writes: string[]; logs: Record<string, unknown>[]; options: ProgressOptions } {
  const clock = { ms: 0 };
  const writes: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, { write: (text: string) => logs.push(JSON.parse(text) as Record<string, unknown>) });
  const stream = { isTTY, write: (text: string) => writes.push(text) };
  return { clock, writes, logs, options: { total, label: 'articles', stream, log, now: () => clock.ms } };
}

describe('progress on a terminal', () => {
  it('redraws one line at most ten times a second, then ends it with the final line', () => {
    const { clock, writes, logs, options } = harness(true);
    const progress = createProgress(options);
    for (let done = 1; done <= 1_000; done++) {
      clock.ms = done * 3; // 3 s in all, an update every 3 ms
      progress.update(done);
    }
    progress.finish();
    // Quiet for the first 2 s, then at most one draw each 100 ms of the last second.
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.length).toBeLessThanOrEqual(12);
    expect(writes.every((text) => text.startsWith('\r'))).toBe(true);
    expect(writes.slice(0, -1).every((text) => !text.includes('\n'))).toBe(true);
    expect(writes.at(-1)).toBe('\r1,000/1,000 articles (100%) · 333/s · done in 3.0 s\n');
    expect(logs).toEqual([]);
  });

  it('wipes what is left of a longer line drawn before', () => {
    const { clock, writes, options } = harness(true, 1_000_000);
    const progress = createProgress(options);
    clock.ms = 2_000;
    progress.update(100_000);
    clock.ms = 2_200;
    progress.update(100_001);
    const [first, second] = writes;
    expect(second?.length).toBeGreaterThanOrEqual(first?.length ?? Infinity);
  });

  it('prints only the final line for a job that takes under 2 s', () => {
    const { clock, writes, options } = harness(true);
    const progress = createProgress(options);
    for (let done = 1; done <= 1_000; done++) {
      clock.ms = done * 1.5;
      progress.update(done);
    }
    progress.finish();
    progress.finish();
    expect(writes).toEqual(['1,000/1,000 articles (100%) · 667/s · done in 1.5 s\n']);
  });

  it('follows the stream unless told otherwise', () => {
    const { clock, writes, logs, options } = harness(true);
    const progress = createProgress({ ...options, isTTY: false });
    clock.ms = 1_000;
    progress.finish(1_000);
    expect(writes).toEqual([]);
    expect(logs).toHaveLength(1);
  });
});

describe('progress in a log', () => {
  it('writes nothing to the stream, logs every few seconds and once at the end', () => {
    const { clock, writes, logs, options } = harness(false);
    const progress = createProgress(options);
    for (let done = 1; done <= 1_000; done++) {
      clock.ms = done * 20; // 20 s in all
      progress.update(done);
    }
    progress.finish();
    expect(writes).toEqual([]);
    expect(logs.map((entry) => entry.done)).toEqual([250, 500, 750, 1_000, 1_000]);
    expect(logs[0]).toMatchObject({ level: 30, done: 250, total: 1_000, rate: 50, msg: '250/1,000 articles (25%) · 50/s · 15 s left' });
    expect(logs.at(-1)).toMatchObject({ done: 1_000, total: 1_000, rate: 50, msg: '1,000/1,000 articles (100%) · 50/s · done in 20 s' });
  });

  it('logs only the final line for a short job', () => {
    const { clock, writes, logs, options } = harness(false);
    const progress = createProgress(options);
    for (let done = 1; done <= 1_000; done++) {
      clock.ms = done * 2;
      progress.update(done);
    }
    progress.finish();
    expect(writes).toEqual([]);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ done: 1_000, rate: 500 });
  });

  it('ignores updates after the end', () => {
    const { clock, logs, options } = harness(false);
    const progress = createProgress(options);
    clock.ms = 500;
    progress.update(10);
    progress.finish();
    clock.ms = 60_000;
    progress.update(20);
    progress.finish(30);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ done: 10, msg: '10/1,000 articles (1%) · 20/s · stopped after 0.5 s' });
  });
});
