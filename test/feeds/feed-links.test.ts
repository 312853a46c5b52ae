import { describe, expect, it } from 'vitest';
import { linksOfFeed } from '../../src/feeds/feed-links.js';

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Kelvale Courier</title>
  <author><name>Desk Editor</name></author>
  <entry>
    <title>Ferry returns for the winter</title>
    <link rel="alternate" href="/news/ferry.html"/>
    <id>urn:kelvale:ferry</id>
    <published>2015-12-10T23:30:00-05:00</published>
    <author><name>Jane Roe</name></author>
  </entry>
  <entry>
    <title>Bridge tolls to stay</title>
    <link rel="alternate" href="https://kelvale.test/news/tolls.html"/>
    <id>urn:kelvale:tolls</id>
    <published>2015-12-11T08:00:00Z</published>
  </entry>
  <entry>
    <title>A link we may not show</title>
    <link rel="alternate" href="javascript:alert(1)"/>
    <id>urn:kelvale:bad</id>
  </entry>
</feed>`;

describe('linksOfFeed', () => {
  it("reads each item's link, headline, the writer's own date and the item's own byline", () => {
    expect(linksOfFeed(atom, 'https://kelvale.test/feed.atom')).toEqual({
      outlet: 'Kelvale Courier',
      links: [
        { url: 'https://kelvale.test/news/ferry.html', headline: 'Ferry returns for the winter', published: '2015-12-10', byline: 'Jane Roe' },
        { url: 'https://kelvale.test/news/tolls.html', headline: 'Bridge tolls to stay', published: '2015-12-11', byline: null },
      ],
    });
  });

  it('throws, saying why, for a text that is no feed', () => {
    expect(() => linksOfFeed('<html><body>Moved</body></html>', 'https://kelvale.test/feed.xml')).toThrow();
  });
});
