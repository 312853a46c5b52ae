import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/retrieval/coverage.js';
import type { CorpusWatch } from '../../src/retrieval/corpus-watch.js';
import { followCorpus } from '../../src/retrieval/follow-corpus.js';
import type { RefreshedCoverage } from '../../src/retrieval/open-store.js';

const folders: string[] = [];
const watches: CorpusWatch[] = [];
afterEach(() => {
  for (const watch of watches.splice(0)) watch.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Only what followCorpus reads of a coverage: its version and counts. */
const coverageOf = (version: string): Coverage => ({ version, articleCount: 1, statementCount: 1 }) as Coverage;
const unchanged = { articles: 1, added: 0, changed: 0, removed: 0, unchanged: 1 };

async function refreshedWith(next: (held: Coverage) => RefreshedCoverage): Promise<Coverage[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'qw-follow-'));
  folders.push(folder);
  const used: Coverage[] = [];
  const held = coverageOf('v1');
  const watch = followCorpus({ coverage: held, refresh: async () => next(held) }, [folder], pino({ level: 'silent' }), (coverage) => used.push(coverage));
  watches.push(watch);
  writeFileSync(path.join(folder, 'synonyms.json'), '{"groups": [["tram", "streetcar"]]}');
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    await watch.idle();
    if (used.length > 0 || Date.now() > end - 9_000) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return used;
}

describe('followCorpus', () => {
  it('keeps the coverage when the store gives back the one it held (nothing changed)', async () => {
    expect(await refreshedWith((held) => ({ coverage: held, counts: unchanged, warnings: [], ms: 1 }))).toEqual([]);
  });

  it('takes the coverage the store gives when it is another', async () => {
    const next = coverageOf('v2');
    expect(await refreshedWith(() => ({ coverage: next, counts: unchanged, warnings: [], ms: 1 }))).toEqual([next]);
  });
});
