import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeCorpus } from '../../src/attribution/index.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { LoadWarning } from '../../src/corpus/types.js';
import { FIXTURES } from '../helpers.js';

const ENCODINGS = path.join(FIXTURES, 'encodings');

const messagesFor = (warnings: LoadWarning[], file: string): string[] => warnings.filter((w) => w.file.endsWith(file)).map((w) => w.message);

describe('loadCorpus: files that are not UTF-8', () => {
  const corpus = loadCorpus([ENCODINGS]);
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));

  it('loads each, decoded, and names the encoding of each that is not Unicode', () => {
    expect(corpus.articles.map((a) => a.id)).toEqual(['latin1-page', 'latin9-page', 'utf16be', 'utf16le', 'windows-1252']);
    expect(messagesFor(corpus.warnings, 'windows-1252.txt')).toEqual(['decoded as windows-1252, not UTF-8 (the encoding detected)']);
    expect(messagesFor(corpus.warnings, 'latin1-page.html')).toEqual(['decoded as windows-1252, not UTF-8 (the encoding it declares)']);
    expect(messagesFor(corpus.warnings, 'latin9-page.html')).toEqual(['decoded as iso-8859-15, not UTF-8 (the encoding it declares)']);
    expect(corpus.warnings).toHaveLength(3);
  });

  it('reads the names and signs as written: "José", "€", "£", curly quotes', () => {
    const choir = byId.get('windows-1252');
    expect(choir?.headline).toBe('Kelvale choir to sing in Springfield');
    expect(choir?.original).toContain('“We have practised every evening since January,” said José Álvarez, the choir’s conductor');
    expect(choir?.original).toContain('12 € a ticket; the choir’s last tour raised £3,000');
    expect(byId.get('latin1-page')?.headline).toBe('Señora Núñez opens Kelvale\'s first café');
    expect(byId.get('latin9-page')?.original).toContain('cost 5 € from May, up from 4 €');
    expect(byId.get('utf16le')?.original).toContain('said Zoë Lindqvist');
    expect(byId.get('utf16be')?.headline).toBe('Kelvale market moves indoors');
  });

  it('gives speakers their whole names: José Álvarez, not "Jos"', () => {
    const speakers = attributeCorpus(corpus.articles).statements.map((s) => s.speaker.name);
    expect(speakers).toEqual(expect.arrayContaining(['José Álvarez', 'Inés Núñez', 'Zoë Lindqvist', 'Søren Dahl', 'Léa Morel']));
  });
});

describe('loadCorpus: a JSONL archive that is not UTF-8', () => {
  it('decodes a Latin-1 archive, naming the encoding once, and reads every line', () => {
    const archive = path.join(FIXTURES, 'latin1-archive.jsonl');
    const loaded = loadCorpus([archive]);
    expect(loaded.warnings).toEqual([{ file: archive, message: 'decoded as windows-1252, not UTF-8 (the encoding detected)' }]);
    expect(loaded.articles.map((a) => a.id)).toEqual(['l1', 'l2']);
    expect(loaded.articles[0]?.original).toContain('said Andrés Peña, the deputy mayor');
    expect(loaded.articles[0]?.meta.outlet).toBe('Lakeside Post');
  });
});

describe('loadCorpus: binary files are still refused', () => {
  it('refuses a file of control bytes with no NUL, naming it, and loads the rest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'quotewire-'));
    writeFileSync(path.join(dir, 'good.txt'), 'Ferry news\n\n"The ferry will run all winter," Jane Roe said.\n');
    writeFileSync(path.join(dir, 'noise.txt'), Buffer.from(Array.from({ length: 3000 }, (_, index) => (index * 7919) % 255 + 1)));
    const loaded = loadCorpus([dir]);
    expect(loaded.articles.map((a) => a.id)).toEqual(['good']);
    expect(messagesFor(loaded.warnings, 'noise.txt')).toEqual(['is not UTF-8 text (a binary file?); skipped']);
  });
});
