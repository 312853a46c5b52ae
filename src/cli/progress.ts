/**
 * Progress of a long job (ingesting articles): a line such as
 * "12,400/17,053 articles (73%) · 2,110/s · 2 s left", redrawn in place on a
 * terminal and logged now and then elsewhere, so piped output and log files
 * are not flooded.
 */
import type { Logger } from '../logging/logger.js';

export interface ProgressState {
  done: number;
  total: number;
  startedMs: number;
  nowMs: number;
  /** What is counted, plural: "articles". */
  label: string;
  /** The job is over, whether or not it got through everything. */
  ended?: boolean;
}

const counted = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const counted1 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** Items a second so far, or null before anything is done or any time has passed. */
export function progressRate(state: Pick<ProgressState, 'done' | 'startedMs' | 'nowMs'>): number | null {
  const seconds = (state.nowMs - state.startedMs) / 1000;
  return seconds > 0 && state.done > 0 ? state.done / seconds : null;
}

// A slow job's rate keeps a decimal: "0.4/s" says more than "0/s".
const formatRate = (rate: number): string => (rate < 10 ? counted1 : counted).format(rate);

/** "45 s", "3 min 5 s", "2 h 10 min": whole units, the small one dropped when zero. */
function formatSeconds(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const pair = (big: number, bigUnit: string, small: number, smallUnit: string): string =>
    small === 0 ? `${big} ${bigUnit}` : `${big} ${bigUnit} ${small} ${smallUnit}`;
  if (whole < 3600) return pair(Math.floor(whole / 60), 'min', whole % 60, 's');
  return pair(Math.floor(whole / 3600), 'h', Math.floor((whole % 3600) / 60), 'min');
}

// A job's total time under ten seconds keeps a decimal: "done in 0.4 s" rather than "0 s".
const formatElapsed = (ms: number): string => (ms < 10_000 ? `${counted1.format(Math.max(0, ms) / 1000)} s` : formatSeconds(ms / 1000));

/** Whole percent, never 100 before the end: "100%" promises the job is done. */
function percentOf(done: number, total: number): number {
  if (done >= total) return 100;
  return Math.min(99, Math.max(0, Math.round((done / total) * 100)));
}

/**
 * The progress line. Once done reaches total it says how long the whole job
 * took instead of the time left; a job that ended short says when it stopped.
 */
export function renderProgress(state: ProgressState): string {
  const { done, total, label } = state;
  const parts = [`${counted.format(done)}/${counted.format(total)} ${label} (${percentOf(done, total)}%)`];
  const rate = progressRate(state);
  if (rate !== null) parts.push(`${formatRate(rate)}/s`);
  const elapsed = formatElapsed(state.nowMs - state.startedMs);
  if (done >= total) parts.push(`done in ${elapsed}`);
  else if (state.ended) parts.push(`stopped after ${elapsed}`);
  // Never "0 s left" while work remains.
  else if (rate !== null) parts.push(`${formatSeconds(Math.max(1, (total - done) / rate))} left`);
  return parts.join(' · ');
}

/** Where a terminal's line is drawn: process.stderr, or a fake in tests. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressOptions {
  total: number;
  label: string;
  stream: ProgressStream;
  log: Pick<Logger, 'info'>;
  /** Whether to redraw a line on the stream; by default, whether the stream is a terminal. */
  isTTY?: boolean;
  /** Milliseconds, for tests; performance.now by default. */
  now?: () => number;
}

export interface Progress {
  update(done: number): void;
  /** Prints or logs the final line, once; done defaults to the last count given to update. */
  finish(done?: number): void;
}

/** A person notices a redraw slower than ten a second; faster only costs writes. */
const REDRAW_MS = 100;
/** Jobs shorter than this show only their final line. */
const QUIET_MS = 2_000;
/** Log lines, when not on a terminal, at most this often. */
const LOG_EVERY_MS = 5_000;

export function createProgress(options: ProgressOptions): Progress {
  const { total, label, stream, log } = options;
  const now = options.now ?? (() => performance.now());
  const tty = options.isTTY ?? stream.isTTY === true;
  const startedMs = now();
  let lastDone = 0;
  let lastShownMs = startedMs;
  let drawnWidth = 0;
  let finished = false;

  const stateAt = (done: number, nowMs: number): ProgressState => ({ done, total, startedMs, nowMs, label });
  const logLine = (state: ProgressState): void => {
    const rate = Math.round(progressRate(state) ?? 0);
    log.info({ done: state.done, total, rate }, renderProgress(state));
  };
  // Padding wipes what is left of a longer line drawn before.
  const draw = (line: string, end: string): void => {
    stream.write(`\r${line.padEnd(drawnWidth)}${end}`);
    drawnWidth = line.length;
  };

  return {
    update(done) {
      if (finished) return;
      lastDone = done;
      const nowMs = now();
      if (nowMs - startedMs < QUIET_MS) return;
      if (tty) {
        if (drawnWidth > 0 && nowMs - lastShownMs < REDRAW_MS) return;
        draw(renderProgress(stateAt(done, nowMs)), '');
      } else {
        if (nowMs - lastShownMs < LOG_EVERY_MS) return;
        logLine(stateAt(done, nowMs));
      }
      lastShownMs = nowMs;
    },
    finish(done = lastDone) {
      if (finished) return;
      finished = true;
      const state = { ...stateAt(done, now()), ended: true };
      if (!tty) return logLine(state);
      if (drawnWidth > 0) draw(renderProgress(state), '\n');
      else stream.write(`${renderProgress(state)}\n`);
    },
  };
}
