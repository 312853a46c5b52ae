import { appendFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAppended, readCorpus, type ArchiveEnd } from '../../src/corpus/load.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const line = (id: string, body: string, extra: object = {}): string => JSON.stringify({ id, body, ...extra });

/** An archive with a sources.json: two entries match no article yet, one is given twice. */
function archive(text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'quotewire-appended-'));
  dirs.push(dir);
  const file = path.join(dir, 'archive.jsonl');
  writeFileSync(file, text);
  writeFileSync(path.join(dir, 'sources.json'), JSON.stringify([
    { id: 'k1', outlet: 'Kelvale Post' }, { id: 'k1', outlet: 'Acme Daily' }, { id: 'k7', outlet: 'Springfield Echo' }, { id: 'k8', outlet: 'Freedonia Times' },
  ]));
  return file;
}

const EARLIER = [
  line('k1', '"The Kelvale ferry will run all winter," said Jane Roe.'),
  'not json',
  line('k2', 'Tom Varga said the bridge tolls would rise in May.', { url: 'ftp://example.org/k2' }),
  line('k1', 'A second k1, skipped.'),
].join('\n');
const APPENDED = [
  line('k3', '"Classes start again on Monday," said Nora Quill.'),
  '{"id": "k4"',
  line('k7', 'The Springfield council met on Tuesday, Tom Varga said.'),
  line('k3', 'A second k3, skipped.'),
].join('\n');

function endOf(read: { archive?: ArchiveEnd }): ArchiveEnd {
  if (!read.archive) throw new Error('the read gave no end to go on from');
  return read.archive;
}

describe('readAppended: only the lines appended to an archive read before', () => {
  it('gives the new articles, and the warnings and end a read of the whole gives, in its order', () => {
    const file = archive(`${EARLIER}\n`);
    const before = readCorpus([file]);
    appendFileSync(file, `${APPENDED}\n`);
    const whole = readCorpus([file]);
    const appended = readAppended(endOf(before), statSync(file).size, before.warnings);
    expect(appended?.raws).toEqual(whole.raws.slice(before.raws.length));
    expect(appended?.raws.map((raw) => raw.known?.outlet)).toEqual([undefined, 'Springfield Echo']);
    expect(appended?.warnings).toEqual(whole.warnings);
    expect(appended?.warnings.map((warning) => warning.line ?? warning.message)).toEqual([2, 3, 6, 'entry "k1" appears twice; the first is kept', 4, 8, 'entry "k8" matches no article']);
    expect(appended?.archive).toEqual(whole.archive);
  });

  it('leaves no end to go on from after a last line not yet ended, nor after an archive that does not end in a line break', () => {
    const file = archive(`${EARLIER}\n`);
    const before = readCorpus([file]);
    appendFileSync(file, line('k3', 'Half a'));
    expect(readAppended(endOf(before), statSync(file).size, before.warnings)?.archive).toBeUndefined();
    expect(readCorpus([file]).archive).toBeUndefined();
  });

  it('declines bytes appended that are not UTF-8 text', () => {
    const file = archive(`${EARLIER}\n`);
    const before = readCorpus([file]);
    appendFileSync(file, Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]));
    expect(readAppended(endOf(before), statSync(file).size, before.warnings)).toBeNull();
  });

  it('gives an end only for a single JSONL archive', () => {
    const file = archive(`${EARLIER}\n`);
    expect(readCorpus([file]).archive).toMatchObject({ file, bytes: statSync(file).size, lines: 4 });
    const other = path.join(path.dirname(file), 'other.jsonl');
    writeFileSync(other, `${line('k9', 'Jane Roe said the harbour was busy.')}\n`);
    expect(readCorpus([file, other]).archive).toBeUndefined();
  });
});

describe('readAppended: lines without an id', () => {
  it('are named by the archive and their line, as a read of the whole names them', () => {
    const file = archive(`${JSON.stringify({ title: 'Pier open', maintext: '"The pier is open," said Jane Roe.' })}\n`);
    const before = readCorpus([file]);
    appendFileSync(file, `\n${JSON.stringify({ content: '"The road is shut," said Tom Varga.' })}\n`);
    const appended = readAppended(endOf(before), statSync(file).size, before.warnings);
    expect(before.raws.map((raw) => raw.id)).toEqual(['archive#1']);
    expect(appended?.raws.map((raw) => raw.id)).toEqual(['archive#3']);
    expect(readCorpus([file]).raws.map((raw) => raw.id)).toEqual(['archive#1', 'archive#3']);
  });
});
