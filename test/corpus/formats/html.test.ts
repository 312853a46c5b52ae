import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeHtml, readHtml } from '../../../src/corpus/formats/html.js';
import { FIXTURES } from '../../helpers.js';

const page = (name: string): string => readFileSync(path.join(FIXTURES, 'html', name), 'utf8');

describe('readHtml: a newspaper page with JSON-LD', () => {
  const reading = readHtml(page('courier-ferry.html'));

  it('reads the story, a paragraph a block, without the page furniture', () => {
    expect(reading.text).toBe([
      'The ferry between Kelvale and Ostby will keep running through the winter for the first time in a decade, after the town council voted on Tuesday to pay for a second crew.',
      '"This is the service people asked us for, and it is the service they will get," Mayor Jane Roe told reporters after the vote.',
      'The council approved the plan by nine votes to four. Opponents said the cost, about 400,000 crowns a year, would fall on households that never use the ferry.',
      '"We are being asked to subsidise a boat for a few hundred commuters," said councillor Tom Varga, who voted against the plan. "Nobody has shown me the numbers."',
      'Crews and timetables',
      'The operator, Acme Ferries, said it would hire six more sailors before November. Its chief executive, Lena Marsh, said the winter timetable would keep the hourly crossings.',
      '"Ice is the only thing that will stop us. We have a boat that can break thin ice, and we will use it," Marsh said in a statement.',
      'Passengers welcomed the news. "I have taken the bus around the lake every winter for twenty years," said Peter Holm, a nurse who works in Ostby. "Now I can sleep an hour longer."',
      'The first winter crossings are due on December 1.',
    ].join('\n\n') + '\n');
    expect(reading.problems).toEqual([]);
  });

  it('takes the metadata from JSON-LD first: the publisher by reference, both authors, the date as ISO', () => {
    expect(reading.known).toEqual({
      headline: 'Kelvale ferry will run all winter, mayor says',
      outlet: 'Kelvale Courier',
      byline: 'Nora Quill and Tom Varga',
      published: '2026-03-04',
      url: 'https://www.kelvalecourier.example/news/2026/03/04/ferry-winter-service',
    });
  });
});

describe('readHtml: a blog page with OpenGraph only', () => {
  const reading = readHtml(page('harbour-blog.htm'));

  it('reads the post without its caption, share buttons, related posts, tags, comments or sidebar', () => {
    expect(reading.text).toBe([
      'About forty fishers met officials from the fisheries ministry in Springfield on Friday to protest against a cut of a third in this year’s herring quota.',
      '“If this quota stands, it will empty the harbour by the autumn,” said Maria Lund, who chairs the Springfield Fishers’ Association. “Young crews will leave first.”',
      'The ministry says the herring stock has fallen for four years in a row. Its spokesman, Daniel Price, said the cut was “the smallest the science allows” and would be reviewed in June.',
      'Lund said the association would take the ministry to court if the quota was not changed by March.',
      '“We have the lawyers ready,” she said.',
      'Update, February 14: The ministry said on Saturday that it would meet the association again next week.',
    ].join('\n\n') + '\n');
  });

  it('takes the metadata from OpenGraph and the author tag', () => {
    expect(reading.known).toEqual({
      headline: 'Fishers say the new quota “will empty the harbour”',
      outlet: 'Springfield Harbour Notes',
      byline: 'Sam Okafor',
      published: '2026-02-13',
      url: 'https://harbournotes.example/2026/02/fishers-quota/',
    });
  });
});

describe('readHtml: broken pages', () => {
  it('reads a page cut short, with unclosed tags, and says it ends early', () => {
    const reading = readHtml(page('broken-cut-short.html'));
    expect(reading.problems).toEqual(['ends before its </html> (a page cut short?); read as far as it goes']);
    expect(reading.text.split('\n\n')).toEqual([
      'The roof of Kelvale primary school will be repaired before the spring term, the county education office said on Monday, after a storm tore off part of it last week.',
      '"No child will be taught under a leaking roof," said Ruth Adler, who heads the office. She visited the school on Friday.',
      'Parents had asked for the repairs to start at once. "We were told to wait until the insurers had seen it," said Omar Haddad, whose two daughters go to the school.',
      'The work is expected to cost about 90,000 crowns and to take three weeks.',
      'Classes will meet in the village hall until then\n',
    ]);
    expect(reading.known).toEqual({ headline: 'Kelvale school roof to be repaired before spring', outlet: 'Lakeside Post', published: '2026-01-20' });
  });

  it('reads a fragment with no <html> or <body>, and says so', () => {
    const reading = readHtml(page('fragment-no-body.htm'));
    expect(reading.problems).toEqual(['has no <html> and <body> (part of a page, or a broken one); read as it stands']);
    expect(reading.known).toEqual({ headline: 'Springfield library extends opening hours', byline: 'Tom Varga' });
    expect(reading.text).toBe('Springfield\'s central library will open until nine in the evening on weekdays from next month, the city said on Wednesday.\n\n"Students told us they had nowhere quiet to work after school," said Helen Cho, the city\'s head of libraries.\n');
  });

  it('reads a page whose tags are never closed, nesting thousands deep, whole and with a warning', () => {
    const reading = readHtml(`<html><body>${'<div>'.repeat(5000)}<p>"The ferry will run all winter," Jane Roe, the mayor of Kelvale, said on Monday.</p></body></html>`);
    expect(reading.problems).toEqual(['nests its elements 5001 deep (tags never closed?); read whole, without looking for the story']);
    expect(reading.text).toBe('"The ferry will run all winter," Jane Roe, the mayor of Kelvale, said on Monday.\n');
  });

  it('finds no story on a page of a video, its caption and links', () => {
    expect(readHtml(page('no-article.html')).text).toBe('');
  });
});

describe('looksLikeHtml', () => {
  it('knows a page by its doctype or <html> tag, after a byte order mark, white space or a comment', () => {
    expect(looksLikeHtml('<!DOCTYPE html>\n<html><body></body></html>')).toBe(true);
    expect(looksLikeHtml('\uFEFF  <!-- saved from url -->\n<html lang="en">')).toBe(true);
    expect(looksLikeHtml('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">')).toBe(true);
  });

  it('knows a page that is mostly tags', () => {
    expect(looksLikeHtml('<div class="story"><p>Jane Roe said so.</p>' + '<p><span class="x">a</span></p>'.repeat(6) + '</div>')).toBe(true);
  });

  it('does not take an article with a few tags in it, or that talks about HTML', () => {
    expect(looksLikeHtml('Ferry to run\n\nJane Roe said <b>yes</b> to the plan, and the council <i>agreed</i>.\n')).toBe(false);
    expect(looksLikeHtml('Web pages\n\nEvery page starts with <html>, the designer said.\n')).toBe(false);
  });
});
