import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { readCorpus } from '../../src/corpus/load.js';
import type * as LoadModule from '../../src/corpus/load.js';
import { openCoverage } from '../../src/retrieval/open.js';
import { loadConfigFiles } from '../../src/settings/config-files.js';

// The loader as it is, its calls counted: a start from the record reads no article.
vi.mock('../../src/corpus/load.js', async (importOriginal) => {
  const actual = await importOriginal<typeof LoadModule>();
  return { ...actual, readCorpus: vi.fn(actual.readCorpus) };
});

const dirs: string[] = [];
const fresh = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'quotewire-record-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  vi.mocked(readCorpus).mockClear();
});

const LINES = [
  { id: 'k1', body: '"The Kelvale ferry will run all winter," said Jane Roe, the harbour master.' },
  { id: 'k2', body: 'Tom Varga, the Springfield mayor, said the bridge tolls would rise in May.' },
];

function archive(): string {
  const file = path.join(fresh(), 'archive.jsonl');
  writeFileSync(file, `${LINES.map((line) => JSON.stringify(line)).join('\n')}\nnot json\n`);
  return file;
}

function open(cacheDir: string, corpus: string) {
  const messages: string[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void messages.push((JSON.parse(line) as { msg: string }).msg) });
  return { ...openCoverage({ corpusPaths: [corpus], cacheDir, cacheMinArticles: 1, ...loadConfigFiles(), log }), messages };
}

describe('a corpus of files read once', () => {
  it('opens the stored coverage of unchanged files without reading an article, and still gives the read\'s warnings', () => {
    const cache = fresh();
    const corpus = archive();
    const first = open(cache, corpus);
    const second = open(cache, corpus);
    expect([first.origin, second.origin]).toEqual(['built', 'cache']);
    expect(vi.mocked(readCorpus)).toHaveBeenCalledTimes(1);
    expect(second.warnings).toEqual(first.warnings);
    expect(second.messages.some((message) => /malformed JSON/.test(message))).toBe(true);
    expect(second.counts).toEqual({ articles: 2, added: 0, changed: 0, removed: 0, unchanged: 2 });
    expect(answerQuestion(second.coverage, 'Who said the ferry will run all winter?')).toEqual(answerQuestion(first.coverage, 'Who said the ferry will run all winter?'));
  });

  it('reads again a file changed in one byte, even with its size and time put back', () => {
    const cache = fresh();
    const corpus = archive();
    // A whole second: a file system keeps finer times than utimes sets.
    const second = new Date('2026-01-02T03:04:05Z');
    utimesSync(corpus, second, second);
    open(cache, corpus);
    const { mtimeMs, size } = statSync(corpus);
    writeFileSync(corpus, readFileSync(corpus, 'utf8').replace('winter', 'wintry'));
    utimesSync(corpus, second, second);
    expect([statSync(corpus).size, statSync(corpus).mtimeMs]).toEqual([size, mtimeMs]);
    const changed = open(cache, corpus);
    expect(vi.mocked(readCorpus)).toHaveBeenCalledTimes(2);
    expect(changed.counts?.changed).toBe(1);
    expect(answerQuestion(changed.coverage, 'Who said the ferry will run all wintry?').quotes[0]?.speaker).toBe('Jane Roe');
  });

  it('reads again when an article is added, or a sources.json appears beside the archive', () => {
    const cache = fresh();
    const corpus = archive();
    open(cache, corpus);
    appendFileSync(corpus, `${JSON.stringify({ id: 'k3', body: '"Classes start again on Monday," said Nora Quill, the Freedonia education minister.' })}\n`);
    expect(open(cache, corpus).counts?.added).toBe(1);
    writeFileSync(path.join(path.dirname(corpus), 'sources.json'), JSON.stringify([{ id: 'k1', outlet: 'Kelvale Post' }]));
    const described = open(cache, corpus);
    expect(vi.mocked(readCorpus)).toHaveBeenCalledTimes(3);
    expect(described.coverage.article('k1')?.outlet).toBe('Kelvale Post');
    // And now unchanged: from the record.
    open(cache, corpus);
    expect(vi.mocked(readCorpus)).toHaveBeenCalledTimes(3);
  });

  it('reads again when a setting that shapes the read changes (the largest article read)', () => {
    const cache = fresh();
    const corpus = archive();
    const base = { corpusPaths: [corpus], cacheDir: cache, cacheMinArticles: 1, ...loadConfigFiles(), log: pino({ level: 'silent' }) };
    openCoverage(base);
    const small = openCoverage({ ...base, maxArticleBytes: 96 });
    expect(vi.mocked(readCorpus)).toHaveBeenCalledTimes(2);
    expect(small.warnings.filter((warning) => /over the limit/.test(warning.message))).toHaveLength(1);
    expect(small.coverage.articleCount).toBe(1);
  });

  it.skipIf(process.platform === 'win32')('does not wait on a FIFO beside the archive: it reads the corpus, which refuses the FIFO', () => {
    const cache = fresh();
    const corpus = archive();
    execFileSync('mkfifo', [path.join(path.dirname(corpus), 'synonyms.json')]);
    open(cache, corpus);
    const again = open(cache, corpus);
    expect(vi.mocked(readCorpus)).toHaveBeenCalledTimes(2);
    expect(again.warnings.some((warning) => /FIFO/.test(warning.message))).toBe(true);
  });

  it('always reads a folder: a file added to it would show in no stamp', () => {
    const cache = fresh();
    const folder = fresh();
    writeFileSync(path.join(folder, 'ferry.txt'), 'Ferry news\n\n"The ferry will run," said Jane Roe.');
    open(cache, folder);
    open(cache, folder);
    expect(vi.mocked(readCorpus)).toHaveBeenCalledTimes(2);
  });
});
