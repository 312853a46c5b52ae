import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/corpus/formats/html-dom.js';
import { blockText } from '../../../src/corpus/formats/html-text.js';

const textOf = (body: string): string => {
  const { document } = parseDocument(`<!DOCTYPE html><html><body>${body}</body></html>`);
  if (!document.body) throw new Error('no body');
  return blockText(document.body);
};

describe('blockText: paragraphs', () => {
  it('writes one paragraph a block, blank lines between, white space collapsed, entities read', () => {
    expect(textOf('<div><h2>Crews\n and   timetables</h2><p>Jane Roe said the ferry would run.</p><ul><li>Nine votes for</li><li>Four &amp; against</li></ul></div>'))
      .toBe('Crews and timetables\n\nJane Roe said the ferry would run.\n\nNine votes for\n\nFour & against\n');
  });

  it('keeps inline elements inside their paragraph', () => {
    expect(textOf('<p>"We will <em>not</em> wait," said <a href="/roe">Jane Roe</a>, the <span>mayor</span>.</p>'))
      .toBe('"We will not wait," said Jane Roe, the mayor.\n');
  });

  it('breaks a line at <br>, and keeps the lines of <pre>', () => {
    expect(textOf('<p>Lund said the case was ready.<br>"We have the lawyers," she said.</p><pre>Line one\nLine two</pre>'))
      .toBe('Lund said the case was ready.\n\n"We have the lawyers," she said.\n\nLine one\n\nLine two\n');
  });

  it('drops soft hyphens and zero-width spaces, which would split a name in two', () => {
    expect(textOf('<p>Kel\u00ADvale\u200B council met.</p>')).toBe('Kelvale council met.\n');
  });

  it('leaves out scripts, styles and buttons', () => {
    expect(textOf('<p>Jane Roe spoke.<script>var x = "said";</script><button>Share</button></p><style>p{}</style>')).toBe('Jane Roe spoke.\n');
  });
});

describe('blockText: link-heavy blocks', () => {
  it('leaves out a list of related stories and a "Read more" line', () => {
    const html = '<p>Jane Roe opened the pier on Monday.</p><ul><li><a href="/a">Ferry fares to rise in April</a></li><li><a href="/b">Storm closes the pier</a></li></ul><p>Read more: <a href="/c">Kelvale council approves budget</a></p>';
    expect(textOf(html)).toBe('Jane Roe opened the pier on Monday.\n');
  });

  it('counts a short leading label as part of the links it introduces', () => {
    expect(textOf('<p>More on this story: <a href="/a">Fares</a></p><p>Jane Roe spoke.</p>')).toBe('Jane Roe spoke.\n');
  });

  it('keeps a paragraph with a few links in it', () => {
    const html = '<p>The council, which <a href="/vote">voted on Tuesday</a>, approved the plan by nine votes to four after a long debate.</p>';
    expect(textOf(html)).toBe('The council, which voted on Tuesday, approved the plan by nine votes to four after a long debate.\n');
  });

  it('keeps a digest item whose linked lead sentence is followed by a sentence of its own', () => {
    const html = '<ol><li><strong><a href="/a">Acme will open a bakery in Kelvale, creating 120 jobs</a>.</strong> The company says building work will begin in October.</li><li><a href="/b">Ferry fares to rise in April</a> (Tuesday)</li></ol>';
    expect(textOf(html)).toBe('Acme will open a bakery in Kelvale, creating 120 jobs. The company says building work will begin in October.\n');
  });

  it('keeps quoted speech whose speaker and outlet are links', () => {
    const html = '<p>"We will rebuild," <a href="/roe">Jane Roe</a> told <a href="/echo">the Springfield Echo</a>.</p>';
    expect(textOf(html)).toBe('"We will rebuild," Jane Roe told the Springfield Echo.\n');
  });
});
