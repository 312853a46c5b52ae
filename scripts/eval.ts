/**
 * `npm run eval [-- --misses N] [--doc ID]`: quote attribution against the
 * PolNeAR development set in ../shared/eval/polnear-dev. Prints precision,
 * recall, F1, speaker accuracy and a sample of misses to study.
 */
import { parseArgs } from 'node:util';
import { extractRawStatements } from '../src/attribution/extract.js';
import { addScores, metrics, scoreDocument, type ScoredDocument } from '../src/attribution/scoring.js';
import { loadDevSet, POLNEAR_DEV } from './polnear.js';

const { values } = parseArgs({ options: { misses: { type: 'string', default: '15' }, doc: { type: 'string' }, json: { type: 'boolean', default: false } } });

const dev = loadDevSet();
if (!dev) {
  console.log(`skipped: the PolNeAR development set is not at ${POLNEAR_DEV} (it comes with ../shared)`);
  process.exit(0);
}
const { gold } = dev;

const results: { id: string; text: string; result: ScoredDocument }[] = [];
const started = performance.now();
for (const article of dev.articles) {
  if (values.doc && article.id !== values.doc) continue;
  const predictions = extractRawStatements(article).map((s) => ({ start: s.start, end: s.end, mention: s.mention ? { start: s.mention.start, end: s.mention.end } : null }));
  results.push({ id: article.id, text: article.original, result: scoreDocument(gold.get(article.id) ?? [], predictions) });
}
const ms = performance.now() - started;
const total = addScores(results.map((r) => r.result.score));
const m = metrics(total);

const show = (text: string, start: number, end: number): string => text.slice(start, end).replace(/\s+/g, ' ').slice(0, 200);
const limit = Number(values.misses);
if (limit > 0) {
  console.log('\n== missed gold statements');
  for (const { id, text, result } of results.flatMap((r) => r.result.missed.map((g) => ({ id: r.id, text: r.text, result: g }))).slice(0, limit)) {
    const content = result.content[0];
    console.log(`- ${id}: [${result.source ? show(text, result.source.start, result.source.end) : '-'}] <${result.cue}> ${content ? show(text, content.start, content.end) : ''}`);
  }
  console.log('\n== predictions outside any gold statement');
  for (const { id, text, p } of results.flatMap((r) => r.result.wrong.map((p) => ({ id: r.id, text: r.text, p }))).slice(0, limit)) {
    console.log(`- ${id}: [${p.mention ? show(text, p.mention.start, p.mention.end) : '-'}] ${show(text, p.start, p.end)}`);
  }
  console.log('\n== wrong speakers');
  for (const { id, text, w } of results.flatMap((r) => r.result.wrongSpeaker.map((w) => ({ id: r.id, text: r.text, w }))).slice(0, limit)) {
    const source = w.gold.source;
    console.log(`- ${id}: gold [${source ? show(text, source.start, source.end) : '-'}] predicted [${w.prediction.mention ? show(text, w.prediction.mention.start, w.prediction.mention.end) : '-'}] ${show(text, w.prediction.start, w.prediction.end).slice(0, 80)}`);
  }
}
const pct = (x: number): string => x.toFixed(3);
console.log(`\nPolNeAR dev: ${results.length} articles, ${total.gold} gold statements with a speech cue, ${total.predictions} predicted, ${ms.toFixed(0)} ms`);
console.log(`precision ${pct(m.precision)}  recall ${pct(m.recall)}  F1 ${pct(m.f1)}  speaker accuracy ${pct(m.speakerAccuracy)} (${total.speakerRight}/${total.speakerChecked})`);
if (values.json) console.log(JSON.stringify({ ...m, ...total }));
