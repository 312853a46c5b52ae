import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildCorpusCoverage } from '../../src/retrieval/coverage.js';
import { openCoverage } from '../../src/retrieval/open.js';
import { loadAttributionConfig, loadConfigFiles, loadSynonyms } from '../../src/settings/config-files.js';
import { FIXTURES } from '../helpers.js';

const fresh = (prefix: string): string => mkdtempSync(path.join(tmpdir(), prefix));

/** A logger that keeps its messages, to see what the store said. */
function recordingLog(): { log: pino.Logger; messages: string[] } {
  const messages: string[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void messages.push((JSON.parse(line) as { msg: string }).msg) });
  return { log, messages };
}

function open(cacheDir: string, corpusPaths: string[] = []) {
  const { log, messages } = recordingLog();
  return { ...openCoverage({ corpusPaths, cacheDir, cacheMinArticles: 1, ...loadConfigFiles(), log }), messages };
}

/** A folder of invented articles, one a file. */
function inventedCorpus(articles: Record<string, string>): string {
  const folder = fresh('quotewire-corpus-');
  for (const [name, text] of Object.entries(articles)) writeFileSync(path.join(folder, name), text);
  return folder;
}

const ARTICLES = {
  'ferry.txt': 'Ferry to run all winter\n\n"The Ostby ferry will run all winter," said Jane Roe, the harbour master. She added that tickets would cost less.',
  'bridge.txt': 'Bridge tolls rise\n\nTom Varga, the Springfield mayor, said the bridge tolls would rise in May. "Nobody likes a toll," Varga said.',
  'mill.txt': 'Mill to close\n\n"The Kelvale mill will close in June," Acme spokeswoman Ana Lindgren said on Monday.',
};

describe('the embedded store', () => {
  it('builds once, then opens the stored coverage with the same answers as one built in memory', () => {
    const dir = fresh('quotewire-store-');
    const first = open(dir);
    const second = open(dir);
    expect([first.origin, second.origin]).toEqual(['built', 'cache']);
    const memory = buildCorpusCoverage(loadCorpus(), loadSynonyms(), loadAttributionConfig());
    const { questions } = JSON.parse(readFileSync(path.join(FIXTURES, 'seeds-questions.json'), 'utf8')) as { questions: { question: string }[] };
    for (const { question } of questions) expect(answerQuestion(second.coverage, question), question).toEqual(answerQuestion(memory, question));
    expect(second.coverage.version).toBe(memory.version);
    expect(second.coverage.clusters()).toEqual(memory.clusters());
  });

  it('attributes only the articles added or changed, and forgets the ones removed', () => {
    const dir = fresh('quotewire-store-');
    const corpus = inventedCorpus(ARTICLES);
    expect(open(dir, [corpus]).messages.join('\n')).toContain('3 articles added, 0 changed, 0 removed');
    writeFileSync(path.join(corpus, 'school.txt'), 'School reopens\n\n"Classes start again on Monday," the Freedonia education minister Lena Ostby said.');
    const added = open(dir, [corpus]);
    expect(added.messages.join('\n')).toContain('1 articles added, 0 changed, 0 removed');
    expect(answerQuestion(added.coverage, 'Who said classes start again on Monday?').quotes[0]?.speaker).toBe('Lena Ostby');
    writeFileSync(path.join(corpus, 'mill.txt'), ARTICLES['mill.txt'].replace('June', 'July'));
    rmSync(path.join(corpus, 'bridge.txt'));
    const changed = open(dir, [corpus]);
    expect(changed.messages.join('\n')).toContain('0 articles added, 1 changed, 1 removed');
    expect(answerQuestion(changed.coverage, 'Who said the mill will close in July?').found).toBe(true);
    expect(answerQuestion(changed.coverage, 'Who said the bridge tolls would rise?').found).toBe(false);
    expect(open(dir, [corpus]).origin).toBe('cache');
  });

  it('detects a damaged coverage file, rebuilds it and says so', () => {
    const dir = fresh('quotewire-store-');
    const corpus = inventedCorpus(ARTICLES);
    open(dir, [corpus]);
    const [file] = readdirSync(dir).filter((name) => name.endsWith('.bin')).map((name) => path.join(dir, name));
    if (!file) throw new Error('no coverage file written');
    const bytes = readFileSync(file);
    const damagedBytes = Buffer.from(bytes);
    // Well inside the sections (past the header), where every byte is checked.
    for (const at of [0.5, 0.7, 0.9].map((share) => Math.floor(bytes.length * share))) damagedBytes[at] = (bytes[at] ?? 0) ^ 0xff;
    writeFileSync(file, damagedBytes);
    const damaged = open(dir, [corpus]);
    expect(damaged.origin).toBe('built');
    expect(damaged.messages.join('\n')).toMatch(/stored coverage rejected, rebuilding: .* does not match its checksum/);
    writeFileSync(file, bytes.subarray(0, 40));
    expect(open(dir, [corpus]).messages.join('\n')).toMatch(/stored coverage rejected, rebuilding: .*(shorter than its header|damaged header)/);
    writeFileSync(file, 'not a coverage at all');
    expect(open(dir, [corpus]).messages.join('\n')).toMatch(/is not a coverage file/);
    expect(open(dir, [corpus]).origin).toBe('cache');
  });

  it('removes the temporary files of writes killed midway once stale, and nothing else', () => {
    const dir = fresh('quotewire-store-');
    // An hour old: no write takes that long.
    const past = (Date.now() - 3_600_000) / 1000;
    const make = (name: string, old: boolean): string => {
      const file = path.join(dir, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, 'QWSECTIONS1');
      if (old) utimesSync(file, past, past);
      return file;
    };
    const killed = [make('coverage-0123456789abcdef.bin.4242.tmp', true), make('units/pack-abc-12-0.bin.4242-a1b2c3d4.tmp', true)];
    const writing = make('coverage-0123456789abcdef.bin.4343.tmp', false);
    const others = [make('notes.tmp', true), make('coverage-0123456789abcdef.bin.tmp', true), make('coverage-x.bin.1.tmp', true)];
    // The one-JSON snapshot of an earlier release: of no use now.
    const earlier = make('snapshot-0123456789abcdef.json', true);
    const opened = open(dir, [inventedCorpus(ARTICLES)]);
    for (const file of killed) {
      expect(existsSync(file)).toBe(false);
      expect(opened.messages.join('\n')).toContain(`removed ${file}, left by a write that never finished`);
    }
    // Another process may be writing this one now; files not named like ours are not ours.
    for (const file of [writing, ...others]) expect(existsSync(file)).toBe(true);
    expect(existsSync(earlier)).toBe(false);
    expect(readdirSync(dir).filter((name) => /^coverage-[0-9a-f]+\.bin$/.test(name))).toHaveLength(1);
  });
});

describe('the embedded store shared by two processes', () => {
  it('attributes again what another process\'s compaction took away, instead of failing', () => {
    const dir = fresh('quotewire-store-');
    const corpus = inventedCorpus(ARTICLES);
    open(dir, [corpus]);
    // Another process replaced the packs meanwhile (a compaction) and removed the old ones.
    const units = path.join(dir, 'units');
    for (const name of readdirSync(units).filter((file) => file.startsWith('pack-'))) rmSync(path.join(units, name));
    writeFileSync(path.join(corpus, 'school.txt'), 'School reopens\n\n"Classes start again on Monday," the Freedonia education minister Lena Ostby said.');
    const reopened = open(dir, [corpus]);
    expect(reopened.origin).toBe('built');
    expect(answerQuestion(reopened.coverage, 'Who said the Ostby ferry will run all winter?').quotes[0]?.speaker).toBe('Jane Roe');
    expect(answerQuestion(reopened.coverage, 'Who said classes start again on Monday?').quotes[0]?.speaker).toBe('Lena Ostby');
  });
});
