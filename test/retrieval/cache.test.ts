import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
});
