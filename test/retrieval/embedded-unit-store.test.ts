import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleFingerprint, unitOf } from '../../src/retrieval/article-unit.js';
import { openUnitStore } from '../../src/retrieval/embedded/unit-store.js';
import type { RawArticle } from '../../src/corpus/prepare.js';
import { loadConfigFiles } from '../../src/settings/config-files.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const { attribution } = loadConfigFiles();
const raw = (id: string, speaker: string): RawArticle => ({ id, origin: id, text: `Ferry news\n\n"The Kelvale ferry will run all winter," said ${speaker}.`, headlineInText: true });
const ARTICLES = [raw('k1', 'Jane Roe'), raw('k2', 'Tom Varga'), raw('k3', 'Nora Quill')];
const [K1, K2, K3] = ARTICLES.map(articleFingerprint) as [string, string, string];
const units = (...indexes: number[]) => new Map(indexes.map((index) => [articleFingerprint(ARTICLES[index] as RawArticle), unitOf(ARTICLES[index] as RawArticle, attribution)]));

describe('the unit store, with another process saving', () => {
  it('keeps the units another process saved since it was opened, on each of its saves', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'quotewire-units-'));
    dirs.push(folder);
    const keep = new Set([K1, K2, K3]);
    const mine = openUnitStore(folder, 'code');
    mine.save(units(0), keep);
    // Another process, its own save after this one's.
    openUnitStore(folder, 'code').save(units(1), keep);
    mine.save(units(2), keep);
    const read = openUnitStore(folder, 'code');
    expect([K1, K2, K3].map((fingerprint) => read.has(fingerprint))).toEqual([true, true, true]);
    expect(read.read([K2]).map((unit) => unit?.record.id)).toEqual(['k2']);
  });
});
