import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { cli } from './run-cli.js';

const jsonLines = (out: string): Record<string, unknown>[] =>
  out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

function tempFile(name: string, content: string | Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'quotewire-')), name);
  writeFileSync(file, content);
  return file;
}

describe('cli quotes --json', () => {
  it('prints one statement a line in the agreed shape, offsets into the file', async () => {
    const file = path.join('seeds', '003_9e694b97f3d1b272.txt');
    const previous = process.cwd();
    process.chdir(ROOT);
    try {
      const { code, out } = await cli('quotes', '--json', file);
      expect(code).toBe(0);
      const lines = jsonLines(out);
      expect(lines.length).toBeGreaterThan(10);
      const { readFileSync } = await import('node:fs');
      const text = readFileSync(file, 'utf8');
      for (const line of lines) {
        expect(line).toMatchObject({
          file,
          start: expect.any(Number),
          end: expect.any(Number),
          text: expect.any(String),
          kind: expect.stringMatching(/^(?:direct|indirect|mixed)$/),
          speaker: { anonymous: expect.any(Boolean) },
        });
        expect(text.slice(line.start as number, line.end as number)).toBe(line.text);
        const speaker = line.speaker as { mention: string | null; start: number | null; end: number | null };
        if (speaker.mention !== null) expect(text.slice(speaker.start ?? 0, speaker.end ?? 0)).toBe(speaker.mention);
        const cue = line.cue as { text: string; start: number; end: number } | null;
        if (cue) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
      }
      expect(lines).toContainEqual(expect.objectContaining({
        text: 'Daesh must be eliminated everywhere. Any stronghold represents a threat',
        kind: 'direct',
        speaker: expect.objectContaining({ name: 'Francois Hollande', mention: 'he', anonymous: false }),
        cue: expect.objectContaining({ text: 'added' }),
      }));
    } finally {
      process.chdir(previous);
    }
  });

  it('reads the default corpus when no file is given, with anonymous sources unnamed', async () => {
    const { code, out } = await cli('quotes', '--json');
    expect(code).toBe(0);
    const lines = jsonLines(out);
    const anonymous = lines.filter((l) => (l.speaker as { anonymous: boolean }).anonymous);
    expect(anonymous.length).toBeGreaterThanOrEqual(5);
    for (const line of anonymous) expect((line.speaker as { name: string | null }).name).toBeNull();
    expect(new Set(lines.map((l) => l.file)).size).toBe(5);
  });

  it('prints a readable table without --json', async () => {
    const { code, out } = await cli('quotes', path.join(ROOT, 'seeds', '000_d563a54a6b87c5ad.txt'));
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^where\s+kind\s+speaker\s+cue\s+statement$/);
    expect(out).toMatch(/Francois Hollande\s+said\s+Raqqa will be the last bastion/);
  });
});

describe('cli quotes on hostile files', () => {
  it('skips a binary and an empty file with a warning, and still reads the good one', async () => {
    const binary = tempFile('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xd8]));
    const empty = tempFile('empty.txt', '');
    const good = tempFile('good.txt', 'Headline\n\n"We will rebuild," Mayor Ana Ruiz said.');
    const { code, out } = await cli('quotes', '--json', binary, empty, good);
    expect(code).toBe(0);
    expect(jsonLines(out).map((l) => l.text)).toEqual(['We will rebuild']);
  });

  it('reads a saved page as HTML, not its markup as text', async () => {
    const { code, out } = await cli('quotes', '--json', path.join(ROOT, 'test', 'fixtures', 'html', 'courier-ferry.html'));
    expect(code).toBe(0);
    const texts = jsonLines(out).map((l) => l.text as string);
    expect(texts).toContain('This is the service people asked us for, and it is the service they will get');
    expect(texts.filter((text) => /[<>]|class=/.test(text))).toEqual([]);
  });

  it('fails with exit code 1 when no file can be read', async () => {
    const { code, err } = await cli('quotes', tempFile('empty.txt', ''));
    expect(code).toBe(1);
    expect(err).toMatch(/empty\.txt: is empty; skipped/);
  });

  it('copes with a 1 MB line with no punctuation and with unbalanced quotation marks', async () => {
    const words = ['said', 'the', 'official', 'Carter', 'told', 'reporters', 'that', 'we', 'will', 'win'];
    const line = Array.from({ length: 200_000 }, (_, i) => words[(i * 7) % words.length]).join(' ').slice(0, 1024 * 1024);
    const long = await cli('quotes', '--json', tempFile('long.txt', line));
    expect(long.code).toBe(0);
    const unbalanced = await cli('quotes', '--json', tempFile('quotes.txt', 'He said "we will " win ” “ and “ then “ Carter said: "it is over. ” ” "'.repeat(2000)));
    expect(unbalanced.code).toBe(0);
    for (const statement of jsonLines(unbalanced.out)) expect((statement.end as number) >= (statement.start as number)).toBe(true);
  });
});
