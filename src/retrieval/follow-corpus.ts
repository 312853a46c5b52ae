/**
 * Keeps a running job's coverage up with its corpus (CORPUS_WATCH=on): each
 * change to the files is read into the store (only the articles new or
 * changed are attributed) and the job answers from the new coverage, while
 * answers under way finish on the old one.
 */
import type { Logger } from '../logging/logger.js';
import type { Coverage } from './coverage.js';
import { watchCorpus, type CorpusWatch } from './corpus-watch.js';
import type { OpenedStore, RefreshedCoverage } from './open-store.js';

/** What a refresh took in, as the log says it. */
export function describeRefresh(refreshed: RefreshedCoverage): string {
  const { coverage, counts, ms, origin } = refreshed;
  const now = `${coverage.articleCount.toLocaleString('en-US')} articles, ${coverage.statementCount.toLocaleString('en-US')} statements`;
  const taken = counts ? `${counts.added} added, ${counts.changed} changed, ${counts.removed} removed` : 'read again';
  const how = origin === 'layered' ? ', layered on the stored coverage' : origin === 'built' ? ', the corpus-wide steps redone' : '';
  return `corpus changed: ${taken} in ${ms} ms${how}; now ${now}`;
}

/**
 * Watches `paths` and hands each new coverage to `use`.
 *
 * @example
 * const following = followCorpus(store, ['archive/'], log, (coverage) => bot.setCoverage(coverage));
 */
export function followCorpus(store: Pick<OpenedStore, 'refresh' | 'coverage'>, paths: readonly string[], log: Logger, use: (coverage: Coverage) => void): CorpusWatch {
  let current = store.coverage;
  return watchCorpus({
    paths,
    log,
    refresh: async () => {
      const refreshed = await store.refresh();
      // Nothing new (a file touched, or saved unchanged): the store gives back the coverage it held, which answers on.
      // A change of synonyms or of order alone changes no article but the coverage's version: that one is taken.
      if (refreshed.coverage === current) {
        log.debug('corpus files touched, no article changed');
        return;
      }
      current = refreshed.coverage;
      use(refreshed.coverage);
      log.info({ ...refreshed.counts, articles: refreshed.coverage.articleCount, ms: refreshed.ms }, describeRefresh(refreshed));
    },
  });
}

/** How long an answer that read across an ingest waits for the coverage after it. */
export const NEW_COVERAGE_WAIT_MS = 20_000;

/**
 * Resolves once `current()` is another coverage than `old` (the watch handed on the one after an ingest), or
 * after `ms`; says whether it is.
 */
export async function coverageAfter(current: () => Coverage, old: Coverage, ms: number = NEW_COVERAGE_WAIT_MS): Promise<boolean> {
  const end = Date.now() + ms;
  while (current() === old && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
  return current() !== old;
}
