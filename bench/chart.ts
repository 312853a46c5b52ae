/**
 * `npm run bench -- chart`: on Reuters-21578 (its cached coverage, as the
 * answer bench keeps it), the coverage of broad topics and the time to draw
 * each one's chart: the first render apart (it loads Chart.js and the
 * canvas), then the median and slowest of the rest; memory before the first
 * chart and after the last. Then a made-up worst case: 200 periods, 40 outlets.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { topicCoverage } from '../src/answer/topic-coverage.js';
import type { TopicCoverage } from '../src/answer/types.js';
import { renderCoverageChart } from '../src/render/coverage-chart.js';
import { openCoverage } from '../src/retrieval/open.js';
import { loadConfigFiles } from '../src/settings/config-files.js';
import { mb, median, sharedCorpus } from './shared-corpora.js';

const TOPICS = ['oil', 'trade', 'bank'];

function memory(): string {
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return `RSS ${mb(rss).toFixed(0)} MB, heap ${mb(heapUsed).toFixed(0)} MB`;
}

function timeRenders(label: string, coverage: TopicCoverage, renders: number): void {
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < renders; run++) {
    const started = performance.now();
    bytes = renderCoverageChart(coverage)?.length ?? 0;
    times.push(performance.now() - started);
  }
  console.log(`${label}: ${renders} renders, median ${median(times).toFixed(1)} ms, slowest ${Math.max(...times).toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KB PNG`);
}

/** A timeline no real topic reaches here: 200 weeks, 40 outlets each publishing most weeks. */
function worstCase(): TopicCoverage {
  const outlets = Array.from({ length: 40 }, (_, i) => `Outlet ${i + 1}`);
  const periods = Array.from({ length: 200 }, (_, week) => ({
    start: new Date(Date.UTC(2020, 0, 6 + 7 * week)).toISOString().slice(0, 10),
    label: `W${week + 1}`,
    byOutlet: Object.fromEntries(outlets.map((outlet, i) => [outlet, (week * 7 + i * 3) % 11])),
  }));
  return { topic: 'a made-up topic', counted: { articles: 0, outlets: 40, copies: 0 }, outlets: [], singleOutlet: [], singleOutletTotal: 0, timeline: { bucket: 'week', periods, undated: 0 } };
}

export function benchChart(runs: number): void {
  const renders = Math.max(20, runs);
  const file = sharedCorpus('reuters21578.jsonl');
  const covered: { topic: string; coverage: TopicCoverage }[] = [];
  if (file) {
    const opened = performance.now();
    const { coverage } = openCoverage({ corpusPaths: [file], cacheDir: path.join(tmpdir(), 'quotewire-bench-cache'), cacheMinArticles: 1, ...loadConfigFiles(), log: pino({ level: 'silent' }) });
    console.log(`Reuters: ${coverage.articleCount.toLocaleString('en-US')} articles opened in ${((performance.now() - opened) / 1000).toFixed(1)} s`);
    for (const topic of TOPICS) {
      const started = performance.now();
      const found = topicCoverage(coverage, topic);
      const ms = performance.now() - started;
      if (!found) continue;
      const { periods, bucket, undated } = found.timeline;
      console.log(`"${topic}": ${found.counted.articles.toLocaleString('en-US')} articles (${found.counted.copies} copies), ${found.outlets.length} outlet label(s), ${periods.length} ${bucket}s, ${undated} undated; coverage built in ${ms.toFixed(0)} ms`);
      covered.push({ topic, coverage: found });
    }
  }
  const all = [...covered, { topic: '200 weeks x 40 outlets (made up)', coverage: worstCase() }];
  console.log(`before the first chart: ${memory()}`);
  const [first] = all;
  if (first) {
    const started = performance.now();
    renderCoverageChart(first.coverage);
    console.log(`first render ("${first.topic}", loads Chart.js and @napi-rs/canvas): ${(performance.now() - started).toFixed(1)} ms; ${memory()}`);
  }
  for (const { topic, coverage } of all) timeRenders(`"${topic}"`, coverage, renders);
  console.log(`after ${all.length * renders + 1} charts: ${memory()}`);
}
