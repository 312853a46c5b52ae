import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { readCorpus } from '../../src/corpus/load.js';
import type * as LoadModule from '../../src/corpus/load.js';
import type { Coverage } from '../../src/retrieval/coverage.js';
import { openCoverage } from '../../src/retrieval/open.js';
import type { QuoteCluster } from '../../src/retrieval/snapshot.js';
import { loadConfigFiles } from '../../src/settings/config-files.js';
import { everySpeaker } from '../helpers/every-speaker.js';

// The loader as it is, its calls counted: a start that reads only appended lines reads the corpus no more.
vi.mock('../../src/corpus/load.js', async (importOriginal) => {
  const actual = await importOriginal<typeof LoadModule>();
  return { ...actual, readCorpus: vi.fn(actual.readCorpus) };
});

const dirs: string[] = [];
const fresh = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'quotewire-grown-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  vi.mocked(readCorpus).mockClear();
});

const PEOPLE = [['Jane Roe', 'harbour master'], ['Tom Varga', 'mayor of Springfield'], ['Nora Quill', 'Acme spokeswoman'], ['Lena Ostby', 'education minister']] as const;
const REMARKS = [
  'The ferry will run all winter despite the storms',
  'Bridge tolls must rise before the summer season',
  'Nobody expected the old mill to close so suddenly',
  'Classes start again on Monday with new teachers',
  'Our library needs more books and longer opening hours',
] as const;

/** Invented article `n` as a JSONL line: each remark carried by two outlets. */
function article(n: number, id = `a-${String(n).padStart(2, '0')}`): string {
  const [name, role] = PEOPLE[Math.floor(n / 2) % PEOPLE.length] as readonly [string, string];
  const remark = REMARKS[Math.floor(n / 2) % REMARKS.length] as string;
  return JSON.stringify({ id, title: `Report ${n}`, body: `"${remark}," said ${name}, the ${role}. ${name.split(' ')[1]} spoke in Kelvale on day ${n}.` });
}

/** An archive of `count` articles and a bad line as its 21st (40 are enough that two changes are layered, not rebuilt). */
function archive(count = 40): string {
  const file = path.join(fresh(), 'archive.jsonl');
  writeFileSync(file, `${[...Array.from({ length: 20 }, (_, n) => article(n)), 'not json', ...Array.from({ length: count - 20 }, (_, n) => article(n + 20))].join('\n')}\n`);
  return file;
}

const open = (cacheDir: string, corpus: string) => openCoverage({ corpusPaths: [corpus], cacheDir, cacheMinArticles: 1, ...loadConfigFiles(), log: pino({ level: 'silent' }) });

/** A copy of a store without its read records: opening it reads the whole corpus. */
function unrecorded(cache: string): string {
  const copy = fresh();
  // With their times: the newest packed coverage is chosen by its file's time.
  cpSync(cache, copy, { recursive: true, preserveTimestamps: true });
  for (const name of readdirSync(copy).filter((file) => file.startsWith('read-'))) rmSync(path.join(copy, name));
  return copy;
}

const QUESTIONS = ['Who said the ferry will run all winter?', 'What did Varga say?', 'Who said the harbour wall is safe?', 'What did Quill say about the mill?'];

/** What a coverage holds and answers, in full. */
function everything(coverage: Coverage) {
  const shown = (cluster: QuoteCluster | undefined) => `${cluster?.id} ${cluster?.speaker}: ${cluster?.text} <- ${cluster?.occurrences.map((o) => `${o.articleId}@${o.start}`).join(', ')}`;
  return {
    version: coverage.version,
    articles: coverage.articles(),
    statements: coverage.clusters().map(shown),
    speakers: everySpeaker(coverage).map((entity) => [entity.id, coverage.clustersOf(entity.id).map(shown)]),
    context: coverage.articles().flatMap((a) => coverage.sentencesOf(a.id).map((s) => coverage.contextOf(s.id))),
    answers: QUESTIONS.map((question) => answerQuestion(coverage, question)),
  };
}

describe('an archive that only grew since it was read', () => {
  it('reads only the lines appended, and opens what a read of the whole opens', () => {
    const cache = fresh();
    const corpus = archive();
    open(cache, corpus);
    const before = unrecorded(cache);
    appendFileSync(corpus, `${article(40)}\n{"id": "a-41"\n${article(42, 'a-42')}\n`);
    const grown = open(cache, corpus);
    expect(vi.mocked(readCorpus)).toHaveBeenCalledTimes(1);
    const whole = open(before, corpus);
    expect(vi.mocked(readCorpus)).toHaveBeenCalledTimes(2);
    expect([grown.origin, whole.origin]).toEqual(['layered', 'layered']);
    expect(grown.counts).toEqual({ articles: 42, added: 2, changed: 0, removed: 0, unchanged: 40 });
    expect(grown.counts).toEqual(whole.counts);
    expect(grown.warnings.map((warning) => warning.line)).toEqual([21, 43]);
    expect(grown.warnings).toEqual(whole.warnings);
    expect(everything(grown.coverage)).toEqual(everything(whole.coverage));
  });

  it('opens the stored coverage when the lines appended hold no article, with their warnings', () => {
    const cache = fresh();
    const corpus = archive();
    const first = open(cache, corpus);
    appendFileSync(corpus, '\nnot json either\n');
    const grown = open(cache, corpus);
    expect(vi.mocked(readCorpus)).toHaveBeenCalledTimes(1);
    expect(grown.warnings.map((warning) => warning.line)).toEqual([21, 43]);
    expect(grown.counts).toEqual({ articles: 40, added: 0, changed: 0, removed: 0, unchanged: 40 });
    expect(everything(grown.coverage)).toEqual(everything(first.coverage));
  });

  it('reads the whole archive when a line before the end changed too, even keeping its length', () => {
    const cache = fresh();
    const corpus = archive();
    open(cache, corpus);
    writeFileSync(corpus, readFileSync(corpus, 'utf8').replace('day 3.', 'day 9.'));
    appendFileSync(corpus, `${article(40)}\n`);
    const grown = open(cache, corpus);
    expect(vi.mocked(readCorpus)).toHaveBeenCalledTimes(2);
    expect(grown.counts).toMatchObject({ added: 1, changed: 1 });
    expect(grown.coverage.sentencesOf('a-03').some((sentence) => sentence.text.includes('day 9'))).toBe(true);
  });

  it('reads the whole archive once a last line read before it was ended is finished', () => {
    const cache = fresh();
    const corpus = archive();
    open(cache, corpus);
    const [start, end] = [article(41).slice(0, 30), article(41).slice(30)];
    appendFileSync(corpus, `${article(40)}\n${start}`);
    expect(open(cache, corpus).warnings.map((warning) => warning.line)).toEqual([21, 43]);
    appendFileSync(corpus, `${end}\n`);
    const finished = open(cache, corpus);
    expect(finished.warnings.map((warning) => warning.line)).toEqual([21]);
    expect(finished.coverage.article('a-41')).toBeDefined();
  });

  it('reads the whole archive when a line appended uses an earlier id, and names where it was first seen', () => {
    const cache = fresh();
    const corpus = archive();
    open(cache, corpus);
    appendFileSync(corpus, `${article(40, 'a-05')}\n`);
    const grown = open(cache, corpus);
    expect(vi.mocked(readCorpus)).toHaveBeenCalledTimes(2);
    expect(grown.warnings.at(-1)).toEqual({ file: corpus, line: 42, message: `duplicate id "a-05" (first seen in ${corpus}:6); skipped` });
    expect(grown.coverage.articleCount).toBe(40);
  });
});

describe('a layered coverage', () => {
  it('is recorded: the next start reads no article and opens the same coverage', () => {
    const cache = fresh();
    const corpus = archive();
    open(cache, corpus);
    // Changed in the middle: the whole archive is read, and the change layered.
    writeFileSync(corpus, readFileSync(corpus, 'utf8').replace('day 3.', 'day 33.'));
    const layered = open(cache, corpus);
    expect(layered.origin).toBe('layered');
    const again = open(cache, corpus);
    expect(vi.mocked(readCorpus)).toHaveBeenCalledTimes(2);
    expect(again.origin).toBe('layered');
    expect(again.counts).toEqual({ articles: 40, added: 0, changed: 0, removed: 0, unchanged: 40 });
    expect(again.warnings).toEqual(layered.warnings);
    expect(everything(again.coverage)).toEqual(everything(layered.coverage));
  });

  it('has lines appended to its archive layered with its own changes', () => {
    const cache = fresh();
    const corpus = archive(60);
    open(cache, corpus);
    writeFileSync(corpus, readFileSync(corpus, 'utf8').replace('day 3.', 'day 33.'));
    open(cache, corpus);
    const before = unrecorded(cache);
    appendFileSync(corpus, `${article(60)}\n`);
    const grown = open(cache, corpus);
    expect(vi.mocked(readCorpus)).toHaveBeenCalledTimes(2);
    // Counted against the packed coverage under the layer: the article changed still counts as changed.
    expect(grown.counts).toEqual({ articles: 61, added: 1, changed: 1, removed: 0, unchanged: 59 });
    const whole = open(before, corpus);
    expect(grown.counts).toEqual(whole.counts);
    expect(everything(grown.coverage)).toEqual(everything(whole.coverage));
  });
});
