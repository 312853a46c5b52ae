/**
 * `npm run bench -- watch`: the BBC corpus (2,225 articles) copied into a
 * folder, opened on each store as the bot opens it with CORPUS_WATCH=on,
 * then 10 articles written into the folder, twice: Reuters articles with
 * statements (new people, whose namesakes among the BBC's may make the store
 * redo its corpus-wide steps), then new versions of 10 BBC articles (the same
 * people: layered on the stored coverage). For each, the time from the
 * writes until the coverage the bot answers from holds them, and until a
 * question about each new article's first statement finds it, and the longest
 * the event loop was held meanwhile (what a question arriving then waits). The PostgreSQL store uses a throwaway database and is
 * skipped, saying why, without a server.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pino from 'pino';
import { answerQuestion } from '../src/answer/answer.js';
import type { Coverage } from '../src/retrieval/coverage.js';
import { followCorpus } from '../src/retrieval/follow-corpus.js';
import { openStore, type StoreOptions } from '../src/retrieval/open-store.js';
import { settled } from '../src/retrieval/pending.js';
import { loadConfigFiles } from '../src/settings/config-files.js';
import { onServer, storeDatabase } from './postgres-server.js';
import { variantOf } from './scale-corpus.js';
import { sharedCorpus } from './shared-corpora.js';

const ADDED = 10;

interface Added {
  name: string;
  text: string;
}

/** Ten Reuters articles that carry a quotation, as text files (headline, blank line, body). */
function reutersToAdd(reuters: string): Added[] {
  const found: { name: string; text: string }[] = [];
  for (const line of readFileSync(reuters, 'utf8').split('\n')) {
    if (found.length === ADDED) break;
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { id: string | number; title?: string; body: string };
    if (!/"[^"]{30,}"[^"]{0,40}\bsaid\b/.test(record.body)) continue;
    found.push({ name: `added-${record.id}.txt`, text: `${record.title ?? 'Untitled'}\n\n${record.body}\n` });
  }
  return found;
}

/** New versions of ten of the folder's articles that carry a quotation, two from each section (bench/scale-corpus.ts's variants), as new files. */
function variantsToAdd(folder: string): Added[] {
  const sections = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const each = Math.ceil(ADDED / sections.length);
  return sections.flatMap((section) =>
    readdirSync(path.join(folder, section)).sort()
      .map((name) => ({ name, text: readFileSync(path.join(folder, section, name), 'utf8') }))
      .filter(({ text }) => /"[^"]{30,}"/.test(text))
      .slice(0, each)
      .map(({ name, text }) => ({ name: `variant-${section}-${name}`, text: variantOf({ id: name, body: text }, 1, 7).body })),
  ).slice(0, ADDED);
}

/** A question about the first statement of each added article; how many find a statement of that article. */
async function answeredAbout(coverage: Coverage, ids: readonly string[]): Promise<number> {
  let found = 0;
  for (const id of ids) {
    const first = (await settled(() => coverage.clustersInArticle(id)))[0];
    if (!first) continue;
    const words = first.text.split(/\s+/).slice(0, 10).join(' ');
    const answer = await settled(() => answerQuestion(coverage, `Who said ${words}?`));
    if (answer.found) found++;
  }
  return found;
}

async function measure(store: 'embedded' | 'postgres', bbc: string, reuters: string, work: string): Promise<void> {
  const folder = path.join(work, `${store}-bbc`);
  cpSync(bbc, folder, { recursive: true });
  const database = `quotewire_bench_watch_${process.pid}`;
  const url = await storeDatabase(store, database);
  if (url === undefined) return;
  const options: StoreOptions = {
    corpusPaths: [folder], cacheDir: path.join(work, `${store}-store`), cacheMinArticles: 200, ...loadConfigFiles(), log: pino({ level: 'silent' }),
    databaseUrl: url, ingest: true,
  };
  const opened = await openStore(options);
  try {
    let current = opened.coverage;
    let swapped: { at: number; how: string } | null = null;
    const following = followCorpus(opened, [folder], pino({ level: 'silent' }), (coverage) => (current = coverage));
    // The refresh's own report, for how the store took the articles in.
    const refresh = opened.refresh;
    opened.refresh = async () => {
      const refreshed = await refresh();
      swapped = { at: performance.now(), how: refreshed.origin === 'layered' ? 'layered' : refreshed.origin === 'built' ? 'corpus-wide steps redone' : 'ingested' };
      return refreshed;
    };
    for (const [what, adding] of [['Reuters articles', reutersToAdd(reuters)], ['new versions of BBC articles', variantsToAdd(folder)]] as const) {
      const before = current.articleCount;
      swapped = null;
      // How long questions would wait: the longest the event loop was held while the articles were taken in.
      const pauses = monitorEventLoopDelay({ resolution: 10 });
      pauses.enable();
      const written = performance.now();
      for (const { name, text } of adding) writeFileSync(path.join(folder, name), text);
      while (swapped === null || current.articleCount < before + adding.length) await new Promise((resolve) => setTimeout(resolve, 10));
      pauses.disable();
      const { at, how } = swapped as { at: number; how: string };
      const found = await answeredAbout(current, adding.map(({ name }) => path.parse(name).name));
      const answerable = performance.now() - written;
      console.log(
        `${store}: ${adding.length} ${what} written into a watched folder of ${before.toLocaleString('en-US')}: held after ${((at - written) / 1000).toFixed(2)} s ` +
          `(${how}; 200 ms of it the wait for the writes to settle), ${found} of ${adding.length} answered from after ${(answerable / 1000).toFixed(2)} s; ` +
          `the event loop held for ${Math.round(pauses.max / 1e6)} ms at most meanwhile`,
      );
    }
    following.close();
    await following.idle();
  } finally {
    await opened.close();
    if (store === 'postgres') await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
  }
}

export async function benchWatch(): Promise<void> {
  const bbc = sharedCorpus('bbc');
  const reuters = sharedCorpus('reuters21578.jsonl');
  if (!bbc || !reuters) return;
  const work = mkdtempSync(path.join(tmpdir(), 'quotewire-watch-'));
  try {
    for (const store of ['embedded', 'postgres'] as const) await measure(store, bbc, reuters, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
