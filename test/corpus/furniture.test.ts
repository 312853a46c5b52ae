import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { prepareArticle } from '../../src/corpus/prepare.js';
import type { Article } from '../../src/corpus/types.js';

const seeds = new Map(loadCorpus().articles.map((article) => [article.id.slice(0, 3), article]));

function furniture(article: Article | undefined): string[] {
  if (!article) return [];
  return article.furniture.map((f) => `${f.kind}: ${article.original.slice(f.start, f.end)}`);
}

function prepare(text: string): Article {
  return prepareArticle({ id: 'x', origin: 'x.txt', text, headlineInText: true });
}

describe('page furniture in the seeds', () => {
  it('000: the video caption and the reporting credit', () => {
    expect(furniture(seeds.get('000'))).toEqual([
      "video-caption: Your browser doesn’t support HTML5",
      'video-caption: WATCH: Iraqi Troops Battle Pockets Of Resistance Near Mosul',
      'reporting-credit: With reporting by Reuters and AP',
    ]);
  });

  it('001: the dateline header, whose date, wire and place reach the metadata', () => {
    const article = prepare(seeds.get('001')?.original ?? '');
    expect(furniture(article)).toEqual(['dateline-header: date 2016-10-27 AP, PARIS']);
    expect(article.meta).toMatchObject({ published: '2016-10-27', wires: ['AP'], dateline: 'PARIS' });
    expect(article.headline).toBeNull();
  });

  it('002: the photo caption and "Short link:"', () => {
    expect(furniture(seeds.get('002')).map((f) => f.split(':')[0])).toEqual(['photo-caption', 'short-link']);
  });

  it('003: the run-together date and the sign-off with its wires', () => {
    const article = prepare(seeds.get('003')?.original ?? '');
    expect(furniture(article)).toEqual(['dateline: October 25, 2016', 'sign-off: aw/rc (AFP, Reuters, AP, dpa)']);
    expect(article.meta).toMatchObject({ published: '2016-10-25', wires: ['AFP', 'Reuters', 'AP', 'dpa'] });
    expect(article.headline).toBe('US: Raqqa in sights amid Mosul offensive');
    expect(article.paragraphs.filter((p) => p.kind === 'heading').map((p) => article.original.slice(p.start, p.end))).toEqual([
      'Forces within striking distance',
      'No different to Aleppo: Russia',
    ]);
  });

  it('004: the byline strip, whose author reaches the metadata', () => {
    const article = prepare(seeds.get('004')?.original ?? '');
    expect(furniture(article)[0]).toMatch(/^byline: Carol Adl in Middle East {2}News {2}US {2}0 Comments/);
    expect(article.meta.byline).toBe('Carol Adl');
    expect(article.sentences[0]?.text).toMatch(/^The US led coalition/);
  });
});

describe('furniture rules on text nobody tuned them for', () => {
  it('reads a wire dateline and a "Reporting by" credit', () => {
    const article = prepare(
      'Markets rally\n\nLONDON (Reuters) - Shares rose on Monday, traders said.\n\nReporting by Ann Smith; Editing by Bob Jones',
    );
    expect(article.meta).toMatchObject({ dateline: 'LONDON', wires: ['Reuters'] });
    expect(article.sentences.map((s) => s.text)).toEqual(['Shares rose on Monday, traders said.']);
  });

  it('keeps a story line that merely starts like a caption word', () => {
    const article = prepare('Title line\n\nPhotographers gathered outside. Picture this: a crowd.\n');
    expect(article.furniture).toEqual([]);
    expect(article.sentences).toHaveLength(2);
  });

  it('joins lines wrapped mid-sentence back together', () => {
    const article = prepare('Headline\n\nThe minister said the plan\nwould go ahead. It did.\n');
    expect(article.sentences.map((s) => s.text)).toEqual(['The minister said the plan\nwould go ahead.', 'It did.']);
  });
});

describe('photo captions with a credit in brackets', () => {
  it('are furniture, so their names never stand in the story', () => {
    const article = prepare([
      'Bridge reopens',
      'The crew finished on Monday.',
      'Jane Roe, a welder, looks at the new span on Friday. ( SPRINGFIELD HERALD FILE PHOTO )',
      'Tom Varga said the work had been hard.',
    ].join('\n\n'));
    expect(furniture(article)).toEqual(['photo-caption: Jane Roe, a welder, looks at the new span on Friday. ( SPRINGFIELD HERALD FILE PHOTO )']);
  });

  it('include a credit of photographer and outlet set apart by a slash', () => {
    const article = prepare([
      'Bridge reopens',
      'The crew finished on Monday.',
      'Jane Roe and Tom Varga on the new span. ( Ana Ruiz / Springfield Herald )',
      'Tom Varga said the work had been hard.',
    ].join('\n\n'));
    expect(furniture(article)).toEqual(['photo-caption: Jane Roe and Tom Varga on the new span. ( Ana Ruiz / Springfield Herald )']);
  });

  it('leave a sentence that only mentions a picture in brackets', () => {
    const article = prepare(['Bridge reopens', 'Jane Roe said the span was "the finest thing in Springfield" (see picture).'].join('\n\n'));
    expect(furniture(article)).toEqual([]);
  });
});
