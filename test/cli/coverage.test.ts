import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const folder = mkdtempSync(path.join(tmpdir(), 'qw-coverage-cli-'));
const archive = path.join(folder, 'harbour.jsonl');
writeFileSync(archive, [
  { id: 'h1', title: 'Harbour reopens', body: '"The Kelvale harbour is open again," said Nora Quill.', outlet: 'Kelvale Courier', published: '2026-03-02' },
  { id: 'h2', title: 'Fees rise', body: '"Harbour fees are too high," said Jane Roe.', outlet: 'Ostby Post', published: '2026-03-09' },
  { id: 'h3', title: 'Wheat', body: '"Wheat prices will rise," said Tom Varga.', outlet: 'Ostby Post', published: '2026-03-10' },
].map((line) => JSON.stringify(line)).join('\n'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('cli coverage', () => {
  it('prints the coverage as JSON, and writes the chart where --chart says', async () => {
    const chart = path.join(folder, 'chart.png');
    const { code, out } = await cli('coverage', '--json', '--chart', chart, '--corpus', archive, 'harbour');
    expect(code).toBe(0);
    const answer = JSON.parse(out) as { intent: string; coverage: { counted: unknown; outlets: { outlet: string; voices: unknown[] }[] } };
    expect(answer.intent).toBe('coverage');
    expect(answer.coverage.counted).toEqual({ articles: 2, outlets: 2, copies: 0 });
    expect(answer.coverage.outlets.map((o) => [o.outlet, o.voices])).toEqual([
      ['Kelvale Courier', [{ speaker: 'Nora Quill', statements: 1 }]],
      ['Ostby Post', [{ speaker: 'Jane Roe', statements: 1 }]],
    ]);
    expect(readFileSync(chart).subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('says a topic nothing covers is not found, with exit code 1', async () => {
    const { code, out } = await cli('coverage', '--corpus', archive, 'ferry');
    expect(code).toBe(1);
    expect(out).toMatch(/Nothing in this coverage matches “ferry”/);
  });

  it('refuses --chart to another command', async () => {
    const { code, err } = await cli('sources', '--chart', path.join(folder, 'x.png'), '--corpus', archive);
    expect(code).toBe(2);
    expect(err).toMatch(/--chart is for the coverage command/);
  });
});
