import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/corpus/formats/html-dom.js';
import { readHtmlMetadata, withoutSiteName } from '../../../src/corpus/formats/html-metadata.js';

const metaOf = (head: string): ReturnType<typeof readHtmlMetadata> =>
  readHtmlMetadata(parseDocument(`<!DOCTYPE html><html><head>${head}</head><body><p>Text.</p></body></html>`).document);

const jsonLd = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readHtmlMetadata: JSON-LD', () => {
  it('reads a NewsArticle: headline, publisher, authors, date and URL', () => {
    expect(metaOf(jsonLd({
      '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ferry to run all winter',
      datePublished: '2026-03-04T17:45:00+01:00', author: [{ '@type': 'Person', name: 'Nora Quill' }, { name: 'Tom Varga' }],
      publisher: { '@type': 'Organization', name: 'Kelvale Courier' }, url: 'https://courier.example/ferry',
    }))).toEqual({ headline: 'Ferry to run all winter', outlet: 'Kelvale Courier', byline: 'Nora Quill and Tom Varga', published: '2026-03-04', url: 'https://courier.example/ferry' });
  });

  it('finds the article inside an @graph, and a publisher given by @id reference', () => {
    expect(metaOf(jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Lakeside Post' },
        { '@type': ['ReportageNewsArticle'], headline: 'Pier reopens', publisher: { '@id': '#org' }, author: 'Jane Roe', mainEntityOfPage: { '@id': 'https://post.example/pier' } },
      ],
    }))).toEqual({ headline: 'Pier reopens', outlet: 'Lakeside Post', byline: 'Jane Roe', url: 'https://post.example/pier' });
  });

  it('reads a BlogPosting, and passes over a JSON-LD block that is not JSON', () => {
    const head = `<script type="application/ld+json">{"@type": "NewsArticle", "headline": broken</script>${jsonLd([{ '@type': 'BlogPosting', headline: 'Harbour notes', dateCreated: '2026-02-13' }])}`;
    expect(metaOf(head)).toEqual({ headline: 'Harbour notes', published: '2026-02-13' });
  });

  it('passes over a placeholder date that is no calendar date, to the next source', () => {
    const head = `<meta property="article:published_time" content="2026-03-04T10:00:00Z">${jsonLd({ '@type': 'NewsArticle', headline: 'Pier', datePublished: '0001-01-01T00:00:00Z' })}`;
    expect(metaOf(head)).toEqual({ headline: 'Pier', published: '2026-03-04' });
  });

  it('takes JSON-LD before OpenGraph, OpenGraph before <title>', () => {
    const head = `<title>Old title | Courier</title><meta property="og:title" content="OpenGraph title"><meta property="og:site_name" content="The Courier">${jsonLd({ '@type': 'Article', headline: 'JSON-LD title' })}`;
    expect(metaOf(head)).toMatchObject({ headline: 'JSON-LD title', outlet: 'The Courier' });
    expect(metaOf('<title>Old title | Courier</title><meta property="og:title" content="OpenGraph title">')).toMatchObject({ headline: 'OpenGraph title' });
  });
});

describe('readHtmlMetadata: OpenGraph and meta tags', () => {
  it('reads OpenGraph: title, site name, URL, published time; an author that is a link is not a name', () => {
    expect(metaOf(`
      <meta property="og:title" content="Fishers protest quota"><meta property="og:site_name" content="Harbour Notes">
      <meta property="og:url" content="https://notes.example/quota/"><meta property="article:published_time" content="2026-02-13T10:12:45+00:00">
      <meta property="article:author" content="https://social.example/harbournotes"><meta name="author" content="Sam Okafor">`,
    )).toEqual({ headline: 'Fishers protest quota', outlet: 'Harbour Notes', url: 'https://notes.example/quota/', published: '2026-02-13', byline: 'Sam Okafor' });
  });

  it('reads citation_* tags: several authors, a date with slashes', () => {
    expect(metaOf(`
      <meta name="citation_title" content="Herring stocks in the Kelvale basin"><meta name="citation_author" content="Roe, Jane">
      <meta name="citation_author" content="Varga, Tom"><meta name="citation_publication_date" content="2025/11/30">
      <meta name="citation_journal_title" content="Lake Science Letters">`,
    )).toEqual({ headline: 'Herring stocks in the Kelvale basin', byline: 'Roe, Jane and Varga, Tom', published: '2025-11-30', outlet: 'Lake Science Letters' });
  });

  it('drops "By" from a byline, keeps a date it cannot read as given, and a Twitter handle is no outlet', () => {
    expect(metaOf('<meta name="byl" content="By Nora Quill"><meta name="date" content="Tuesday morning"><meta name="twitter:site" content="@courier">'))
      .toEqual({ byline: 'Nora Quill', published: 'Tuesday morning' });
  });

  it('reads an itemprop datePublished on a <time>', () => {
    expect(readHtmlMetadata(parseDocument('<html><body><time itemprop="datePublished" datetime="2026-01-20T08:00">20 Jan</time><p>x</p></body></html>').document))
      .toMatchObject({ published: '2026-01-20' });
  });
});

describe('readHtmlMetadata: fallbacks', () => {
  it('takes the headline from <title> without the site name, and the URL from <link rel=canonical>', () => {
    expect(metaOf('<title>Ferry to run all winter | Kelvale Courier</title><link rel="canonical" href="https://courier.example/ferry">'))
      .toEqual({ headline: 'Ferry to run all winter', url: 'https://courier.example/ferry' });
  });

  it('leaves out a canonical link that is not http(s)', () => {
    expect(metaOf('<title>Ferry</title><link rel="canonical" href="javascript:alert(1)">')).toEqual({ headline: 'Ferry' });
  });
});

describe('withoutSiteName', () => {
  it('cuts the outlet after a dash or a bar, or a short tail after a bar', () => {
    expect(withoutSiteName('Pier reopens - Lakeside Post', 'Lakeside Post')).toBe('Pier reopens');
    expect(withoutSiteName('Pier reopens – Lakeside Post', 'Lakeside Post')).toBe('Pier reopens');
    expect(withoutSiteName('Pier reopens | News | Post', null)).toBe('Pier reopens | News');
  });

  it('keeps a headline whose dash is its own', () => {
    expect(withoutSiteName('Kelvale - Ostby ferry returns to winter timetable', 'Lakeside Post')).toBe('Kelvale - Ostby ferry returns to winter timetable');
    expect(withoutSiteName('Roe: "We will rebuild"', 'Lakeside Post')).toBe('Roe: "We will rebuild"');
  });
});
