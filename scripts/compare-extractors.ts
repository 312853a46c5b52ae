/**
 * `npm run compare`: the attribution rules beside three other ways of finding
 * who said what, on the PolNeAR development set (accuracy, same scorer as
 * `npm run eval`) and on Reuters-21578 (speed, one core):
 *
 * - naive: every quotation, with the capitalised words or pronoun next to the nearest reporting verb;
 * - compromise: its quotations and people, the nearest person taken as the speaker;
 * - wink-nlp: part-of-speech tags; the proper nouns or pronoun before (or after) a
 *   reporting verb are the speaker, the rest of the sentence (or the quotation) what was said.
 *
 * compromise and wink-nlp are not dependencies of QuoteWire; install them to run this:
 *   npm install --no-save compromise wink-nlp wink-eng-lite-web-model
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractRawStatements } from '../src/attribution/extract.js';
import { SPEECH_VERBS } from '../src/language/reporting-verbs.js';
import { findQuotations } from '../src/attribution/quotations.js';
import { addScores, metrics, scoreDocument, type Prediction } from '../src/attribution/scoring.js';
import { tokenize } from '../src/language/tokens.js';
import { parseJsonl } from '../src/corpus/jsonl.js';
import { PROJECT_ROOT } from '../src/corpus/load.js';
import { prepareArticle } from '../src/corpus/prepare.js';
import { loadDevSet, POLNEAR_DEV } from './polnear.js';
import type { Article } from '../src/corpus/types.js';

type Extractor = (article: Article) => Prediction[];

const SHARED = path.resolve(PROJECT_ROOT, '..', 'shared');
const REUTERS = path.join(SHARED, 'corpora', 'reuters21578.jsonl');

const rules: Extractor = (article) =>
  extractRawStatements(article).map((s) => ({ start: s.start, end: s.end, mention: s.mention ? { start: s.mention.start, end: s.mention.end } : null }));

/** Quotations, each with the capitalised run or pronoun beside the nearest reporting verb in its paragraph. */
const naive: Extractor = (article) => {
  const text = article.original;
  return findQuotations(text, article.paragraphs).map((quotation) => {
    const paragraph = article.paragraphs[quotation.paragraph] ?? { start: 0, end: text.length };
    const tokens = tokenize(text, paragraph);
    const verbs = tokens.map((t, i) => [t, i] as const).filter(([t]) => SPEECH_VERBS.has(t.lower) && (t.end <= quotation.open || t.start >= quotation.end));
    const nearest = verbs.sort((a, b) => Math.abs(a[0].start - quotation.start) - Math.abs(b[0].start - quotation.start))[0];
    let mention = null;
    if (nearest) {
      const [, i] = nearest;
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      const speaker = before && /^\p{Lu}|^(?:he|she|they)$/iu.test(before.text) && before.kind === 'word' ? before : after && /^\p{Lu}/u.test(after.text) ? after : null;
      if (speaker) mention = { start: speaker.start, end: speaker.end };
    }
    return { start: quotation.start, end: quotation.end, mention };
  });
};

/** Imports a package that may not be installed; the name is a variable so the type-check does not look for it. */
async function optional(name: string): Promise<unknown> {
  return import(name);
}

interface Offset { start: number; length: number }
interface CompromiseView { json(options: { offset: boolean }): { offset: Offset }[] }
interface CompromiseDoc { quotations(): CompromiseView; people(): CompromiseView }

async function loadCompromise(): Promise<Extractor | null> {
  try {
    const module = (await optional('compromise')) as { default: (text: string) => CompromiseDoc };
    return (article) => {
      const doc = module.default(article.original);
      const people = doc.people().json({ offset: true }).map((p) => ({ start: p.offset.start, end: p.offset.start + p.offset.length }));
      return doc.quotations().json({ offset: true }).map((q) => {
        const span = { start: q.offset.start, end: q.offset.start + q.offset.length };
        const nearest = [...people].sort((a, b) => Math.abs(a.start - span.end) - Math.abs(b.start - span.end))[0];
        return { ...span, mention: nearest ?? null };
      });
    };
  } catch {
    return null;
  }
}

interface WinkItems { out(what?: unknown): string[] }
interface WinkDoc { tokens(): WinkItems; sentences(): WinkItems }
interface Wink { readDoc(text: string): WinkDoc; its: Record<string, unknown> }

async function loadWink(): Promise<Extractor | null> {
  try {
    const winkNLP = ((await optional('wink-nlp')) as { default: (model: unknown) => Wink }).default;
    const model = ((await optional('wink-eng-lite-web-model')) as { default: unknown }).default;
    const wink = winkNLP(model);
    return (article) => winkExtract(wink, article);
  } catch {
    return null;
  }
}

/** Speaker by part of speech: proper nouns or a pronoun next to a reporting verb. */
function winkExtract(wink: Wink, article: Article): Prediction[] {
  const text = article.original;
  const doc = wink.readDoc(text);
  const words = doc.tokens().out();
  const tags = doc.tokens().out(wink.its.pos);
  const lemmas = doc.tokens().out(wink.its.lemma);
  const spans: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const word of words) {
    const at = text.indexOf(word, cursor);
    spans.push(at < 0 ? { start: cursor, end: cursor } : { start: at, end: at + word.length });
    if (at >= 0) cursor = at + word.length;
  }
  const quotations = findQuotations(text, article.paragraphs);
  const predictions: Prediction[] = [];
  const sentenceEnd = (i: number): number => {
    let j = i;
    while (j < words.length && !/^[.!?]$/.test(words[j] ?? '')) j++;
    return spans[Math.min(j, words.length - 1)]?.start ?? text.length;
  };
  const sentenceStart = (i: number): number => {
    let j = i;
    while (j > 0 && !/^[.!?]$/.test(words[j - 1] ?? '') && tags[j - 1] !== 'SPACE') j--;
    return spans[j]?.start ?? 0;
  };
  lemmas.forEach((lemma, i) => {
    if (tags[i] !== 'VERB' || !['say', 'tell', 'add', 'state', 'explain', 'note', 'announce', 'insist', 'warn', 'ask', 'argue', 'claim', 'write', 'declare', 'reply'].includes(lemma)) return;
    let j = i - 1;
    while (j >= 0 && (tags[j] === 'ADV' || tags[j] === 'AUX')) j--;
    let first = j;
    while (first >= 0 && tags[first] === 'PROPN') first--;
    let mention: { start: number; end: number } | null = null;
    if (first < j) mention = { start: spans[first + 1]?.start ?? 0, end: spans[j]?.end ?? 0 };
    else if (tags[j] === 'PRON') mention = spans[j] ?? null;
    else if (tags[i + 1] === 'PROPN') mention = spans[i + 1] ?? null;
    const verb = spans[i] ?? { start: 0, end: 0 };
    const quote = quotations.find((q) => Math.abs((q.closeEnd ?? q.end) - (mention?.start ?? verb.start)) < 4 || Math.abs(q.open - verb.end) < 4);
    if (quote) predictions.push({ start: quote.start, end: quote.end, mention });
    else if (mention && mention.start < verb.start && sentenceEnd(i) - verb.end > 10) predictions.push({ start: verb.end, end: sentenceEnd(i), mention });
    else if (mention) predictions.push({ start: sentenceStart(i), end: Math.min(mention.start, verb.start), mention });
  });
  return predictions.filter((p) => p.end > p.start);
}

async function main(): Promise<void> {
  const dev = loadDevSet();
  if (!dev || !existsSync(REUTERS)) {
    console.log(`skipped: ${POLNEAR_DEV} or ${REUTERS} is not there (they come with ../shared)`);
    return;
  }
  const extractors: [string, Extractor | null][] = [
    ['rules (QuoteWire)', rules],
    ['naive quote + nearest verb', naive],
    ['compromise quotes + people', await loadCompromise()],
    ['wink-nlp POS speaker', await loadWink()],
  ];
  const { articles, gold } = dev;
  const reuters = parseJsonl(readFileSync(REUTERS, 'utf8'), REUTERS, []).slice(0, 3000).map((raw) => prepareArticle(raw));
  console.log('extractor                      precision  recall    F1  speaker   Reuters articles/s');
  for (const [name, extract] of extractors) {
    if (!extract) {
      console.log(`${name.padEnd(30)} not installed (npm install --no-save compromise wink-nlp wink-eng-lite-web-model)`);
      continue;
    }
    const m = metrics(addScores(articles.map((article) => scoreDocument(gold.get(article.id) ?? [], extract(article)).score)));
    const started = performance.now();
    for (const article of reuters) extract(article);
    const rate = (reuters.length / (performance.now() - started)) * 1000;
    const f = (x: number): string => x.toFixed(3).padStart(8);
    console.log(`${name.padEnd(30)} ${f(m.precision)} ${f(m.recall)} ${f(m.f1)} ${f(m.speakerAccuracy)} ${rate.toFixed(0).padStart(12)}`);
  }
}

await main();
