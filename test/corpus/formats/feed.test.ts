import { describe, expect, it } from 'vitest';
import { feedFormat, itemText } from '../../../src/corpus/formats/feed.js';
import type { LoadWarning } from '../../../src/corpus/types.js';

const read = (text: string, warnings: LoadWarning[] = []) => feedFormat.read({ file: 'news.atom', id: 'news', text, maxBytes: 1e6 }, warnings);

describe('a feed\'s items', () => {
  const feed = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Ostby Post</title><link href="https://post.ostby.example/news/"/>
    <author><name>The Ostby Post desk</name></author>
    <entry><title>Pier open</title><link href="pier"/><summary>"The pier is open," said Tom Varga.</summary></entry>
    <entry><title>Road shut</title><author><name>Mira Holt</name></author><summary>"The road is shut," said Jane Roe.</summary></entry>
  </feed>`;

  it('resolve a relative link against the feed\'s, and an item with no link or id is <file>#<item>', () => {
    const [pier, road] = read(feed);
    expect(pier).toMatchObject({ id: 'https://post.ostby.example/news/pier', known: { url: 'https://post.ostby.example/news/pier' } });
    expect(road?.id).toBe('news#2');
  });

  it('take an item\'s own authors as its byline, never the feed\'s', () => {
    const [pier, road] = read(feed);
    expect(pier?.known?.byline).toBeUndefined();
    expect(road?.known?.byline).toBe('Mira Holt');
  });

  it('warn of an item with no text, naming its line, and read the others', () => {
    const warnings: LoadWarning[] = [];
    const items = read('<rss version="2.0"><channel><title>K</title>\n<item><title>Empty</title></item>\n<item><title>Full</title><description>Roe spoke.</description></item>\n</channel></rss>', warnings);
    expect(items.map((item) => item.text)).toEqual(['Roe spoke.']);
    expect(warnings).toEqual([{ file: 'news.atom', line: 2, message: 'item 1 ("Empty") has no text (no content or description); skipped' }]);
  });
});

describe('itemText', () => {
  it('reads the content where it is longer than the description, else the description as a summary', () => {
    expect(itemText('<p>Roe said the ferry would run all winter.</p>', 'Ferry to run.')).toEqual({ text: 'Roe said the ferry would run all winter.', summaryOnly: false });
    expect(itemText('<p>Ferry.</p>', 'Roe said the ferry would run.')).toEqual({ text: 'Roe said the ferry would run.', summaryOnly: true });
    expect(itemText(null, '<p>Roe said so.</p>')).toEqual({ text: 'Roe said so.', summaryOnly: true });
    expect(itemText(null, null)).toBeNull();
  });
});

describe('the lines of a feed\'s items', () => {
  it('are not thrown off by an <item> written inside CDATA or a comment', () => {
    const text = '<rss version="2.0"><channel><title>K</title>\n<!-- <item> an old one -->\n<item><title>A</title><description><![CDATA[<p>Roe spoke.</p>\n<item>]]></description></item>\n<item><title>B</title><description>Varga left.</description></item>\n</channel></rss>';
    expect(feedFormat.read({ file: 'k.rss', id: 'k', text, maxBytes: 1e6 }, []).map((item) => item.origin)).toEqual(['k.rss:3', 'k.rss:5']);
  });
});
