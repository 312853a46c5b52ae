/**
 * `npm run eval [-- --set polnear|ggt|seeds] [--misses N] [--cause CAUSE] [--doc ID] [--json]`
 * `npm run eval -- html [--misses N] [--json]`: saved HTML pages against their clean text (html.ts); every page
 * whose statements differ is printed unless --misses says how many.
 *
 * Scores what users get, on the development sets in ../shared/eval and the
 * seeds' hand-written gold: the
 * statements and resolved speakers that `quotes --json --corpus <set>/texts`
 * prints (after coreference and entity merging), against one gold definition
 * for precision and recall. Prints precision, recall, F1, mention accuracy,
 * resolved-name accuracy (where the set names speakers) and the speaker
 * misses grouped by cause; with --misses, examples of each kind of miss.
 */
import { parseArgs } from 'node:util';
import { loadAttributionConfig } from '../../src/settings/config-files.js';
import { attributeCorpus, type Statement } from '../../src/attribution/index.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Article } from '../../src/corpus/types.js';
import { toQuoteLine } from '../../src/cli/commands/quotes.js';
import { MISS_CAUSES, missCause, type MissCause } from './miss-causes.js';
import { addScores, metrics, scoreDocument, type PredictedStatement, type ScoredDocument } from './scoring.js';
import { runHtmlEval } from './html.js';
import { loadDevSet, SET_NAMES, type DevSet, type SetName } from './sets.js';

const isSetName = (name: string): name is SetName => (SET_NAMES as readonly string[]).includes(name);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    set: { type: 'string' },
    misses: { type: 'string', default: '0' },
    cause: { type: 'string' },
    doc: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

/** A statement as `quotes --json` shows it, with the mention's kind for grouping misses. */
function predicted(statement: Statement): PredictedStatement {
  const line = toQuoteLine(statement, statement.articleId);
  const mention = statement.speaker.mention;
  return {
    start: line.start,
    end: line.end,
    mention: mention && line.speaker.start !== null && line.speaker.end !== null
      ? { start: line.speaker.start, end: line.speaker.end, text: mention.text, kind: mention.kind }
      : null,
    name: line.speaker.name,
    role: line.speaker.role,
    anonymous: line.speaker.anonymous,
    cue: line.cue?.text ?? null,
  };
}

interface SetResult {
  set: DevSet;
  articles: Map<string, Article>;
  documents: Map<string, ScoredDocument>;
  ms: number;
}

function evaluate(set: DevSet): SetResult {
  const { articles } = loadCorpus(set.texts ? [set.texts] : []);
  const chosen = values.doc ? articles.filter((a) => a.id === values.doc) : articles;
  const started = performance.now();
  const { statements } = attributeCorpus(chosen, loadAttributionConfig());
  const ms = performance.now() - started;
  const byArticle = new Map<string, Statement[]>();
  for (const s of statements) byArticle.set(s.articleId, [...(byArticle.get(s.articleId) ?? []), s]);
  const documents = new Map(chosen.map((a) => [a.id, scoreDocument(set.gold.get(a.id) ?? [], (byArticle.get(a.id) ?? []).map(predicted))]));
  // An article of the gold that did not load still counts: all its statements are missed.
  if (!values.doc) {
    for (const [id, gold] of set.gold) if (!documents.has(id)) documents.set(id, scoreDocument(gold, []));
  }
  return { set, articles: new Map(chosen.map((a) => [a.id, a])), documents, ms };
}

const show = (text: string, start: number, end: number, max = 160): string => text.slice(start, end).replace(/\s+/g, ' ').slice(0, max);

function causes(result: SetResult): Map<MissCause, number> {
  const counts = new Map<MissCause, number>(MISS_CAUSES.map((c) => [c, 0]));
  for (const [id, doc] of result.documents) {
    const text = result.articles.get(id)?.original ?? '';
    for (const miss of doc.nameMisses.length || doc.score.nameChecked ? doc.nameMisses : doc.mentionMisses) {
      const cause = missCause(text, miss);
      counts.set(cause, (counts.get(cause) ?? 0) + 1);
    }
  }
  return counts;
}

function printExamples(result: SetResult, limit: number): void {
  const entries = [...result.documents].map(([id, doc]) => ({ id, doc, text: result.articles.get(id)?.original ?? '' }));
  const named = entries.some((e) => e.doc.score.nameChecked > 0);
  console.log(`\n-- speaker misses${values.cause ? ` (${values.cause})` : ''}`);
  entries
    .flatMap(({ id, doc, text }) => (named ? doc.nameMisses : doc.mentionMisses).map((miss) => ({ id, text, miss, cause: missCause(text, miss) })))
    .filter((m) => !values.cause || m.cause === values.cause)
    .slice(0, limit)
    .forEach(({ id, text, miss, cause }) => {
      const p = miss.prediction;
      const gold = miss.gold.speaker ?? miss.gold.sourceText ?? '-';
      console.log(`- [${cause}] ${id}: gold ${gold} (${miss.gold.sourceText ?? '-'}) got ${p.name ?? '∅'} [${p.mention?.text ?? '-'}${p.anonymous ? ', anonymous' : ''}] :: ${show(text, p.start, p.end, 90)}`);
    });
  if (values.cause) return;
  console.log('\n-- gold statements not found');
  entries.flatMap(({ id, doc, text }) => doc.missed.map((g) => ({ id, text, g }))).slice(0, limit).forEach(({ id, text, g }) => {
    const content = g.content[0];
    console.log(`- ${id}: [${g.sourceText ?? '-'}] <${g.cue ?? '-'}> ${content ? show(text, content.start, content.end) : ''}`);
  });
  console.log('\n-- predictions outside any gold statement');
  entries.flatMap(({ id, doc, text }) => doc.wrong.map((p) => ({ id, text, p }))).slice(0, limit).forEach(({ id, text, p }) => {
    console.log(`- ${id}: [${p.mention?.text ?? '-'}] <${p.cue ?? '-'}> ${show(text, p.start, p.end)}`);
  });
}

function report(result: SetResult): Record<string, unknown> {
  const total = addScores([...result.documents.values()].map((d) => d.score));
  const m = metrics(total);
  const f = (x: number): string => x.toFixed(3);
  console.log(`\n== ${result.set.name}: ${result.documents.size} articles, ${total.gold} gold statements (${result.set.definition}), ${total.predictions} predicted, ${result.ms.toFixed(0)} ms`);
  console.log(`precision ${f(m.precision)}  recall ${f(m.recall)}  F1 ${f(m.f1)}` +
    (total.mentionChecked ? `  mention accuracy ${f(m.mentionAccuracy)} (${total.mentionRight}/${total.mentionChecked})` : '') +
    (total.nameChecked ? `  resolved-name accuracy ${f(m.nameAccuracy)} (${total.nameRight}/${total.nameChecked})` : ''));
  if (total.descriptions) {
    console.log(`(${total.descriptions} gold speakers are descriptions such as "experts", right when nobody is named: ${total.descriptionsRight}; counted as misses, name accuracy is ${f(m.strictNameAccuracy)})`);
  }
  const counts = causes(result);
  console.log(`${total.nameChecked ? 'name' : 'mention'} misses by cause: ${[...counts].map(([cause, n]) => `${cause} ${n}`).join(', ')}`);
  const limit = Number(values.misses);
  if (limit > 0) printExamples(result, limit);
  return { set: result.set.name, ...m, ...total, causes: Object.fromEntries(counts) };
}

function runSets(): void {
  const names = values.set ? [values.set] : SET_NAMES;
  const out: Record<string, unknown>[] = [];
  for (const name of names) {
    if (!isSetName(name)) {
      console.error(`unknown set "${name}": use ${SET_NAMES.join(', ')}`);
      process.exit(2);
    }
    const set = loadDevSet(name);
    if (!set) {
      console.log(`skipped ${name}: its development set is not in ../shared/eval`);
      continue;
    }
    out.push(report(evaluate(set)));
  }
  if (values.json) console.log(JSON.stringify(out));
}

if (positionals.length === 0) runSets();
else if (positionals[0] === 'html' && positionals.length === 1) runHtmlEval({ misses: Number(values.misses) || Infinity, json: values.json });
else {
  console.error(`unknown evaluation "${positionals.join(' ')}": use html, or --set ${SET_NAMES.join('|')}`);
  process.exit(2);
}
