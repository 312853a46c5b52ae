/**
 * `npm run bench -- attribution`: statements found per second on the Reuters
 * corpus, on one core, beside a bare pass (prepare: clean and split into
 * sentences, then tokenise every sentence) over the same articles in the
 * same run. Loading the file is outside both timings.
 */
import { readFileSync } from 'node:fs';
import { loadAttributionConfig } from '../src/settings/config-files.js';
import { attributeCorpus } from '../src/attribution/index.js';
import { tokenize } from '../src/language/tokens.js';
import { parseJsonl } from '../src/corpus/jsonl.js';
import { prepareArticle, type RawArticle } from '../src/corpus/prepare.js';
import { mb, median, sharedCorpus } from './shared-corpora.js';

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

export function benchAttribution(runs: number): void {
  const file = sharedCorpus('reuters21578.jsonl');
  if (!file) return;
  const raws: RawArticle[] = parseJsonl(readFileSync(file, 'utf8'), file, []);
  const bytes = raws.reduce((sum, raw) => sum + Buffer.byteLength(raw.text), 0);
  const config = loadAttributionConfig();
  const bare: number[] = [];
  const full: number[] = [];
  let statements = 0;
  for (let run = 0; run < runs; run++) {
    bare.push(timed(() => {
      let tokens = 0;
      for (const raw of raws) for (const sentence of prepareArticle(raw).sentences) tokens += tokenize(raw.text, sentence).length;
      return tokens;
    })[1]);
    const [result, ms] = timed(() => attributeCorpus(raws.map((raw) => prepareArticle(raw)), config));
    full.push(ms);
    statements = result.statements.length;
  }
  const line = (name: string, ms: number): string =>
    `${name.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms ${((raws.length / ms) * 1000).toFixed(0).padStart(8)} articles/s ${((mb(bytes) / ms) * 1000).toFixed(2).padStart(7)} MB/s`;
  console.log(`attribution on Reuters-21578: ${raws.length} articles, ${mb(bytes).toFixed(1)} MB, one core, median of ${runs} runs (node ${process.version})`);
  console.log(line('tokenise + sentence split (bare)', median(bare)));
  console.log(line('prepare + attribution (full)', median(full)));
  console.log(`statements found: ${statements}; attribution costs ${(median(full) / median(bare)).toFixed(2)}x the bare pass`);
}
