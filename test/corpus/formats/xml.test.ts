import { describe, expect, it } from 'vitest';
import { formatOf } from '../../../src/corpus/formats/index.js';
import { rootElement, xmlProblem } from '../../../src/corpus/formats/xml-root.js';
import { lineFinder } from '../../../src/corpus/lines.js';
import { findAll, parseXml, textOf } from '../../../src/corpus/formats/xml-tree.js';

describe('rootElement', () => {
  it('reads past the declaration, comments, processing instructions and a doctype with an internal subset', () => {
    expect(rootElement('\uFEFF<?xml version="1.0"?>\n<!-- a feed -->\n<?xml-stylesheet href="a.xsl"?>\n<!DOCTYPE rss [<!ENTITY x "y">]>\n<rss version="2.0">')).toBe('rss');
  });

  it('gives the local name of a prefixed root, and null for text that is not XML', () => {
    expect(rootElement('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">')).toBe('RDF');
    expect(rootElement('Kelvale ferry news')).toBeNull();
  });
});

describe('the formats of .xml files', () => {
  it('are told apart by the root element', () => {
    const name = (text: string): string | undefined => formatOf('story.xml', text)?.name;
    expect(name('<rss version="2.0"><channel/></rss>')).toBe('RSS or Atom feed');
    expect(name('<feed xmlns="http://www.w3.org/2005/Atom"/>')).toBe('RSS or Atom feed');
    expect(name('<nitf><head/></nitf>')).toBe('NITF document');
    expect(name('<newsMessage/>')).toBe('NewsML-G2 document');
    expect(name('<newsItem guid="x"/>')).toBe('NewsML-G2 document');
    expect(name('<urlset/>')).toBeUndefined();
  });

  it('are read from .rss, .atom, .nitf, .csv and .tsv files whatever they hold', () => {
    expect(['a.rss', 'a.atom', 'a.nitf', 'a.csv', 'a.tsv'].map((file) => formatOf(file, 'not what it says')?.name)).toEqual([
      'RSS or Atom feed', 'RSS or Atom feed', 'NITF document', 'CSV or TSV export', 'CSV or TSV export',
    ]);
  });
});

describe('xmlProblem', () => {
  it('names the line where a document breaks off, and is null for a whole one', () => {
    expect(xmlProblem('<nitf>\n<body>\n<p>cut sho\n\n')).toEqual({ line: 3, message: 'is not well-formed XML (it ends before <p> in <nitf>, <body> is closed: cut short?)' });
    expect(xmlProblem('<rss>\n<item>Roe & Varga</item></rss>')).toEqual({ line: 2, message: "is not well-formed XML (char '&' is not expected.)" });
    expect(xmlProblem('<nitf><body><p>whole &amp; &#8220;well&#8221; formed</p></body></nitf>')).toBeNull();
  });
});

describe('parseXml', () => {
  it('keeps mixed content in order, names without prefixes, and where each element starts', () => {
    const text = '<?xml version="1.0"?>\n<n:doc xmlns:n="urn:x">\n<p>Roe said <person>Jane</person> &amp; <em>left</em>.</p>\n<p>Two</p></n:doc>';
    const root = parseXml(text);
    expect(root?.name).toBe('doc');
    const paragraphs = findAll(root, 'p');
    expect(paragraphs.map(textOf)).toEqual(['Roe said Jane & left.', 'Two']);
    expect(lineFinder(text)(paragraphs[1]?.start ?? 0)).toBe(4);
  });
});

describe('lineFinder', () => {
  it('gives the line of each index: a line break belongs to the line it ends', () => {
    const lineAt = lineFinder('ab\ncd\n\nef');
    expect([0, 2, 3, 5, 6, 7, 9].map(lineAt)).toEqual([1, 1, 2, 2, 3, 4, 4]);
  });
});
