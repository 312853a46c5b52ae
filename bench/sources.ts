/**
 * `npm run bench -- sources`: on Reuters-21578 (cached coverage), the time of
 * the first list of sources (every article's signature read and the
 * candidate pairs found, once per coverage) and of later pages, and how many
 * articles of the first pages share text.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { answerParsed } from '../src/answer/answer.js';
import { parseQuestion } from '../src/answer/intent.js';
import { windowOfPage } from '../src/answer/types.js';
import { openCoverage } from '../src/retrieval/open.js';
import { loadConfigFiles } from '../src/settings/config-files.js';
import { sharedCorpus } from './shared-corpora.js';

export function benchSources(): void {
  const file = sharedCorpus('reuters21578.jsonl');
  if (!file) return;
  const { coverage } = openCoverage({ corpusPaths: [file], cacheDir: path.join(tmpdir(), 'quotewire-bench-cache'), cacheMinArticles: 1, ...loadConfigFiles(), log: pino({ level: 'silent' }) });
  const question = 'List the sources';
  const parsed = parseQuestion(question);
  const pages = [1, 2, 50, Math.ceil(coverage.articleCount / 10)];
  for (const [at, page] of pages.entries()) {
    const started = performance.now();
    const answer = answerParsed(coverage, question, parsed, windowOfPage(page, 10));
    const sharing = answer.articles?.filter((article) => article.shares).length ?? 0;
    console.log(`${coverage.articleCount.toLocaleString('en-US')} articles, page ${page}${at === 0 ? ' (the first list: candidates found)' : ''}: ${((performance.now() - started)).toFixed(1)} ms, ${sharing} of ${answer.articles?.length ?? 0} articles sharing text`);
  }
}
