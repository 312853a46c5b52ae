/**
 * `npm run eval [-- --misses N] [--doc ID]`: quote attribution against the
 * PolNeAR development set in ../shared/eval/polnear-dev. Prints precision,
 * recall, F1, speaker accuracy and a sample of misses to study.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/corpus/load.js';
import { prepareArticle } from '../src/corpus/prepare.js';
import { extractRawStatements } from '../src/attribution/extract.js';
import { addScores, metrics, scoreDocument, type GoldAttribution, type ScoredDocument } from '../src/attribution/scoring.js';
import { isSpeechCue } from '../src/attribution/speech-cues.js';

const DEV = path.resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'polnear-dev');

interface GoldLine {
  id: string;
  source: [number, number] | null;
  cueText: string | null;
  content: [number, number][];
}

const { values } = parseArgs({ options: { misses: { type: 'string', default: '15' }, doc: { type: 'string' }, json: { type: 'boolean', default: false } } });

if (!existsSync(DEV)) {
  console.log(`skipped: the PolNeAR development set is not at ${DEV} (it comes with ../shared)`);
  process.exit(0);
}

const gold = new Map<string, GoldAttribution[]>();
for (const line of readFileSync(path.join(DEV, 'gold.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const g = JSON.parse(line) as GoldLine;
  const list = gold.get(g.id) ?? [];
  list.push({
    source: g.source ? { start: g.source[0], end: g.source[1] } : null,
    cue: g.cueText,
    content: g.content.map(([start, end]) => ({ start, end })),
    scored: isSpeechCue(g.cueText ?? ''),
  });
  gold.set(g.id, list);
}

const results: { id: string; text: string; result: ScoredDocument }[] = [];
const started = performance.now();
for (const file of readdirSync(path.join(DEV, 'texts')).sort()) {
  const id = file.replace(/\.txt$/, '');
  if (values.doc && id !== values.doc) continue;
  const text = readFileSync(path.join(DEV, 'texts', file), 'utf8');
  const article = prepareArticle({ id, origin: file, text, headlineInText: true });
  const predictions = extractRawStatements(article).map((s) => ({ start: s.start, end: s.end, mention: s.mention ? { start: s.mention.start, end: s.mention.end } : null }));
  results.push({ id, text, result: scoreDocument(gold.get(id) ?? [], predictions) });
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
