/**
 * `npm run bench -- corpus [--runs N]`: how long loading and preparing each
 * corpus takes (read, clean, split into paragraphs and sentences), median of
 * N runs in this one process, so the figures compare as ratios.
 */
import { loadCorpus } from '../src/corpus/load.js';
import { mb, median, sharedCorpus } from './shared-corpora.js';

export function benchCorpus(runs: number): void {
  const targets: [string, string[]][] = [['seeds', []]];
  const bbc = sharedCorpus('bbc');
  if (bbc) targets.push(['bbc', [bbc]]);
  const reuters = sharedCorpus('reuters21578.jsonl');
  if (reuters) targets.push(['reuters', [reuters]]);
  console.log(`corpus load, median of ${runs} runs (node ${process.version})`);
  console.log('corpus    articles  sentences   text MB   load ms  articles/s   MB/s');
  for (const [name, paths] of targets) {
    const times: number[] = [];
    let articles = 0;
    let sentences = 0;
    let chars = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const corpus = loadCorpus(paths);
      times.push(performance.now() - started);
      articles = corpus.articles.length;
      sentences = corpus.articles.reduce((sum, a) => sum + a.sentences.length, 0);
      chars = corpus.articles.reduce((sum, a) => sum + Buffer.byteLength(a.original), 0);
    }
    const ms = median(times);
    console.log(
      [
        name.padEnd(8),
        String(articles).padStart(9),
        String(sentences).padStart(10),
        mb(chars).toFixed(2).padStart(9),
        ms.toFixed(0).padStart(9),
        ((articles / ms) * 1000).toFixed(0).padStart(11),
        ((mb(chars) / ms) * 1000).toFixed(1).padStart(6),
      ].join(' '),
    );
  }
  const memory = process.memoryUsage();
  console.log(`rss ${mb(memory.rss).toFixed(0)} MB, heap used ${mb(memory.heapUsed).toFixed(0)} MB`);
}
