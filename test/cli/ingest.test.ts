import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWith } from './run-cli.js';

const cli = cliWith;

describe('cli ingest', () => {
  it('stores a corpus, then takes in only what changed, and ask answers from what was stored', async () => {
    const store = mkdtempSync(path.join(tmpdir(), 'quotewire-ingest-'));
    const corpus = mkdtempSync(path.join(tmpdir(), 'quotewire-corpus-'));
    writeFileSync(path.join(corpus, 'ferry.txt'), 'Ferry to run all winter\n\n"The Ostby ferry will run all winter," said Jane Roe, the harbour master.');
    writeFileSync(path.join(corpus, 'bridge.txt'), 'Bridge tolls rise\n\n"Nobody likes a toll," the Springfield mayor Tom Varga said on Monday.');
    const env = { CACHE_DIR: store };
    const first = await cli(env, 'ingest', '--json', '--corpus', corpus);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ store: 'embedded', articles: 2, added: 2, changed: 0, removed: 0, unchanged: 0 });
    writeFileSync(path.join(corpus, 'mill.txt'), 'Mill to close\n\n"The Kelvale mill will close in June," Acme spokeswoman Ana Lindgren said.');
    const second = await cli(env, 'ingest', '--corpus', corpus);
    expect(second.out).toMatch(/^3 articles in .*: 1 added, 0 changed, 0 removed, 2 unchanged; \d+ statements; [\d.]+ s\n$/);
    const asked = await cli(env, 'ask', '--json', '--corpus', corpus, 'Who said the mill will close in June?');
    expect(JSON.parse(asked.out).quotes[0].speaker).toBe('Ana Lindgren');
  });

  it('refuses arguments it does not take', async () => {
    const { code, err } = await cli({}, 'ingest', 'now');
    expect(code).toBe(2);
    expect(err).toContain('ingest takes no arguments');
  });
});
