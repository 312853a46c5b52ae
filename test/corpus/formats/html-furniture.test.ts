import { describe, expect, it } from 'vitest';
import { parseDocument, type DomElement } from '../../../src/corpus/formats/html-dom.js';
import { namedFurniture, removeFurniture } from '../../../src/corpus/formats/html-furniture.js';

const element = (html: string): DomElement => {
  const found = parseDocument(`<html><body>${html}</body></html>`).document.body?.querySelector('*');
  if (!found) throw new Error('no element');
  return found;
};

const PARAGRAPHS = '<p>The ferry between Kelvale and Ostby will keep running through the winter, the council said.</p><p>"This is the service people asked for," Mayor Jane Roe said after the vote on Tuesday.</p>';

describe('namedFurniture', () => {
  it('knows furniture by the words of its class or id, in any spelling', () => {
    for (const name of ['wp-caption-text', 'imageCaption', 'hovercard', 'name-popover', 'shareBar', 'share_tools', 'ad-slot', 'ad300x250', 'cookie-consent', 'jp-relatedposts', 'pull-quote', 'newsletter-signup', 'screen-reader-text', 'sr-only']) {
      expect(namedFurniture(element(`<div class="${name}">x</div>`)), name).toBe(true);
    }
    expect(namedFurniture(element('<div id="comments">x</div>'))).toBe(true);
  });

  it('does not take words that only contain a furniture word', () => {
    for (const name of ['story-body', 'entry-content', 'headline', 'loadMore', 'address', 'shadow', 'comment-is-free']) {
      expect(namedFurniture(element(`<div class="${name}">x</div>`)), name).toBe(false);
    }
  });
});

describe('removeFurniture', () => {
  const bodyText = (html: string): string => {
    const { document } = parseDocument(`<!DOCTYPE html><html><body>${html}</body></html>`);
    removeFurniture(document);
    return (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  };

  it('removes navigation, figures, captions, asides, hidden text and named furniture', () => {
    const html = `<nav>Home News</nav><div class="story">${PARAGRAPHS}<figure><img src="a.jpg"><figcaption>The pier at dusk.</figcaption></figure>
      <p class="photo-credit">Photo: Ana Ruiz</p><aside>Related: bridge plan</aside><div role="navigation">Next story</div><span hidden>Hidden</span>
      <div class="social-share">Share on X</div></div><footer>All rights reserved</footer>`;
    const text = bodyText(html);
    expect(text).toContain('The ferry between Kelvale');
    for (const furniture of ['Home News', 'The pier at dusk', 'Ana Ruiz', 'bridge plan', 'Next story', 'Hidden', 'Share on X', 'All rights reserved']) {
      expect(text, furniture).not.toContain(furniture);
    }
  });

  it('keeps an element named like furniture that holds the story', () => {
    const text = bodyText(`<div class="content-with-sidebar">${PARAGRAPHS}</div><div class="sidebar"><p>Most read today: the weather.</p></div>`);
    expect(text).toContain('Mayor Jane Roe said');
    expect(text).not.toContain('Most read');
  });

  it('removes a pop-up card inside a paragraph (a photo and links): the linked name keeps its place in the sentence', () => {
    const card = '<span class="person-card"><span><img src="/roe.jpg" alt=""><a href="/people/roe">Jane Alice Roe</a><a href="/x">Roe opens the pier</a><a href="/y">Roe on the budget</a></span></span>';
    const text = bodyText(`<div class="story">${PARAGRAPHS}<p>Mayor <span class="person"><a href="/people/roe">Jane Roe</a>${card}</span> said the ferry would run.</p></div>`);
    expect(text).toContain('Mayor Jane Roe said the ferry would run.');
    expect(text).not.toContain('Jane Alice Roe');
  });

  it('keeps a wrapper named like furniture that holds a story written with line breaks, not paragraphs', () => {
    const story = 'The ferry between Kelvale and Ostby will keep running through the winter.<br><br>"This is the service people asked for," Mayor Jane Roe said.<br><br>The council voted nine to four.';
    const text = bodyText(`<div class="widget Blog"><h1>Ferry</h1><div class="post-body">${story}</div></div><div class="widget"><p>Archive</p></div>`);
    expect(text).toContain('Mayor Jane Roe said');
    expect(text).not.toContain('Archive');
  });

  it('keeps a <header> that holds the whole story', () => {
    expect(bodyText(`<header>${PARAGRAPHS}</header>`)).toContain('Mayor Jane Roe said');
  });
});
