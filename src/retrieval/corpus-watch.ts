/**
 * Notices files added, changed or removed in a corpus (CORPUS_WATCH=on) and
 * asks for a refresh once they settle: the operating system's file events
 * where it gives them, and a look every few seconds at the files' sizes and
 * times where it does not (once a minute where it does, and at whether a
 * watched folder was replaced). Refreshes never overlap; changes made during
 * one bring one more after it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logging/logger.js';

export interface CorpusWatchOptions {
  /** The corpus's folders and files, as given. */
  paths: readonly string[];
  /** Reads the corpus again; called after a change, never while the last call runs. */
  refresh: () => Promise<void>;
  log: Logger;
  /** How long files must stay quiet before a refresh: a copy of many files is one change. Default 200 ms. */
  settleMs?: number;
  /**
   * How often the watch looks for itself: folders replaced are watched anew; without file events (a file system
   * that gives none) the files' listing is compared each time, with them once a minute. Default 5 s.
   */
  pollMs?: number;
  /** With file events, every how many looks the files' listing is compared. Default 12 (once a minute at 5 s). */
  listingEvery?: number;
}

export interface CorpusWatch {
  /** Resolves once no refresh is due or running (for tests and shutdown). */
  idle(): Promise<void>;
  /** Reads the corpus again soon, as a change would (files written while the watch was not yet listening). */
  nudge(): void;
  close(): void;
}

/** Folders are watched whole; a file through its folder, since editors replace a file rather than write it. */
function watchTarget(given: string): { folder: string; only: string | null } {
  let folder = false;
  try {
    folder = statSync(given).isDirectory();
  } catch {
    // Gone or unreadable: its folder is watched for it to come back.
  }
  return folder ? { folder: given, only: null } : { folder: path.dirname(given), only: path.basename(given) };
}

/** With file events, every how many looks the whole listing is compared (a safety net: once a minute at 5 s). */
const LISTING_EVERY = 12;

/** Which folder is at a path: its inode and birth time (a folder removed and made anew often gets the same inode back). */
function identityOf(folder: string): string | null {
  try {
    const stats = statSync(folder);
    return `${stats.dev}:${stats.ino}:${stats.birthtimeMs}`;
  } catch {
    return null;
  }
}

/**
 * What a read of the corpus would see, cheaply: every file's path, size and
 * modification time below the paths (hidden files left out), hashed.
 */
export function listingStamp(paths: readonly string[]): string {
  const hash = createHash('sha256');
  // Folders by device and inode: one reached again through a link (a loop, a second way in) is not read twice.
  const seen = new Set<string>();
  const visit = (file: string, depth: number): void => {
    let stats;
    try {
      stats = statSync(file);
    } catch {
      hash.update(`${file}\0gone\n`);
      return;
    }
    if (stats.isDirectory()) {
      const folder = `${stats.dev}:${stats.ino}`;
      if (seen.has(folder) || depth >= 32) return;
      seen.add(folder);
      let names: string[] = [];
      try {
        names = readdirSync(file).filter((name) => !name.startsWith('.')).sort();
      } catch {
        // Unreadable: its stat alone counts.
      }
      hash.update(`${file}\0dir\0${names.length}\n`);
      for (const name of names) visit(path.join(file, name), depth + 1);
      return;
    }
    hash.update(`${file}\0${stats.size}\0${stats.mtimeMs}\n`);
  };
  for (const given of paths) visit(given, 0);
  return hash.digest('hex');
}

/** A file event for something a corpus read would not look at (a hidden file, an editor's swap file). */
function ignored(name: string | null): boolean {
  if (name === null) return false;
  const base = path.basename(name);
  return base.startsWith('.') || base.endsWith('~') || base.endsWith('.swp') || base.endsWith('.tmp');
}

/**
 * Starts watching a corpus.
 *
 * @example
 * const watching = watchCorpus({ paths: ['archive/'], refresh: async () => swap(await store.refresh()), log });
 */
export function watchCorpus(options: CorpusWatchOptions): CorpusWatch {
  const { log, settleMs = 200, pollMs = 5000, listingEvery = LISTING_EVERY } = options;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  let eventsFailed = false;
  const watched = new Map<string, { watcher: FSWatcher; identity: string }>();
  // What the files looked like when last listed: the look finds changes against it (null: the next listing is the
  // new baseline, the corpus having been read since on an event).
  let lastStamp: string | null = listingStamp(options.paths);

  const run = (): void => {
    timer = null;
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    // Listing every file before each read would cost as much as the read's own stats: the next look lists them.
    if (!eventsFailed) lastStamp = null;
    running = options
      .refresh()
      .catch((error: unknown) => log.error({ err: error }, `reading the corpus again failed: ${(error as Error).message}; the coverage stays as it was`))
      .finally(() => {
        running = null;
        if (again && !closed) {
          again = false;
          changed();
        }
      });
  };
  const changed = (): void => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, settleMs);
  };
  const eventsUnavailable = (why: string): void => {
    if (eventsFailed) return;
    eventsFailed = true;
    log.warn(`file events are not available (${why}); the corpus's files are looked at every ${pollMs / 1000} s`);
  };
  /** Watches a path's folder, again when the folder was replaced (removed and made anew: its old watch hears nothing). */
  const watchPath = (given: string): void => {
    const { folder, only } = watchTarget(given);
    const identity = identityOf(folder);
    const held = watched.get(given);
    if (held && held.identity === identity) return;
    held?.watcher.close();
    watched.delete(given);
    if (identity === null) return;
    try {
      const watcher = watch(folder, { recursive: only === null, persistent: false }, (_event, name) => {
        const file = typeof name === 'string' ? name : null;
        if (ignored(file) || (only !== null && file !== null && file !== only)) return;
        changed();
      });
      watcher.on('error', (error) => eventsUnavailable(error.message));
      watched.set(given, { watcher, identity });
      // Replaced, or there again: what it holds now was never heard of.
      if (held || looks > 0) changed();
    } catch (error) {
      eventsUnavailable((error as Error).message);
    }
  };
  // The look: folders replaced are watched anew, and files changed where no event told (a file system that gives none).
  let looks = 0;
  const look = (): void => {
    if (closed || running || timer) return;
    for (const given of options.paths) watchPath(given);
    // With file events, the whole listing is compared only now and then: it reads every file's stat.
    looks++;
    if (!eventsFailed && looks % listingEvery !== 0) return;
    const now = listingStamp(options.paths);
    if (lastStamp !== null && now !== lastStamp) changed();
    lastStamp = now;
  };

  for (const given of options.paths) watchPath(given);
  const looker = setInterval(look, pollMs);
  looker.unref();
  log.info({ paths: options.paths }, `watching ${options.paths.join(', ')} for new, changed and removed articles`);

  return {
    async idle() {
      while (timer || running) {
        if (running) await running;
        else await new Promise((resolve) => setTimeout(resolve, settleMs));
      }
    },
    nudge: changed,
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      clearInterval(looker);
      for (const { watcher } of watched.values()) watcher.close();
    },
  };
}
