import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scaledLines, variantOf, writeScaledCorpus, type ArticleRecord } from '../../bench/scale-corpus.js';

const plant: ArticleRecord = {
  id: 'kelvale-1',
  title: 'Acme to hire in Springfield',
  outlet: 'Kelvale Courier',
  body:
    'Jane Roe said the Acme plant in Springfield would hire 120 workers by 2031.\n\n' +
    '"We are growing faster than planned," she said. Tom Varga of Freedonia disagreed. He expects 45 jobs at most.',
};
const short: ArticleRecord = { id: 7, body: 'Ostby wins.' };
const bare: ArticleRecord = { id: 'lindgren-2', body: '123' };

describe('article variants', () => {
  it('get a new id and keep the other fields', () => {
    const variant = variantOf(plant, 1, 42);
    expect(variant.id).not.toBe(plant.id);
    expect(variant.title).toBe(plant.title);
    expect(variant.outlet).toBe(plant.outlet);
    expect(variantOf(short, 1, 42).id).not.toBe('7');
  });

  it('differ from the original, and each copy of an article of some length from the others', () => {
    const bodies = [plant.body, ...[1, 2, 3, 4, 5].map((copy) => variantOf(plant, copy, 42).body)];
    expect(new Set(bodies).size).toBe(bodies.length);
    for (const article of [short, bare]) {
      for (const copy of [1, 2, 3]) expect(variantOf(article, copy, 42).body).not.toBe(article.body);
    }
  });

  it('are only lightly altered', () => {
    const variant = variantOf(plant, 2, 42);
    expect(Math.abs(variant.body.length - plant.body.length)).toBeLessThan(80);
    expect(variant.body.toLowerCase()).toContain('jane roe');
  });

  it('are the same for the same seed and differ for another', () => {
    expect(variantOf(plant, 3, 42)).toEqual(variantOf(plant, 3, 42));
    const seeds = [1, 2, 3, 4, 5, 6].map((seed) => variantOf(plant, 3, seed).body);
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
});

describe('a scaled corpus', () => {
  const lines = [JSON.stringify(plant), '', 'not json', JSON.stringify(short)];

  it('holds the original lines first, then factor - 1 rounds of variants with ids of their own', () => {
    const scaled = [...scaledLines(lines, 4, 42)];
    expect(scaled.slice(0, 3)).toEqual([lines[0], 'not json', lines[3]]);
    expect(scaled).toHaveLength(3 + 3 * 2);
    const ids = scaled.slice(3).map((line) => (JSON.parse(line) as ArticleRecord).id);
    expect(new Set([...ids, plant.id, short.id]).size).toBe(8);
  });

  let folder = '';
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('is written the same way twice', () => {
    folder = mkdtempSync(path.join(tmpdir(), 'scale-corpus-'));
    const source = path.join(folder, 'source.jsonl');
    writeFileSync(source, `${lines.join('\n')}\n`);
    const first = writeScaledCorpus(source, path.join(folder, 'a.jsonl'), 3, 42);
    writeScaledCorpus(source, path.join(folder, 'b.jsonl'), 3, 42);
    const written = readFileSync(path.join(folder, 'a.jsonl'), 'utf8');
    expect(first).toEqual({ lines: 7, bytes: Buffer.byteLength(written) });
    expect(readFileSync(path.join(folder, 'b.jsonl'), 'utf8')).toBe(written);
  });
});
