import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliWith } from './run-cli.js';

const WIRE = [
  'KELVALE - The Kelvale harbour will reopen to fishing boats in the spring after two years of repairs, the harbour authority said on Monday.',
  '"We have rebuilt the north wall and dredged the channel, and the crews can come home," said Nora Quill, who runs the harbour.',
  'The storm of two winters ago tore a hole in the breakwater and sank three trawlers at their moorings.',
  'Since then the fleet has landed its catch at Springfield, forty kilometres along the coast.',
  'Tom Varga, the Kelvale mayor, said the town had lost a fish market, two cafes and a chandler while the harbour was shut.',
  'The authority expects the first boats to tie up in April, once the new pontoons are bolted in place.',
];
let corpus: string;

beforeAll(() => {
  corpus = mkdtempSync(path.join(tmpdir(), 'qw-duplicates-'));
  writeFileSync(path.join(corpus, 'courier-harbour.txt'), `Harbour to reopen\n\n${WIRE.join('\n\n')}\n`);
  writeFileSync(path.join(corpus, 'courier-harbour-saved-again.txt'), `Harbour to reopen\n\n${WIRE.join('\n\n')}\n`);
  // The wire story carried elsewhere, its last two paragraphs cut and two of the outlet's own added.
  const own = [
    'In Ostby, the ferry company said it would add a sailing to Kelvale on market days from May.',
    'The Ostby Post asked readers whether the town should bid for a share of the fisheries fund, and most said yes.',
  ];
  writeFileSync(path.join(corpus, 'post-harbour.txt'), `Fishing fleet to return\n\n${[...WIRE.slice(0, 4), ...own].join('\n\n')}\n`);
  writeFileSync(path.join(corpus, 'post-council.txt'), 'Council sells fish market\n\nKelvale council voted on Tuesday to sell the old fish market on the harbour front to a hotel group. Tom Varga, the mayor, said the sale would pay for a new lifeboat station.\n');
});

afterAll(() => rmSync(corpus, { recursive: true, force: true }));

describe('cli duplicates', () => {
  it('prints the pairs of articles that share text, with the share of the shorter one found in the other', async () => {
    const { code, out } = await cliWith({}, 'duplicates', '--json', '--corpus', corpus);
    expect(code).toBe(0);
    const pairs = JSON.parse(out) as { a: string; b: string; shared: number }[];
    // In corpus order (files sorted: "courier-harbour-saved-again.txt" before "courier-harbour.txt").
    expect(pairs.map(({ a, b }) => [a, b])).toEqual([
      ['courier-harbour-saved-again', 'courier-harbour'],
      ['courier-harbour-saved-again', 'post-harbour'],
      ['courier-harbour', 'post-harbour'],
    ]);
    expect(pairs[0]?.shared).toBe(1);
    // Four of the wire's paragraphs, and two of the outlet's own: most of the shorter text, not all.
    expect(pairs[1]?.shared).toBeGreaterThan(0.6);
    expect(pairs[1]?.shared).toBeLessThan(0.85);
    expect(pairs[2]?.shared).toBe(pairs[1]?.shared);
  });

  it('says how many pairs it found, as a table', async () => {
    const { code, out } = await cliWith({}, 'duplicates', '--corpus', corpus);
    expect(code).toBe(0);
    expect(out).toMatch(/courier-harbour-saved-again\s+courier-harbour\s+100%/);
    expect(out).toContain('3 pairs of articles sharing half or more of the shorter one\'s text');
  });
});

describe('cli sources, with the text each article shares', () => {
  it('lists what each shares: the same file twice, a rewrite, nothing for a story of its own', async () => {
    const { code, out } = await cliWith({}, 'sources', '--json', '--corpus', corpus);
    expect(code).toBe(0);
    const { articles } = JSON.parse(out) as { articles: { id: string; shares?: { id: string; share: number; sameArticle: boolean }[] }[] };
    const of = (id: string): { id: string; share: number; sameArticle: boolean }[] | undefined => articles.find((a) => a.id === id)?.shares;
    expect(of('courier-harbour')?.[0]).toMatchObject({ id: 'courier-harbour-saved-again', share: 1, sameArticle: true });
    expect(of('post-harbour')?.map((s) => s.id)).toEqual(['courier-harbour', 'courier-harbour-saved-again']);
    expect(of('post-council')).toBeUndefined();
    const table = (await cliWith({}, 'sources', '--corpus', corpus)).out;
    expect(table).toContain('Text shared with other articles:\ncourier-harbour-saved-again: same article as courier-harbour; ');
  });
});
