/**
 * `npm run bench -- duplicates`: on BBC and Reuters, the time to find the
 * pairs of articles that share text (`npm run cli -- duplicates`), the
 * corpus already read; how many pairs, how many of them the same text.
 */
import { loadCorpus } from '../src/corpus/load.js';
import { sharedPairs } from '../src/corpus/copies.js';
import { sharedCorpus } from './shared-corpora.js';

export function benchDuplicates(runs: number): void {
  for (const name of ['bbc', 'reuters21578.jsonl'] as const) {
    const corpus = sharedCorpus(name);
    if (!corpus) continue;
    const stories = loadCorpus([corpus]).articles.map((article) => ({ id: article.id, text: article.sentences.map((sentence) => sentence.text).join(' ') }));
    for (let run = 1; run <= runs; run++) {
      const started = process.cpuUsage();
      const wall = performance.now();
      const pairs = sharedPairs(stories);
      const cpu = process.cpuUsage(started);
      console.log(
        `${name}, run ${run}: ${stories.length.toLocaleString('en-US')} articles, ${pairs.length.toLocaleString('en-US')} pairs sharing half or more of the shorter one's text ` +
          `(${pairs.filter((pair) => pair.shared === 1).length.toLocaleString('en-US')} sharing all of it) in ${((performance.now() - wall) / 1000).toFixed(2)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, one core)`,
      );
    }
  }
}
