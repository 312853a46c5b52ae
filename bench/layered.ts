/**
 * `npm run bench -- layered`: whether a layered coverage (a packed one with a
 * few changes on top, src/retrieval/embedded/layered-coverage.ts) answers as
 * a rebuild of the same articles does, on Reuters-21578: 10 articles
 * removed, 10 changed (a remark of an invented speaker appended) and 10
 * added (variants of others). It prints the time of each start, how many of
 * 400 benchmark questions and of questions on every changed statement get
 * the same answer, and how many articles and speakers hold anything else.
 * Then the same of the layered coverage opened again from its read record,
 * and of 10 more articles appended (their lines read alone) beside a read of
 * the whole archive.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { answerQuestion } from '../src/answer/answer.js';
import type { Coverage } from '../src/retrieval/coverage.js';
import { openCoverage } from '../src/retrieval/open.js';
import type { QuoteCluster } from '../src/retrieval/snapshot.js';
import { loadConfigFiles } from '../src/settings/config-files.js';
import { benchQuestions } from './answer.js';
import { variantOf, type ArticleRecord } from './scale-corpus.js';
import { sharedCorpus } from './shared-corpora.js';
import { everySpeaker } from '../test/helpers/every-speaker.js';

const CHANGES = 10;

/** What a coverage holds, as users meet it, keyed so two numberings compare: per article and per speaker. */
function contents(coverage: Coverage): { articles: Map<string, string>; speakers: Map<string, string> } {
  const shown = (cluster: QuoteCluster | undefined): string =>
    `${cluster?.speaker}|${cluster?.role}|${cluster?.kind}: ${cluster?.text} <- ${cluster?.occurrences.map((o) => `${o.articleId}@${o.start}`).join(', ')}`;
  const articles = new Map(coverage.articles().map((article) => [article.id, JSON.stringify({
    statements: coverage.statementsIn(article.id),
    clusters: coverage.clustersInArticle(article.id).map(shown).sort(),
    context: coverage.sentencesOf(article.id).map((sentence) => coverage.contextOf(sentence.id).map((link) => `${link.own} ${shown(coverage.cluster(link.cluster))}`).sort()),
  })]));
  const speakers = new Map(everySpeaker(coverage).map((entity) => [entity.id, JSON.stringify({ entity, count: coverage.statementsBy(entity.id), statements: coverage.clustersOf(entity.id).map(shown) })]));
  return { articles, speakers };
}

const differing = (a: Map<string, string>, b: Map<string, string>): number =>
  new Set([...a.keys(), ...b.keys()]).size - [...a].filter(([key, value]) => b.get(key) === value).length;

/** How many answers two coverages give alike, and how many articles and speakers hold anything else. */
function alike(a: Coverage, b: Coverage, questions: readonly string[]): string {
  const same = questions.filter((question) => JSON.stringify(answerQuestion(a, question)) === JSON.stringify(answerQuestion(b, question))).length;
  const [ca, cb] = [contents(a), contents(b)];
  return `answers ${same} of ${questions.length} the same, ${differing(ca.articles, cb.articles)} articles and ${differing(ca.speakers, cb.speakers)} speakers holding anything else`;
}

export function benchLayered(): void {
  const source = sharedCorpus('reuters21578.jsonl');
  if (!source) return;
  const work = mkdtempSync(path.join(tmpdir(), 'quotewire-layered-'));
  const file = path.join(work, 'corpus.jsonl');
  const open = (store: string) => openCoverage({ corpusPaths: [file], cacheDir: path.join(work, store), cacheMinArticles: 1, ...loadConfigFiles(), log: pino({ level: 'silent' }) });
  try {
    const lines = readFileSync(source, 'utf8').split('\n').filter(Boolean);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const base = open('layered');
    console.log(`packed: ${base.coverage.articleCount.toLocaleString('en-US')} articles built in ${(base.ms / 1000).toFixed(1)} s`);
    // Spread over the corpus: removed near its start, changed in its middle, added at its end.
    const changed = lines.map((line, index) => {
      if (index < 200 || index >= 200 + CHANGES) return line;
      const article = JSON.parse(line) as ArticleRecord;
      return JSON.stringify({ ...article, body: `${article.body}\n\n"We expect the figures to improve next quarter," said Tom Varga, a spokesman.` });
    }).filter((_, index) => index < 100 || index >= 100 + CHANGES);
    const added = lines.slice(0, CHANGES).map((line) => JSON.stringify(variantOf(JSON.parse(line) as ArticleRecord, 1, 9_000)));
    writeFileSync(file, `${[...changed, ...added].join('\n')}\n`);
    const layered = open('layered');
    console.log(`layered: ${layered.origin} in ${(layered.ms / 1000).toFixed(2)} s (${JSON.stringify(layered.counts)})`);
    const rebuilt = open('rebuilt');
    console.log(`rebuilt: ${rebuilt.origin} in ${(rebuilt.ms / 1000).toFixed(1)} s`);
    const touched = [...rebuilt.coverage.articles().slice(195, 215), ...rebuilt.coverage.articles().slice(-CHANGES)];
    const questions = [
      ...benchQuestions(rebuilt.coverage, 400),
      ...touched.flatMap((article) => rebuilt.coverage.clustersInArticle(article.id).map((c) => `Who said ${c.text.split(' ').slice(0, 8).join(' ')}?`)),
    ];
    const same = questions.filter((question) => JSON.stringify(answerQuestion(layered.coverage, question)) === JSON.stringify(answerQuestion(rebuilt.coverage, question))).length;
    console.log(`answers: ${same} of ${questions.length} the same`);
    const [l, r] = [contents(layered.coverage), contents(rebuilt.coverage)];
    console.log(`holding anything else: ${differing(l.articles, r.articles)} of ${r.articles.size.toLocaleString('en-US')} articles, ${differing(l.speakers, r.speakers)} of ${r.speakers.size.toLocaleString('en-US')} speakers`);
    // The layer is recorded: the next start reads no article and makes the same layer again.
    const again = open('layered');
    console.log(`layered again, from its record: ${again.origin} in ${(again.ms / 1000).toFixed(2)} s; ${alike(again.coverage, layered.coverage, questions)} as the first layered start`);
    // Lines appended: read alone and layered with the rest, as a read of the whole archive (a copy of the store without its read records) layers them.
    const more = lines.slice(CHANGES, 2 * CHANGES).map((line) => JSON.stringify(variantOf(JSON.parse(line) as ArticleRecord, 2, 9_000)));
    cpSync(path.join(work, 'layered'), path.join(work, 'unrecorded'), { recursive: true });
    for (const name of readdirSync(path.join(work, 'unrecorded')).filter((name) => name.startsWith('read-'))) rmSync(path.join(work, 'unrecorded', name));
    appendFileSync(file, `${more.join('\n')}\n`);
    const appended = open('layered');
    const whole = open('unrecorded');
    console.log(`${CHANGES} more appended: ${appended.origin} in ${(appended.ms / 1000).toFixed(2)} s (${JSON.stringify(appended.counts)}); the whole archive read: ${whole.origin} in ${(whole.ms / 1000).toFixed(2)} s`);
    console.log(`appended lines read alone: ${alike(appended.coverage, whole.coverage, questions)} as the whole archive read`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
