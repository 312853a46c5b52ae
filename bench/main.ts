/**
 * Benchmarks: `npm run bench -- <name> [--runs N] [--sizes 1,4,10]`. They print figures; they
 * assert nothing, since these machines are shared and timings are noisy.
 */
import { parseArgs } from 'node:util';
import { benchAnswer, benchFuzz } from './answer.js';
import { benchAttribution } from './attribution.js';
import { benchCorpus } from './corpus.js';
import { benchLongArticle } from './long-article.js';
import { benchRobustness } from './robustness.js';
import { benchIngest } from './ingest.js';
import { benchLayered } from './layered.js';
import { benchScale } from './scale.js';
import { benchPostgresAnswer } from './postgres-answer.js';
import { benchWatch } from './watch.js';
import { benchDuplicates } from './duplicates.js';
import { benchChart } from './chart.js';
import { benchSources } from './sources.js';

/** Options only some benchmarks read. */
interface BenchOptions {
  sizes?: string;
  stores?: string;
}

const BENCHES: Record<string, (runs: number, options: BenchOptions) => void | Promise<void>> = {
  corpus: benchCorpus,
  attribution: benchAttribution,
  robustness: benchRobustness,
  'long-article': benchLongArticle,
  answer: benchAnswer,
  fuzz: () => benchFuzz(),
  scale: benchScale,
  ingest: () => benchIngest(),
  layered: () => benchLayered(),
  'postgres-answer': benchPostgresAnswer,
  watch: () => benchWatch(),
  duplicates: (runs) => benchDuplicates(runs),
  chart: (runs) => benchChart(runs),
  sources: () => benchSources(),
};

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, sizes: { type: 'string' }, stores: { type: 'string' } },
});
// scale, ingest, layered and watch run for minutes, postgres-answer needs a database ingested into: only when named.
const names = positionals.length > 0 ? positionals : Object.keys(BENCHES).filter((name) => !['scale', 'ingest', 'layered', 'postgres-answer', 'watch'].includes(name));
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number of at least 1 (got "${values.runs}")`);
  process.exit(2);
}
for (const name of names) {
  const bench = BENCHES[name];
  if (!bench) {
    console.error(`unknown benchmark "${name}"; known: ${Object.keys(BENCHES).join(', ')}`);
    process.exit(2);
  }
  await bench(runs, { sizes: values.sizes, stores: values.stores });
}
