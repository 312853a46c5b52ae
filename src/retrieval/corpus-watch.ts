/**
 * Notices files added, changed or removed in a corpus (CORPUS_WATCH=on) and
 * asks for a refresh once they settle: the operating system's file events
 * where it gives them, else a look every few seconds. Refreshes never
 * overlap; changes made during one bring one more after it.
 */
import { statSync, watch, type FSWatcher } from 'node:fs';
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
  /** Without file events (a file system that gives none), how often the corpus is read again anyway. Default 5 s. */
  pollMs?: number;
}

export interface CorpusWatch {
  /** Resolves once no refresh is due or running (for tests and shutdown). */
  idle(): Promise<void>;
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
  const { log, settleMs = 200, pollMs = 5000 } = options;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  const watchers: FSWatcher[] = [];
  let poller: NodeJS.Timeout | null = null;

  const run = (): void => {
    timer = null;
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
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
  const poll = (why: string): void => {
    if (poller || closed) return;
    log.warn(`file events are not available (${why}); the corpus is read again every ${pollMs / 1000} s`);
    poller = setInterval(changed, pollMs);
    poller.unref();
  };

  for (const given of options.paths) {
    const { folder, only } = watchTarget(given);
    try {
      const watcher = watch(folder, { recursive: only === null, persistent: false }, (_event, name) => {
        const file = typeof name === 'string' ? name : null;
        if (ignored(file) || (only !== null && file !== null && file !== only)) return;
        changed();
      });
      watcher.on('error', (error) => poll(error.message));
      watchers.push(watcher);
    } catch (error) {
      poll((error as Error).message);
    }
  }
  log.info({ paths: options.paths }, `watching ${options.paths.join(', ')} for new, changed and removed articles`);

  return {
    async idle() {
      while (timer || running) {
        if (running) await running;
        else await new Promise((resolve) => setTimeout(resolve, settleMs));
      }
    },
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      if (poller) clearInterval(poller);
      for (const watcher of watchers) watcher.close();
    },
  };
}
