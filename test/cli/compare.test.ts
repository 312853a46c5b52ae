import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const folder = mkdtempSync(path.join(tmpdir(), 'qw-compare-cli-'));
const archive = path.join(folder, 'pier.jsonl');
const body = (figure: string) => `The Kelvale harbour board met on Monday about the old pier.\n\n"We will hire ${figure} new workers for the repairs," said Mayor Jane Roe.`;
writeFileSync(archive, [
  { id: 'p1', title: 'Pier', body: body('40'), outlet: 'Ostby Post', published: '2026-03-02' },
  { id: 'c1', title: 'Pier', body: body('45'), outlet: 'Kelvale Courier', published: '2026-03-03' },
].map((line) => JSON.stringify(line)).join('\n'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('cli compare --json', () => {
  it('prints one JSON document: found, the versions (id, outlet, published, form, speaker, text, onlyHere) and the differences (kind, detail, ids)', async () => {
    const { code, out } = await cli('compare', '--json', '--corpus', archive, 'we will hire new workers');
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { found: boolean; versions: Record<string, unknown>[]; differences: Record<string, unknown>[] };
    expect(doc.found).toBe(true);
    expect(doc.versions.map((v) => [v.id, v.outlet, v.published, v.form, v.speaker])).toEqual([
      ['p1', 'Ostby Post', '2026-03-02', 'quotation', 'Jane Roe'],
      ['c1', 'Kelvale Courier', '2026-03-03', 'quotation', 'Jane Roe'],
    ]);
    for (const version of doc.versions) expect(version).toEqual(expect.objectContaining({ text: expect.any(String), onlyHere: [] }));
    expect(doc.differences).toEqual([{ kind: 'number', detail: 'The figures differ: 40 new (Ostby Post); 45 new (Kelvale Courier).', ids: ['p1', 'c1'] }]);
  });

  it('says not found, with empty lists and exit code 1, for a statement no one made', async () => {
    const { code, out } = await cli('compare', '--json', '--corpus', archive, 'the moon is made of cheese');
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject({ found: false, versions: [], differences: [] });
  });
});
