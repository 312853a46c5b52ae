import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeCorpus } from '../../src/attribution/index.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { loadAttributionConfig } from '../../src/settings/config-files.js';
import type { LoadWarning } from '../../src/corpus/types.js';
import { FIXTURES } from '../helpers.js';

const HTML = path.join(FIXTURES, 'html');

const messagesFor = (warnings: LoadWarning[], file: string): string[] => warnings.filter((w) => w.file.endsWith(file)).map((w) => w.message);

describe('loadCorpus: a folder of HTML pages', () => {
  const corpus = loadCorpus([HTML]);
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));

  it('loads every page with a story, the .txt that is a page among them, and skips the one without', () => {
    expect(corpus.articles.map((a) => a.id)).toEqual(['broken-cut-short', 'courier-ferry', 'fragment-no-body', 'harbour-blog', 'saved-page']);
  });

  it('names each bad page in a warning', () => {
    expect(messagesFor(corpus.warnings, 'broken-cut-short.html')).toEqual(['ends before its </html> (a page cut short?); read as far as it goes']);
    expect(messagesFor(corpus.warnings, 'fragment-no-body.htm')).toEqual(['has no <html> and <body> (part of a page, or a broken one); read as it stands']);
    expect(messagesFor(corpus.warnings, 'no-article.html')).toEqual(['holds no article text (only links, media or page furniture); skipped']);
    expect(messagesFor(corpus.warnings, 'saved-page.txt')).toEqual(['looks like an HTML page; read as HTML']);
    expect(corpus.warnings).toHaveLength(4);
  });

  it('gives each article its metadata, the headline not taken from the text', () => {
    const ferry = byId.get('courier-ferry');
    expect(ferry?.headline).toBe('Kelvale ferry will run all winter, mayor says');
    expect(ferry?.headlineSpan).toBeNull();
    expect(ferry?.meta).toMatchObject({ outlet: 'Kelvale Courier', byline: 'Nora Quill and Tom Varga', published: '2026-03-04', url: 'https://www.kelvalecourier.example/news/2026/03/04/ferry-winter-service' });
    expect(byId.get('saved-page')?.meta).toMatchObject({ outlet: 'Ostby Weekly', published: '2026-04-02' });
    expect(byId.get('saved-page')?.headline).toBe('Ostby bakery wins national prize');
  });

  it('finds the statements of the stories, and none in captions, ads, banners, related links or markup', () => {
    const { statements } = attributeCorpus(corpus.articles, loadAttributionConfig());
    const said = statements.map((s) => [s.articleId, s.speaker.name, s.text]);
    expect(said).toContainEqual(['courier-ferry', 'Jane Roe', 'This is the service people asked us for, and it is the service they will get']);
    expect(said).toContainEqual(['harbour-blog', 'Maria Lund', 'If this quota stands, it will empty the harbour by the autumn']);
    expect(said).toContainEqual(['saved-page', 'Karin Berg', 'My grandmother baked this bread every Saturday, and we have not changed a thing']);
    const all = statements.map((s) => s.text).join('\n');
    for (const furniture of ['It never stops', 'while stocks last', 'We will build the bridge', 'Half of them will be sold', 'This is a disgrace', 'as readers say', '<', '>', 'class=']) {
      expect(all, furniture).not.toContain(furniture);
    }
  });

  it('reads a .txt article that is plain text as before: its first line the headline', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'quotewire-'));
    writeFileSync(path.join(dir, 'ferry.txt'), 'Ferry to run\n\nJane Roe said <b>yes</b> to the plan.\n');
    const loaded = loadCorpus([dir]);
    expect(loaded.articles[0]?.headline).toBe('Ferry to run');
    expect(loaded.warnings).toEqual([]);
  });

  it('loads one page given on its own', () => {
    const loaded = loadCorpus([path.join(HTML, 'harbour-blog.htm')]);
    expect(loaded.articles.map((a) => a.meta.outlet)).toEqual(['Springfield Harbour Notes']);
  });
});
