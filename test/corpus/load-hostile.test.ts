/**
 * Loading never hangs and never loses good data: FIFOs and devices, very
 * large articles, NUL bytes in archives and linked folders each cost a
 * warning naming the file, never the rest of the corpus.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus, readCorpus } from '../../src/corpus/load.js';
import type { LoadWarning } from '../../src/corpus/types.js';
import { ROOT } from '../helpers.js';

const GOOD = 'Ferry news\n\n"The Ostby ferry will run all winter," Jane Roe said on Monday.\n';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'quotewire-hostile-'));
}

function warningFor(warnings: readonly LoadWarning[], file: string, line?: number): LoadWarning | undefined {
  return warnings.find((w) => w.file.endsWith(file) && (line === undefined || w.line === line));
}

/** Whether this system makes FIFOs (mkfifo): not on Windows. */
function makeFifo(file: string): boolean {
  if (process.platform === 'win32') return false;
  try {
    execFileSync('mkfifo', [file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a corpus in a child process, so that a read that never ends (what a
 * FIFO did) fails this test instead of blocking the test runner for good.
 * The time given is a guard against hanging, not a measure of speed.
 */
function readInChild(folder: string): { ids: string[]; warnings: LoadWarning[] } {
  const loader = pathToFileURL(path.join(ROOT, 'src', 'corpus', 'load.ts')).href;
  const script = `const { readCorpus } = await import(${JSON.stringify(loader)});
const corpus = readCorpus([${JSON.stringify(folder)}]);
process.stdout.write(JSON.stringify({ ids: corpus.raws.map((r) => r.id), warnings: corpus.warnings }));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000,
    killSignal: 'SIGKILL',
  });
  if (child.error || child.status !== 0) {
    throw new Error(`loading ${folder} did not finish (${child.error?.message ?? `exit ${child.status}`}): ${child.stderr.slice(0, 500)}`);
  }
  return JSON.parse(child.stdout) as { ids: string[]; warnings: LoadWarning[] };
}

describe('loadCorpus: only regular files are read', () => {
  it.skipIf(process.platform === 'win32')('refuses a FIFO and a link to /dev/zero named *.txt, and loads the good article', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'good.txt'), GOOD);
    const fifo = makeFifo(path.join(dir, 'pipe.txt'));
    const zero = existsSync('/dev/zero');
    if (zero) symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
    const loaded = readInChild(dir);
    expect(loaded.ids).toEqual(['good']);
    if (fifo) expect(warningFor(loaded.warnings, 'pipe.txt')?.message).toBe('is a FIFO (named pipe), not a regular file; skipped');
    if (zero) expect(warningFor(loaded.warnings, 'zero.txt')?.message).toBe('is a device, not a regular file; skipped');
    expect(loaded.warnings).toHaveLength(Number(fifo) + Number(zero));
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO given by name, and a sources.json that is a FIFO', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'good.txt'), GOOD);
    if (!makeFifo(path.join(dir, 'sources.json'))) return;
    const loaded = readInChild(path.join(dir, 'good.txt'));
    expect(loaded.ids).toEqual(['good']);
    expect(warningFor(loaded.warnings, 'sources.json')?.message).toBe('is a FIFO (named pipe), not a regular file; its metadata is ignored');
  });
});

describe('loadCorpus: the size limit for one article', () => {
  it('refuses an article over the limit by its size, with a warning that names the limit, and loads the rest', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'good.txt'), GOOD);
    writeFileSync(path.join(dir, 'long.txt'), `Long story\n\n${'Jane Roe said the ferry would run. '.repeat(100)}\n`);
    const loaded = loadCorpus([dir], { maxArticleBytes: 1000 });
    expect(loaded.articles.map((a) => a.id)).toEqual(['good']);
    expect(warningFor(loaded.warnings, 'long.txt')?.message).toBe(
      'is 3.4 KB (3513 bytes), over the limit of 1000 bytes for one article (MAX_ARTICLE_BYTES); skipped',
    );
    expect(loadCorpus([dir], { maxArticleBytes: 4000 }).articles.map((a) => a.id)).toEqual(['good', 'long']);
  });

  it('refuses a 50 MB article under the default limit of 5 MB', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'good.txt'), GOOD);
    const huge = path.join(dir, 'huge.txt');
    writeFileSync(huge, 'Huge story\n\n');
    truncateSync(huge, 50 * 1024 * 1024); // sparse: no 50 MB written to disk
    const loaded = readCorpus([dir]);
    expect(loaded.raws.map((a) => a.id)).toEqual(['good']);
    expect(warningFor(loaded.warnings, 'huge.txt')?.message).toBe(
      'is 50.0 MB (52428800 bytes), over the limit of 5.0 MB for one article (MAX_ARTICLE_BYTES); skipped',
    );
  });

  it('refuses a JSONL line over the limit, and only that line', () => {
    const dir = tempDir();
    const archive = path.join(dir, 'archive.jsonl');
    const lines = [
      { id: 'k1', body: 'Kelvale council met on Monday, Tom Varga said.' },
      { id: 'k2', body: 'Tom Varga said the harbour would close. '.repeat(60) },
      { id: 'k3', body: 'Acme will open a plant in Springfield, Jane Roe said.' },
    ];
    writeFileSync(archive, lines.map((line) => JSON.stringify(line)).join('\n'));
    const loaded = loadCorpus([archive], { maxArticleBytes: 1000 });
    expect(loaded.articles.map((a) => a.id)).toEqual(['k1', 'k3']);
    expect(warningFor(loaded.warnings, 'archive.jsonl', 2)?.message).toMatch(/^is 2\.\d KB \(\d+ bytes\), over the limit of 1000 bytes for one article \(MAX_ARTICLE_BYTES\); line skipped$/);
    expect(loaded.warnings).toHaveLength(1);
  });
});

describe('loadCorpus: a NUL escape or half a UTF-16 pair in a JSON string', () => {
  it('reads each as U+FFFD, one unit for one (offsets stay true), naming the line, and keeps the article', () => {
    const archive = path.join(tempDir(), 'archive.jsonl');
    writeFileSync(archive, [
      '{"id": "e1", "title": "Ferry \\ud83d news", "body": "The ferry\\u0000 will run, Jane Roe said. It was cut \\ud83d here."}',
      '{"id": "e2", "body": "Acme will open a plant in Springfield, Tom Varga said."}',
    ].join('\n'));
    const loaded = readCorpus([archive]);
    expect(loaded.raws.map((raw) => raw.text)).toEqual(['The ferry\uFFFD will run, Jane Roe said. It was cut \uFFFD here.', 'Acme will open a plant in Springfield, Tom Varga said.']);
    expect(loaded.raws[0]?.known?.headline).toBe('Ferry \uFFFD news');
    expect(warningFor(loaded.warnings, 'archive.jsonl', 1)?.message).toBe('holds a NUL character or half of a UTF-16 pair (text cut midway by its writer); each read as \uFFFD');
    expect(loaded.warnings).toHaveLength(1);
  });
});

describe('loadCorpus: a NUL byte costs one line of an archive, not the archive', () => {
  it('skips the JSONL line with a NUL byte, naming file and line, and loads the others', () => {
    const dir = tempDir();
    const archive = path.join(dir, 'archive.jsonl');
    writeFileSync(
      archive,
      [
        '{"id": "n1", "body": "Kelvale council met on Monday, Tom Varga said."}',
        '{"id": "n2", "body": "A broken\u0000line from a damaged disk."}',
        '{"id": "n3", "body": "Acme will open a plant in Springfield, Jane Roe said."}',
        '\u0000\u0000\u0000',
        '',
      ].join('\r\n'),
    );
    const loaded = loadCorpus([archive]);
    expect(loaded.articles.map((a) => a.id)).toEqual(['n1', 'n3']);
    expect(warningFor(loaded.warnings, 'archive.jsonl', 2)?.message).toBe('holds a NUL byte (binary data, not JSON text); line skipped');
    expect(warningFor(loaded.warnings, 'archive.jsonl', 4)?.message).toBe('holds a NUL byte (binary data, not JSON text); line skipped');
    expect(loaded.warnings).toHaveLength(2);
  });

  it('still refuses a .txt article with a NUL byte as binary', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'good.txt'), GOOD);
    writeFileSync(path.join(dir, 'nul.txt'), `Story\n\nTom Varga said\u0000 so.\n`);
    const loaded = loadCorpus([dir]);
    expect(loaded.articles.map((a) => a.id)).toEqual(['good']);
    expect(warningFor(loaded.warnings, 'nul.txt')?.message).toBe('is a binary file (it contains NUL bytes); skipped');
  });
});

describe('loadCorpus: an archive read a line at a time', () => {
  it('keeps each line\'s text whole, multi-byte characters included, and numbers lines as written', () => {
    const archive = path.join(tempDir(), 'archive.jsonl');
    writeFileSync(archive, ['{"id": "u1", "body": "Zoë Quill said the café would stay open — «for now»."}', '', '{"id": "u2", "body": "Tom Varga said 東京 was next."}', 'not json'].join('\n'));
    const loaded = readCorpus([archive]);
    expect(loaded.raws.map((raw) => [raw.id, raw.text, raw.origin])).toEqual([
      ['u1', 'Zoë Quill said the café would stay open — «for now».', `${archive}:1`],
      ['u2', 'Tom Varga said 東京 was next.', `${archive}:3`],
    ]);
    expect(warningFor(loaded.warnings, 'archive.jsonl', 4)?.message).toMatch(/^malformed JSON/);
  });

  it('says an archive of white space only (a byte order mark, no-break spaces) holds only white space', () => {
    const archive = path.join(tempDir(), 'archive.jsonl');
    writeFileSync(archive, '\uFEFF\n\u00A0\u00A0\n\n');
    const loaded = readCorpus([archive, path.join(ROOT, 'seeds')]);
    expect(warningFor(loaded.warnings, 'archive.jsonl')?.message).toBe('holds only white space; skipped');
  });

  it('decodes an archive whose bytes are not UTF-8 (a Latin-1 "é") in the encoding detected, and says which', () => {
    const archive = path.join(tempDir(), 'archive.jsonl');
    writeFileSync(archive, Buffer.concat([
      Buffer.from('{"id": "l1", "body": "Jos'), Buffer.from([0xe9]), Buffer.from(' Roe said the ferry would run."}\n'),
      Buffer.from('{"id": "l2", "body": "Acme will open a plant in Springfield, Tom Varga said."}\n'),
    ]));
    const loaded = readCorpus([archive]);
    expect(loaded.raws.map((raw) => raw.text)).toEqual(['José Roe said the ferry would run.', 'Acme will open a plant in Springfield, Tom Varga said.']);
    expect(loaded.warnings).toEqual([{ file: archive, message: 'decoded as windows-1252, not UTF-8 (the encoding detected)' }]);
  });

  it('reads an archive of UTF-8 with a damaged byte as UTF-8: that byte as U+FFFD, said once, the lines kept', () => {
    const archive = path.join(tempDir(), 'archive.jsonl');
    writeFileSync(archive, Buffer.concat([
      Buffer.from('{"id": "l1", "body": "Zoë Quill said the café '), Buffer.from([0xff]), Buffer.from(' would stay open."}\n'),
      Buffer.from('{"id": "l2", "body": "Acme will open a plant in Springfield, Tom Varga said."}\n'),
    ]));
    const loaded = readCorpus([archive]);
    expect(loaded.raws.map((raw) => raw.text)).toEqual(['Zoë Quill said the café \uFFFD would stay open.', 'Acme will open a plant in Springfield, Tom Varga said.']);
    expect(loaded.warnings).toEqual([{ file: archive, message: 'is UTF-8 with 1 byte that is not; each read as \uFFFD' }]);
  });
});

describe.skipIf(process.platform === 'win32')('loadCorpus: linked folders', () => {
  it('follows a linked folder once, and names a link loop and a second link to a folder without reading either again', () => {
    const outside = tempDir();
    writeFileSync(path.join(outside, 'kelvale.txt'), GOOD.replace('Ostby', 'Kelvale'));
    const dir = tempDir();
    mkdirSync(path.join(dir, 'real'));
    writeFileSync(path.join(dir, 'real', 'ferry.txt'), GOOD);
    symlinkSync(outside, path.join(dir, 'linked'), 'dir');
    symlinkSync(dir, path.join(dir, 'real', 'loop'), 'dir'); // a loop: back to the top
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'again'), 'dir'); // a second way to real/
    symlinkSync(outside, path.join(outside, 'self'), 'dir'); // a loop inside the linked folder
    const loaded = loadCorpus([dir]);
    expect(loaded.articles.map((a) => a.id)).toEqual(['linked/kelvale', 'real/ferry']);
    const followed = /a folder read already \(a link loop, or a second way to it\); not followed$/;
    expect(warningFor(loaded.warnings, path.join('real', 'loop'))?.message).toMatch(followed);
    expect(warningFor(loaded.warnings, 'again')?.message).toMatch(followed);
    expect(warningFor(loaded.warnings, path.join('linked', 'self'))?.message).toMatch(followed);
    expect(loaded.warnings).toHaveLength(3);
  });

  it('does not read the top folder again through a link to a folder above it', () => {
    const parent = tempDir();
    const dir = path.join(parent, 'corpus');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'ferry.txt'), GOOD);
    writeFileSync(path.join(parent, 'kelvale.txt'), GOOD.replace('Ostby', 'Kelvale'));
    symlinkSync(parent, path.join(dir, 'up'), 'dir');
    const loaded = loadCorpus([dir]);
    expect(loaded.articles.map((a) => a.id)).toEqual(['ferry', 'up/kelvale']);
    expect(warningFor(loaded.warnings, path.join('up', 'corpus'))?.message).toMatch(/a folder read already \(reached again through a link\); not read again$/);
    expect(loaded.warnings).toHaveLength(1);
  });
});
