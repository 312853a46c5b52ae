import { describe, expect, it } from 'vitest';
import { newsMlFormat } from '../../../src/corpus/formats/newsml.js';
import { nitfFormat } from '../../../src/corpus/formats/nitf.js';
import type { LoadWarning } from '../../../src/corpus/types.js';

const input = (file: string, text: string) => ({ file, id: file.replace(/\.\w+$/, ''), text, maxBytes: 1e6 });

describe('NITF', () => {
  it('takes the file\'s id without a doc-id, the head\'s title without an hl1, and the byline\'s text without a person', () => {
    const [article] = nitfFormat.read(input('roof.nitf', '<nitf><head><title>Roof mended</title></head><body><body.head><byline>By Lena Holm</byline><dateline>OSTBY, May 2</dateline></body.head><body.content><p>Ivo Dahl spoke.</p></body.content></body></nitf>'), []);
    expect(article).toMatchObject({ id: 'roof', text: 'Ivo Dahl spoke.', known: { headline: 'Roof mended', byline: 'Lena Holm', dateline: 'OSTBY' } });
  });

  it('warns of a document with no body text, and reads no article from it', () => {
    const warnings: LoadWarning[] = [];
    expect(nitfFormat.read(input('empty.nitf', '<nitf><head><title>T</title></head><body><body.content><media><media-caption><p>A photo.</p></media-caption></media></body.content></body></nitf>'), warnings)).toEqual([]);
    expect(warnings).toEqual([{ file: 'empty.nitf', message: 'is a NITF document with no body text (no <p> in <body.content>); skipped' }]);
  });
});

describe('NewsML-G2', () => {
  it('reads a lone newsItem, its plain inline text as written, its provider as outlet without a copyright holder', () => {
    const text = '<newsItem guid="urn:x:1"><itemMeta><itemClass qcode="ninat:text"/><provider literal="Acme Wire"/><firstCreated>2021-05-04</firstCreated></itemMeta><contentMeta><headline>Pier open</headline></contentMeta><contentSet><inlineData contenttype="text/plain">"The pier is open," said Jane Roe.\n\nShe left.</inlineData></contentSet></newsItem>';
    const [article] = newsMlFormat.read(input('pier.xml', text), []);
    expect(article).toMatchObject({ id: 'urn:x:1', text: '"The pier is open," said Jane Roe.\n\nShe left.', known: { headline: 'Pier open', outlet: 'Acme Wire', published: '2021-05-04' } });
  });

  it('numbers the items of a message without guids, and warns of a text item with no story, naming its line', () => {
    const text = '<newsMessage><itemSet>\n<newsItem><contentSet><inlineXML><html><body><p>One.</p></body></html></inlineXML></contentSet></newsItem>\n<newsItem><contentSet/></newsItem>\n</itemSet></newsMessage>';
    const warnings: LoadWarning[] = [];
    expect(newsMlFormat.read(input('wire.xml', text), warnings).map((article) => [article.id, article.origin, article.text])).toEqual([['wire#1', 'wire.xml:2', 'One.']]);
    expect(warnings).toEqual([{ file: 'wire.xml', line: 3, message: 'news item 2 has no story text (no <p> in <inlineXML>, no <inlineData>); skipped' }]);
  });
});
