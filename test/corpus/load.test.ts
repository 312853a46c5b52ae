import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { CorpusError, loadCorpus } from '../../src/corpus/load.js';
import { buildCorpusCoverage } from '../../src/retrieval/coverage.js';
import type { LoadWarning } from '../../src/corpus/types.js';
import { BBC, FIXTURES, hasBbc, hasReuters, REUTERS } from '../helpers.js';

const MIXED = path.join(FIXTURES, 'corpus-mixed');
const ARCHIVE = path.join(FIXTURES, 'archive.jsonl');

function warningFor(warnings: LoadWarning[], file: string, line?: number): LoadWarning | undefined {
  return warnings.find((w) => w.file.endsWith(file) && (line === undefined || w.line === line));
}

describe('loadCorpus: the default seeds', () => {
  const corpus = loadCorpus();

  it('loads the five seed articles with no warning', () => {
    expect(corpus.articles.map((a) => a.id)).toEqual([
      '000_d563a54a6b87c5ad',
      '001_949068428b3d3831',
      '002_917dec0784c13968',
      '003_9e694b97f3d1b272',
      '004_5ef5c482cc9a2e57',
    ]);
    expect(corpus.warnings).toEqual([]);
  });

  it('takes outlets, links and dates from seeds/sources.json', () => {
    const byId = new Map(corpus.articles.map((a) => [a.id.slice(0, 3), a.meta]));
    expect(byId.get('000')).toMatchObject({ outlet: 'RFE/RL', published: '2016-10-25' });
    expect(byId.get('000')?.url).toBe('https://www.rferl.org/a/islamic-state-syria-us-retaking-raqqa-mosul/28074721.html');
    expect(byId.get('001')).toMatchObject({ outlet: 'Taipei Times', published: '2016-10-27', dateline: 'PARIS' });
    expect(byId.get('002')?.outlet).toBe('Ahram Online');
    expect(byId.get('003')?.url).toBe('https://www.dw.com/en/us-eyes-is-stronghold-raqqa-amid-mosul-offensive/a-36154478');
    expect(byId.get('004')?.url).toBe('https://www.rt.com/usa/364100-carter-raqqa-isis-russia/');
  });

  it('merges the wires named in the text with the curated ones', () => {
    const dw = corpus.articles.find((a) => a.id.startsWith('003'));
    expect(dw?.meta.wires).toEqual(['AFP', 'Reuters', 'AP', 'dpa']);
  });
});

describe('loadCorpus: a folder that brings its own synonyms', () => {
  it('reads synonyms.json beside the articles, and names a group it cannot use', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'quotewire-'));
    writeFileSync(path.join(dir, 'ferry.txt'), 'Ferry news\n\nThe Oestby ferry will run all winter, Jane Roe said.\n');
    writeFileSync(path.join(dir, 'synonyms.json'), JSON.stringify({ groups: [['ostby', 'oestby'], ['lonely'], 'bad'] }));
    const loaded = loadCorpus([dir]);
    expect(loaded.articles.map((a) => a.id)).toEqual(['ferry']);
    expect(loaded.synonyms).toEqual([['ostby', 'oestby']]);
    expect(loaded.warnings.map((w) => w.message)).toEqual([
      'group 2 is not a list of two or more words; it is ignored',
      'group 3 is not a list of two or more words; it is ignored',
    ]);
  });

  it('answers with them: a question in one spelling finds the statement in another', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'quotewire-'));
    writeFileSync(path.join(dir, 'ferry.txt'), 'Ferry news\n\n"The Austbø ferry will run all winter," Jane Roe said.\n');
    writeFileSync(path.join(dir, 'synonyms.json'), JSON.stringify({ groups: [['ostby', 'austbø']] }));
    const corpus = loadCorpus([dir]);
    expect(answerQuestion(buildCorpusCoverage(corpus, { groups: [] }), 'what did jane roe say about ostby').found).toBe(true);
    expect(answerQuestion(buildCorpusCoverage({ ...corpus, synonyms: [] }, { groups: [] }), 'what did jane roe say about ostby').found).toBe(false);
  });
});

describe('loadCorpus: a folder with bad files', () => {
  const corpus = loadCorpus([MIXED]);

  it('loads every good article, ids relative to the folder, and not the README', () => {
    expect(corpus.articles.map((a) => a.id).sort()).toEqual(['politics/budget', 'storm']);
    expect(corpus.articles.find((a) => a.id === 'politics/budget')?.headline).toBe('Minister defends budget plan');
  });

  it('names the empty, blank and binary files', () => {
    expect(warningFor(corpus.warnings, 'empty.txt')?.message).toMatch(/is empty/);
    expect(warningFor(corpus.warnings, 'blank.txt')?.message).toMatch(/white space/);
    expect(warningFor(corpus.warnings, 'picture.txt')?.message).toMatch(/binary/);
  });

  it('warns about a sources.json entry with no article, and a link that is not http(s)', () => {
    const sources = corpus.warnings.filter((w) => w.file.endsWith('sources.json')).map((w) => w.message);
    expect(sources).toContainEqual(expect.stringMatching(/"missing\/article" matches no article/));
    expect(sources).toContainEqual(expect.stringMatching(/javascript:alert\(1\).*not an http\(s\) URL/));
    const storm = corpus.articles.find((a) => a.id === 'storm');
    expect(storm?.meta).toMatchObject({ outlet: 'Coast News', url: null });
  });

  it('reports an unreadable file by name and still loads the rest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'quotewire-'));
    writeFileSync(path.join(dir, 'good.txt'), 'Headline here\n\nThe mayor said the road would reopen.\n');
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'dangling.txt'));
    const loaded = loadCorpus([dir]);
    expect(loaded.articles.map((a) => a.id)).toEqual(['good']);
    expect(warningFor(loaded.warnings, 'dangling.txt')?.message).toMatch(/cannot be read \(ENOENT\)/);
  });

  it('reports a path that does not exist', () => {
    const loaded = loadCorpus([MIXED, path.join(FIXTURES, 'no-such-folder')]);
    expect(warningFor(loaded.warnings, 'no-such-folder')?.message).toMatch(/cannot be read/);
    expect(loaded.articles).toHaveLength(2);
  });
});

describe('loadCorpus: a JSONL archive with bad lines', () => {
  const corpus = loadCorpus([ARCHIVE]);

  it('loads the good lines', () => {
    expect(corpus.articles.map((a) => a.id)).toEqual(['a1', 'a3', 'a5']);
    expect(corpus.articles[0]).toMatchObject({ headline: 'Talks resume', origin: `${ARCHIVE}:1` });
    expect(corpus.articles[0]?.meta).toMatchObject({ outlet: 'Wire One', url: 'https://example.org/a1', published: '1987-02-26' });
  });

  it('names file and line of each bad line', () => {
    expect(warningFor(corpus.warnings, 'archive.jsonl', 2)?.message).toMatch(/malformed JSON/);
    expect(warningFor(corpus.warnings, 'archive.jsonl', 4)?.message).toMatch(/duplicate id "a3"/);
    expect(warningFor(corpus.warnings, 'archive.jsonl', 5)?.message).toMatch(/no body text \(.*\); fields found: id, title; line skipped/);
    expect(warningFor(corpus.warnings, 'archive.jsonl', 7)?.message).toMatch(/expected a JSON object/);
    expect(warningFor(corpus.warnings, 'archive.jsonl', 8)?.message).toMatch(/ftp:.*not an http\(s\) URL/);
    expect(corpus.warnings).toHaveLength(5);
  });

  it('keeps an article whose link was dropped, and reads its sign-off', () => {
    const a5 = corpus.articles.find((a) => a.id === 'a5');
    expect(a5?.meta.url).toBeNull();
    expect(a5?.meta.wires).toEqual(['Reuters']);
    expect(a5?.sentences.map((s) => s.text)).toEqual(['Shares rose 2 pct in early trading.']);
  });

  it('reports ids that two archives share, keeping the first', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'quotewire-'));
    const other = path.join(dir, 'other.jsonl');
    writeFileSync(other, '{"id": "a1", "body": "Another a1."}\n{"id": "b1", "body": "New story."}\n');
    const both = loadCorpus([ARCHIVE, other]);
    expect(both.articles.map((a) => a.id)).toEqual(['a1', 'a3', 'a5', 'b1']);
    expect(warningFor(both.warnings, 'other.jsonl', 1)?.message).toMatch(/duplicate id "a1" \(first seen in .*archive.jsonl:1\)/);
  });

  it('reads a path given twice only once', () => {
    const twice = loadCorpus([ARCHIVE, ARCHIVE]);
    expect(twice.articles).toHaveLength(3);
    expect(twice.warnings.filter((w) => /given more than once/.test(w.message))).toHaveLength(1);
  });
});

describe('loadCorpus: nothing good to load', () => {
  it('throws a CorpusError that carries the warnings', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'quotewire-'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    let caught: unknown;
    try {
      loadCorpus([dir]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CorpusError);
    expect((caught as CorpusError).message).toMatch(/no article could be loaded/);
    expect((caught as CorpusError).warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/empty/));
  });
});

describe.skipIf(!hasBbc)('loadCorpus: the BBC corpus', () => {
  it('loads all 2,225 articles with headlines, the one in Windows-1252 decoded and named', () => {
    const corpus = loadCorpus([BBC]);
    expect(corpus.articles).toHaveLength(2225);
    expect(corpus.warnings).toEqual([{ file: path.join(BBC, 'sport', '199.txt'), message: 'decoded as windows-1252, not UTF-8 (the encoding detected)' }]);
    expect(corpus.articles.find((a) => a.id === 'sport/199')?.original).toMatch(/£\d/);
    expect(corpus.articles.filter((a) => a.original.includes('\uFFFD'))).toEqual([]);
    expect(corpus.articles.filter((a) => a.headline === null)).toEqual([]);
    expect(corpus.articles.find((a) => a.id === 'politics/050')?.headline).toBe('Scots smoking ban details set out');
  });
});

describe.skipIf(!hasReuters)('loadCorpus: the Reuters-21578 archive', () => {
  it('loads all 17,053 articles', () => {
    const corpus = loadCorpus([REUTERS]);
    expect(corpus.articles).toHaveLength(17053);
    expect(corpus.warnings).toEqual([]);
  });
});
