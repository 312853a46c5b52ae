import { describe, expect, it } from 'vitest';
import { decodeEntities, markupText } from '../../../src/corpus/formats/markup-text.js';

describe('markupText', () => {
  it('makes paragraphs of blocks and a line of <br>, with tags removed and entities decoded', () => {
    expect(markupText('<p>Roe said: &ldquo;Soon.&rdquo;</p>\n<p>Varga <em>left</em> at six&#8230;<br/>Then rain.</p><ul><li>One</li><li>Two</li></ul>'))
      .toBe('Roe said: “Soon.”\n\nVarga left at six…\nThen rain.\n\nOne\n\nTwo');
  });

  it('drops scripts, styles and captions with what they hold', () => {
    expect(markupText('<p>Kept.</p><script>var x = "<p>no</p>";</script><style>p { color: red }</style><figure><img src="a.jpg"><figcaption>Photo: Acme</figcaption></figure>'))
      .toBe('Kept.');
  });

  it('leaves text with no markup as it is, its spaces tidied, and a "<" that opens no tag', () => {
    expect(markupText('  Tolls rise   if x < y.  ')).toBe('Tolls rise if x < y.');
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references, and leaves unknown names as written', () => {
    expect(decodeEntities('Roe &amp; Varga&#8217;s plan &#x2014; &pound;40 &madeup;')).toBe('Roe & Varga’s plan — £40 &madeup;');
  });

  it('reads a reference to no character as U+FFFD', () => {
    expect(decodeEntities('a&#0;b&#xD800;c')).toBe('a\uFFFDb\uFFFDc');
  });
});

describe('markupText and line breaks', () => {
  it('reads a line break in markup as a space, and keeps those of plain text', () => {
    expect(markupText('<p>Roe said\nthe ferry\n\nwould run.</p>')).toBe('Roe said the ferry would run.');
    expect(markupText('Roe said so.\n\nVarga left.')).toBe('Roe said so.\n\nVarga left.');
  });
});

describe('markupText and spans never closed', () => {
  it('lets a script or comment never closed run to the end, as a browser does, and keeps what an unclosed CDATA holds', () => {
    expect(markupText('<p>Kept.</p><script>var x = 1;<p>gone</p>')).toBe('Kept.');
    expect(markupText('<p>Kept.</p><!-- note <p>gone</p>')).toBe('Kept.');
    expect(markupText('<p>Kept.</p><![CDATA[<p>Also kept.</p>')).toBe('Kept.\n\nAlso kept.');
    expect(markupText('<p>One</p><style>p{}</STYLE ><p>Two</p>')).toBe('One\n\nTwo');
  });
});
