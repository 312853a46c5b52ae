import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSections, writeSections } from '../../src/retrieval/embedded/sections.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function written(sections: Record<string, Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'quotewire-sections-'));
  dirs.push(dir);
  const file = path.join(dir, 'coverage.bin');
  writeSections(file, new Map(Object.entries(sections)), { format: 1 });
  return file;
}

// Larger than the piece a lazy section is checked by, so its check spans several pieces.
const texts = Buffer.from('Jane Roe said the Kelvale ferry would run. '.repeat(40_000));
const numbers = new Uint8Array(new Uint32Array([7, 11, 13]).buffer);

describe('readSections', () => {
  it('reads a lazy section from the file, piece by piece, as the bytes written', () => {
    const file = written({ numbers, texts, tail: Buffer.from('Tom Varga') });
    const read = readSections(file, ['texts']);
    if ('problem' in read) throw new Error(read.problem);
    expect([...new Uint32Array(read.section('numbers').buffer, read.section('numbers').byteOffset, 3)]).toEqual([7, 11, 13]);
    expect(read.section('tail').toString()).toBe('Tom Varga');
    const lazy = read.fileSection('texts');
    expect(lazy.byteLength).toBe(texts.length);
    expect(lazy.toString('utf8', 0, 8)).toBe('Jane Roe');
    expect(lazy.toString('utf8', texts.length - 10, texts.length)).toBe('ould run. ');
    expect(() => read.section('texts')).toThrow(/read from the file/);
    expect(() => read.fileSection('numbers')).toThrow(/not read from the file/);
  });

  it('closes its file when told to: a lazy section read afterwards says so instead of reading another file', () => {
    const file = written({ numbers, texts });
    const read = readSections(file, ['texts']);
    if ('problem' in read) throw new Error(read.problem);
    const lazy = read.fileSection('texts');
    read.close();
    read.close();
    expect(() => lazy.toString('utf8', 0, 8)).toThrow(/read after it was closed/);
  });

  it('checks the bytes of a lazy section before any is read: one changed byte rejects the file', () => {
    const file = written({ numbers, texts });
    const bytes = readFileSync(file);
    const at = bytes.indexOf('Kelvale', bytes.length - 5_000);
    bytes[at] = 'k'.charCodeAt(0);
    writeFileSync(file, bytes);
    expect(readSections(file, ['texts'])).toEqual({ problem: `${file} does not match its checksum` });
    expect(readSections(file)).toEqual({ problem: `${file} does not match its checksum` });
  });

  it('says a file cut short is shorter than its header says', () => {
    const file = written({ numbers, texts });
    writeFileSync(file, readFileSync(file).subarray(0, 10_000));
    expect(readSections(file, ['texts'])).toEqual({ problem: `${file} is shorter than its header says` });
  });
});
