/**
 * Every article format a corpus folder may hold, on invented fixtures: the
 * articles, metadata and statements that load, and the warning each bad
 * input gives (its file and line named, the rest still loaded).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { attributeArticle } from '../../src/attribution/index.js';
import { textFormat } from '../../src/corpus/formats/text.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Article, LoadWarning } from '../../src/corpus/types.js';
import { FIXTURES } from '../helpers.js';

const FORMATS = path.join(FIXTURES, 'formats');
const BAD = path.join(FIXTURES, 'formats-bad');

function byId(articles: readonly Article[], id: string): Article {
  const article = articles.find((a) => a.id === id);
  if (!article) throw new Error(`no article ${id} among ${articles.map((a) => a.id).join(', ')}`);
  return article;
}

/** Who said what, as attribution finds it: "Jane Roe: The ferry ...". */
function said(article: Article): string[] {
  return attributeArticle(article).statements.map((s) => `${s.speaker.name ?? '?'}: ${s.text}`);
}

function warningFor(warnings: readonly LoadWarning[], file: string): LoadWarning[] {
  return warnings.filter((w) => path.basename(w.file) === file);
}

describe('a folder of feeds, CSV/TSV exports, NITF and NewsML-G2', () => {
  const corpus = loadCorpus([FORMATS]);

  it('loads one article an item, row or text item, with no warning', () => {
    expect(corpus.warnings).toEqual([]);
    expect(corpus.articles.map((a) => a.id).sort()).toEqual([
      'FRT-20151210-0042',
      'export#csv-101',
      'export#csv-102',
      'https://courier.kelvale.example/2021/03/05/acme-welders',
      'kelvale-courier-8812',
      'urn:newsml:wire.acme.example:20151211:ACW-0107',
      'urn:uuid:7d2f5b1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
      'urn:uuid:9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a',
      'wire#2',
      'wire#3',
    ]);
  });

  it('reads an RSS item\'s full content as paragraphs, its markup gone, and its metadata from the feed', () => {
    const item = byId(corpus.articles, 'kelvale-courier-8812');
    expect(item.headline).toBe('Ferry to run all winter, mayor says');
    expect(item.meta).toMatchObject({
      outlet: 'Kelvale Courier', url: 'https://courier.kelvale.example/2021/03/04/ferry-winter', byline: 'Nora Quill', summaryOnly: false,
      // The writer's day, not UTC's (23:30 at -0500 is the 5th in UTC).
      published: '2021-03-04',
    });
    expect(item.original).toBe([
      'The Kelvale ferry will keep sailing through the winter months, the town council decided on Thursday.',
      '“The ferry to Kelvale will run all winter,” said Jane Roe, the mayor of Springfield. “Nobody on the islands will be cut off.”',
      'Tom Varga, the harbour master, said the crossings would be slower in storms.',
      'The council will review the timetable in April & again in the autumn.',
    ].join('\n\n'));
    expect(item.original).not.toMatch(/<|Photo: Courier/);
    expect(said(item)).toContain('Jane Roe: The ferry to Kelvale will run all winter');
    expect(item.origin).toBe(`${path.join(FORMATS, 'harbour.rss')}:9`);
  });

  it('marks an RSS item with only a description as summary only, its id the guid link', () => {
    const item = byId(corpus.articles, 'https://courier.kelvale.example/2021/03/05/acme-welders');
    expect(item.meta).toMatchObject({ summaryOnly: true, outlet: 'Kelvale Courier', byline: 'Tom Orme', published: '2021-03-05' });
    expect(item.original).toBe('“Acme will hire two hundred welders,” said Ada Roe, the Acme spokeswoman, on Friday.');
    expect(said(item)).toEqual(['Ada Roe: Acme will hire two hundred welders']);
  });

  it('marks Atom entries that carry only a summary, or content no longer than it', () => {
    const tolls = byId(corpus.articles, 'urn:uuid:7d2f5b1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f');
    expect(tolls.meta).toMatchObject({
      summaryOnly: true, outlet: 'Springfield Post', byline: 'Mira Holt', published: '2021-01-15', url: 'https://post.springfield.example/news/bridge-tolls',
    });
    expect(tolls.headline).toBe('Bridge tolls to rise, minister says');
    expect(said(tolls)).toEqual(['Tom Varga: Tolls on the bridge must rise']);
    const roof = byId(corpus.articles, 'urn:uuid:9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a');
    expect(roof.meta.summaryOnly).toBe(true);
    expect(roof.original).toBe('The education minister Ivo Dahl said the school roof would be mended before the spring term.');
  });

  it('reads a CSV export: quoted fields over several lines, doubled quotes, common column names', () => {
    const library = byId(corpus.articles, 'export#csv-101');
    expect(library.original).toBe('"The library opens on Sundays," said Karl Brek, the culture minister.\n\nHe said the reading room would stay open until six.');
    expect(library.headline).toBe('Library opens on Sundays');
    expect(library.meta).toMatchObject({ outlet: 'Ostby Herald', url: 'https://herald.ostby.example/library-sundays', published: '2021-04-09', byline: 'Lena Holm', summaryOnly: false });
    expect(said(library)).toContain('Karl Brek: The library opens on Sundays');
    // Its row starts on line 2 and ends on line 4: the next starts on line 5.
    expect(library.origin).toBe(`${path.join(FORMATS, 'export.csv')}:2`);
    expect(byId(corpus.articles, 'export#csv-102').origin).toBe(`${path.join(FORMATS, 'export.csv')}:5`);
  });

  it('keeps two exports numbered from 1 apart: a CSV row\'s id is its file\'s', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'qw-exports-'));
    try {
      writeFileSync(path.join(folder, 'export-2024.csv'), 'id,title,text\n1,Ferry,"""The ferry will run all winter,"" said Jane Roe."\n2,Bridge,"""The bridge is safe,"" said Tom Varga."\n');
      writeFileSync(path.join(folder, 'export-2025.csv'), 'id,title,text\n1,Tram,"""The tram line will close,"" said Nora Quill."\n');
      const read = loadCorpus([folder]);
      expect(read.articles.map((article) => article.id).sort()).toEqual(['export-2024#1', 'export-2024#2', 'export-2025#1']);
      expect(read.warnings).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reads a TSV with no id column: each row\'s id is the file\'s and its line, quotation marks as written', () => {
    const trade = byId(corpus.articles, 'wire#2');
    expect(trade.original).toBe('"Our trade talks went well," said Tom Varga, the foreign minister.');
    expect(trade.meta).toMatchObject({ outlet: 'Acme Wire', url: 'https://wire.acme.example/trade-talks', published: '2021-01-20' });
    // An ISO 8601 week date: Tuesday of week 3 of 2021.
    expect(byId(corpus.articles, 'wire#3').meta.published).toBe('2021-01-19');
    expect(said(trade)).toEqual(['Tom Varga: Our trade talks went well']);
  });

  it('reads a NITF document: hl1, byline, dateline, basic ISO date, outlet, link and body paragraphs (no captions)', () => {
    const nitf = byId(corpus.articles, 'FRT-20151210-0042');
    expect(nitf.headline).toBe('Harbour wall is safe, mayor says');
    expect(nitf.meta).toMatchObject({
      outlet: 'Freedonia Times', byline: 'Nora Quill', dateline: 'Kelvale', published: '2015-12-10',
      url: 'https://times.freedonia.example/2015/12/10/harbour-wall', summaryOnly: false,
    });
    expect(nitf.original).toBe([
      'Engineers finished their survey of the Kelvale harbour wall on Thursday, a week after the storm.',
      '“The harbour wall is safe,” said Jane Roe, the mayor of Springfield. “We will still watch it closely this winter.”',
      'The survey cost the town £40,000, the council said.',
    ].join('\n\n'));
    expect(said(nitf)).toContain('Jane Roe: The harbour wall is safe');
  });

  it('reads a NewsML-G2 message\'s text item (its picture item is no article) with its metadata', () => {
    const item = byId(corpus.articles, 'urn:newsml:wire.acme.example:20151211:ACW-0107');
    expect(item.headline).toBe('Ostby school roof to be mended');
    expect(item.meta).toMatchObject({
      outlet: 'Acme Wire', byline: 'Lena Holm', dateline: 'OSTBY', published: '2015-12-10', url: 'https://wire.acme.example/stories/acw-0107',
    });
    expect(item.original).toBe('“The school roof will be mended,” said Ivo Dahl, the education minister.\n\nHe said the work would begin in the spring holidays.');
    expect(said(item)).toContain('Ivo Dahl: The school roof will be mended');
    expect(item.origin).toBe(`${path.join(FORMATS, 'newsml-message.xml')}:8`);
  });
});

describe('JSONL lines with the field names of other exports', () => {
  const file = path.join(FIXTURES, 'common-fields.jsonl');
  const corpus = loadCorpus([file]);

  it('reads a news-please line: maintext, source_domain, date_publish, authors; its id the file\'s and its line', () => {
    const line = byId(corpus.articles, 'common-fields#1');
    expect(line.headline).toBe('Ferry fares stay');
    expect(line.meta).toMatchObject({ outlet: 'post.springfield.example', published: '2021-03-09', byline: 'Mira Holt, Tom Orme', url: 'https://post.springfield.example/ferry-fares', summaryOnly: false });
    expect(said(line)).toEqual(['Jane Roe: The ferry fares stay']);
  });

  it('reads a NewsAPI line: the source\'s name as outlet, content cut short marked summary only and its marker left out', () => {
    const line = byId(corpus.articles, 'common-fields#2');
    expect(line.meta).toMatchObject({ outlet: 'Ostby Herald', byline: 'Lena Holm', published: '2021-03-10', summaryOnly: true });
    expect(line.original).toBe('"The museum reopens in April," said Karl Brek, the culture minister. The building was closed for two years while');
  });

  it('reads id, text, link, publication and a basic ISO 8601 date', () => {
    const line = byId(corpus.articles, '77');
    expect(line.meta).toMatchObject({ outlet: 'Kelvale Courier', url: 'https://courier.kelvale.example/dues', published: '2021-03-11' });
    expect(line.origin).toBe(`${file}:4`);
  });

  it('names the fields it found on a line it cannot read, and loads the rest', () => {
    expect(corpus.warnings).toEqual([{ file, line: 3, message: 'no body text (body, text, content, maintext or article); fields found: headline_text, summary_text, permalink; line skipped' }]);
    expect(corpus.articles).toHaveLength(3);
  });
});

describe('bad inputs among the formats', () => {
  const corpus = loadCorpus([BAD]);

  it('a feed that is not XML: a warning naming the file and line, nothing read from it', () => {
    const [warning, ...more] = warningFor(corpus.warnings, 'not-a-feed.rss');
    expect(more).toEqual([]);
    expect(warning?.line).toBe(1);
    expect(warning?.message).toMatch(/^is not well-formed XML \(.+\): not read as a feed; skipped$/);
  });

  it('a CSV with no body column: one warning naming the columns it found', () => {
    expect(warningFor(corpus.warnings, 'missing-column.csv')).toEqual([
      { file: path.join(BAD, 'missing-column.csv'), message: 'has no body column (body, text, content, maintext or article); columns found: id, title, url; skipped' },
    ]);
  });

  it('a CSV row with a field missing, and one with a blank body: each a warning with its line, the other rows loaded', () => {
    const file = path.join(BAD, 'uneven.csv');
    expect(warningFor(corpus.warnings, 'uneven.csv')).toEqual([
      { file, line: 3, message: 'has 3 fields where the header has 4; row skipped' },
      { file, line: 4, message: 'article "u-3": no body text (body, text, content, maintext or article); fields found: id, headline, outlet; row skipped' },
    ]);
    expect(corpus.articles.map((a) => a.id).filter((id) => id.startsWith('uneven#'))).toEqual(['uneven#u-1', 'uneven#u-4']);
    expect(byId(corpus.articles, 'uneven#u-4').origin).toBe(`${file}:5`);
  });

  it('a truncated XML document: a warning naming the line where it breaks off', () => {
    const [warning, ...more] = warningFor(corpus.warnings, 'truncated.xml');
    expect(more).toEqual([]);
    expect(warning?.line).toBeGreaterThanOrEqual(20);
    expect(warning?.message).toMatch(/^is not well-formed XML \(.+\): not read as a NITF document; skipped$/);
  });

  it('a feed with a bare "&": a warning naming its line, the item it breaks skipped and the others read', () => {
    const [warning, ...more] = warningFor(corpus.warnings, 'bare-ampersand.rss');
    expect(more).toEqual([]);
    expect(warning?.line).toBe(13);
    expect(warning?.message).toMatch(/^is not well-formed XML \(.+\): the item it breaks is skipped, the others read$/);
    expect(corpus.articles.filter((a) => a.origin.includes('bare-ampersand')).map((a) => a.id)).toEqual(['ostby-herald-301', 'ostby-herald-303']);
  });

  it('a feed cut short: the entries before the cut read, the one it cuts skipped', () => {
    const [warning, ...more] = warningFor(corpus.warnings, 'cut-short.atom');
    expect(more).toEqual([]);
    expect(warning?.line).toBeGreaterThanOrEqual(15);
    const read = corpus.articles.filter((a) => a.origin.includes('cut-short'));
    expect(read.map((a) => [a.id, a.original])).toEqual([['urn:uuid:1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5', '“The dam is sound,” said Nora Quill, the chief engineer.']]);
  });

  it('gives no other warning', () => {
    expect(corpus.warnings).toHaveLength(7);
  });
});

describe('the article size limit in a file of many articles', () => {
  it('holds each article to it, not the whole file', () => {
    const file = path.join(FORMATS, 'export.csv');
    const corpus = loadCorpus([file], { maxArticleBytes: 100 });
    expect(corpus.articles.map((a) => a.id)).toEqual(['export#csv-102']);
    expect(corpus.warnings).toEqual([{ file, line: 2, message: 'article "export#csv-101" is 122 bytes, over the limit of 100 bytes for one article (MAX_ARTICLE_BYTES); skipped' }]);
  });

  it('holds a file of one article (a NITF document) to it whole', () => {
    const file = path.join(FORMATS, 'harbour-wall.xml');
    expect(() => loadCorpus([file], { maxArticleBytes: 100 })).toThrow(/no article could be loaded/);
  });
});

describe('input past what a reader takes', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'quotewire-deep-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const nested = (depth: number): string => `${'<b>'.repeat(depth)}x${'</b>'.repeat(depth)}`;
  writeFileSync(path.join(folder, 'deep.xml'), `<nitf><body><body.content>${nested(5000)}<p>Roe spoke.</p></body.content></body></nitf>`);
  writeFileSync(path.join(folder, 'deep.rss'), `<rss><channel><title>K</title><item><description>${nested(5000)}</description></item></channel></rss>`);
  writeFileSync(path.join(folder, 'story.txt'), 'Pier reopens\n\n"The pier is open," said Jane Roe.\n');

  it('elements nested thousands deep: a warning for that file, the rest loaded', () => {
    const corpus = loadCorpus([folder]);
    expect(corpus.articles.map((a) => a.id)).toEqual(['story']);
    expect(corpus.warnings.map((w) => [path.basename(w.file), w.message])).toEqual([
      ['deep.rss', expect.stringMatching(/^is not an RSS or Atom feed \(.+\); skipped$/)],
      ['deep.xml', expect.stringMatching(/^cannot be read as a NITF document \(.+\); skipped$/)],
    ]);
  });

  it('a reader that fails: a warning naming the file and the format, the rest loaded', () => {
    const failing = vi.spyOn(textFormat, 'read').mockImplementationOnce(() => {
      throw new Error('out of stack');
    });
    try {
      const corpus = loadCorpus([path.join(folder, 'story.txt'), path.join(FORMATS, 'wire.tsv')]);
      expect(corpus.articles.map((a) => a.id)).toEqual(['wire#2', 'wire#3']);
      expect(corpus.warnings).toEqual([{ file: path.join(folder, 'story.txt'), message: 'cannot be read as a text article (out of stack); skipped' }]);
    } finally {
      failing.mockRestore();
    }
  });
});
