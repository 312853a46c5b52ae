import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { cacheKey } from '../../src/retrieval/cache.js';
import { openCoverage } from '../../src/retrieval/open.js';
import { readCorpus } from '../../src/corpus/load.js';
import { loadConfigFiles } from '../../src/settings/config-files.js';

function freshCache(): string {
  return mkdtempSync(path.join(tmpdir(), 'quotewire-cache-'));
}

/** A logger that keeps its messages, to see what the cache said. */
function recordingLog(): { log: pino.Logger; messages: string[] } {
  const messages: string[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void messages.push((JSON.parse(line) as { msg: string }).msg) });
  return { log, messages };
}

function open(cacheDir: string, corpusPaths: string[] = []) {
  const { log, messages } = recordingLog();
  return { ...openCoverage({ corpusPaths, cacheDir, cacheMinArticles: 1, ...loadConfigFiles(), log }), messages };
}

describe('the snapshot cache', () => {
  it('builds once, then starts from the cache with the same answers', () => {
    const dir = freshCache();
    const first = open(dir);
    const second = open(dir);
    expect([first.origin, second.origin]).toEqual(['built', 'cache']);
    const question = 'Who said Daesh must be eliminated everywhere?';
    expect(answerQuestion(second.coverage, question)).toEqual(answerQuestion(first.coverage, question));
  });

  it('keys entries by the corpus: another corpus does not reuse them', () => {
    const dir = freshCache();
    open(dir);
    const article = path.join(mkdtempSync(path.join(tmpdir(), 'quotewire-')), 'one.txt');
    writeFileSync(article, 'Headline\n\n"We will win," Coach Ana Ruiz said.');
    expect(open(dir, [article]).origin).toBe('built');
    expect(cacheKey(readCorpus([]).raws)).not.toBe(cacheKey(readCorpus([article]).raws));
    expect(cacheKey(readCorpus([]).raws, 'code-a')).not.toBe(cacheKey(readCorpus([]).raws, 'code-b'));
  });

  it('detects a damaged entry, rebuilds it and says so', () => {
    const dir = freshCache();
    open(dir);
    const [file] = readdirSync(dir).map((name) => path.join(dir, name));
    if (!file) throw new Error('no cache file written');
    const content = readFileSync(file, 'utf8');
    writeFileSync(file, content.replace('Hollande', 'Hollandf'));
    const damaged = open(dir);
    expect(damaged.origin).toBe('built');
    expect(damaged.messages.join('\n')).toMatch(/does not match its checksum/);
    writeFileSync(file, '{"format":1');
    expect(open(dir).messages.join('\n')).toMatch(/could not be read|not a snapshot/);
    expect(open(dir).origin).toBe('cache');
  });

  it('removes the temporary files of writes killed midway once stale, and nothing else', () => {
    const dir = freshCache();
    // An hour old: no write takes that long.
    const past = (Date.now() - 3_600_000) / 1000;
    const make = (name: string, old: boolean): string => {
      const file = path.join(dir, name);
      writeFileSync(file, '{"format":1,"key":"');
      if (old) utimesSync(file, past, past);
      return file;
    };
    const killed = make('snapshot-0123456789abcdef.json.4242.tmp', true);
    const writing = make('snapshot-0123456789abcdef.json.4343.tmp', false);
    const others = [make('notes.tmp', true), make('snapshot-0123456789abcdef.json.tmp', true), make('snapshot-x.json.1.tmp', true)];
    const folder = path.join(dir, 'snapshot-fedcba.json.7.tmp');
    mkdirSync(folder);
    utimesSync(folder, past, past);
    const opened = open(dir);
    expect(existsSync(killed)).toBe(false);
    expect(opened.messages.join('\n')).toContain(`removed ${killed}, left by a cache write that never finished`);
    // Another process may be writing this one now; files and folders not named like ours are not ours.
    for (const file of [writing, ...others, folder]) expect(existsSync(file)).toBe(true);
    expect(readdirSync(dir).filter((name) => /^snapshot-[0-9a-f]+\.json$/.test(name))).toHaveLength(1);
  });

  it.each([
    ['a list for the payload', () => []],
    ['clusters that are not a list', (payload: Payload) => ({ ...payload, snapshot: { ...payload.snapshot, clusters: 'x' } })],
    ['a cluster without occurrences', (payload: Payload) => ({ ...payload, snapshot: { ...payload.snapshot, clusters: payload.snapshot.clusters.map((c) => ({ ...c, occurrences: null })) } })],
    ['a sentence without its article', (payload: Payload) => ({ ...payload, snapshot: { ...payload.snapshot, sentences: [{ id: 1, start: 0, end: 1, text: 'x' }] } })],
    ['entities missing', (payload: Payload) => ({ ...payload, snapshot: { ...payload.snapshot, entities: undefined } })],
    ['an index of another layout', (payload: Payload) => ({ ...payload, indexes: { ...payload.indexes, speakers: { documentCount: 1 } } })],
  ])('rebuilds, with a warning, an entry whose checksum is right but whose shape is wrong: %s', (_what, reshape) => {
    const dir = freshCache();
    const first = open(dir);
    const [file] = readdirSync(dir).map((name) => path.join(dir, name));
    if (!file) throw new Error('no cache file written');
    const content = readFileSync(file, 'utf8');
    const newline = content.indexOf('\n');
    const header = JSON.parse(content.slice(0, newline)) as { checksum: string };
    const payload = JSON.stringify(reshape(JSON.parse(content.slice(newline + 1)) as Payload));
    header.checksum = createHash('sha256').update(payload).digest('hex');
    writeFileSync(file, `${JSON.stringify(header)}\n${payload}`);
    const rebuilt = open(dir);
    expect(rebuilt.origin).toBe('built');
    expect(rebuilt.messages.join('\n')).toMatch(/cached snapshot rejected, rebuilding: .* is not a snapshot of the expected shape: /);
    expect(rebuilt.coverage.clusters()).toEqual(first.coverage.clusters());
    expect(rebuilt.coverage.entities()).toEqual(first.coverage.entities());
    expect(open(dir).origin).toBe('cache');
  });
});

interface Payload {
  snapshot: { clusters: Record<string, unknown>[]; [part: string]: unknown };
  indexes: Record<string, unknown>;
}
