import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { declaredEncoding, decodeBytes } from '../../src/corpus/decode.js';

const STORY = '“We have practised every evening since January,” said José Álvarez, the choir’s conductor, on Tuesday in Kelvale.\n';

describe('decodeBytes: Unicode', () => {
  it('reads UTF-8 as it is, without a warning', () => {
    expect(decodeBytes(Buffer.from(STORY))).toEqual({ text: STORY });
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STORY)]))).toEqual({ text: STORY });
  });

  it('reads UTF-16 little- and big-endian by their byte order mark, which would otherwise make them binary (NUL bytes)', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(STORY, 'utf-16le')]))).toEqual({ text: STORY });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(STORY, 'utf-16be')]))).toEqual({ text: STORY });
  });

  it('keeps UTF-8 with a damaged byte, that byte as U+FFFD, and says so', () => {
    const bytes = Buffer.concat([Buffer.from('Zoë Quill said the café '), Buffer.from([0xff]), Buffer.from(' would stay open.')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Zoë Quill said the café \uFFFD would stay open.', warning: 'is UTF-8 with 1 byte that is not; each read as \uFFFD' });
  });
});

describe('decodeBytes: other encodings', () => {
  it('decodes Windows-1252 (curly quotes, é) instead of garbling it, and names the encoding', () => {
    const decoded = decodeBytes(iconv.encode(STORY, 'windows-1252'));
    expect(decoded).toEqual({ text: STORY, warning: 'decoded as windows-1252, not UTF-8 (the encoding detected)' });
  });

  it('reads ISO-8859-1 text with no curly quotes as Windows-1252, its superset', () => {
    const plain = 'Jose said so. Then José Álvarez said the concert in Kelvale would go ahead on Friday.\n';
    expect(decodeBytes(iconv.encode(plain, 'latin1'))).toEqual({ text: plain, warning: 'decoded as windows-1252, not UTF-8 (the encoding detected)' });
  });

  it('honours the encoding a page declares, where detection would guess another', () => {
    const page = (meta: string): Buffer => iconv.encode(`<html><head>${meta}</head><body><p>A swim will cost 5 € from May, up from 4 €, the board said.</p></body></html>`, 'iso-8859-15');
    const declared = decodeBytes(page('<meta charset="iso-8859-15">'));
    expect('text' in declared && declared.text).toContain('cost 5 € from May');
    expect('text' in declared && declared.warning).toBe('decoded as iso-8859-15, not UTF-8 (the encoding it declares)');
    const undeclared = decodeBytes(page(''));
    expect('text' in undeclared && undeclared.text).not.toContain('€');
  });

  it('decodes Cyrillic in the encoding detected', () => {
    const russian = 'Мэр города сказал, что паром будет ходить всю зиму, и жители довольны этим решением совета.\n'.repeat(3);
    const decoded = decodeBytes(iconv.encode(russian, 'windows-1251'));
    expect(decoded).toEqual({ text: russian, warning: 'decoded as windows-1251, not UTF-8 (the encoding detected)' });
  });
});

describe('decodeBytes: binary files', () => {
  it('refuses bytes with a NUL as binary, unless each line answers for its own', () => {
    const bytes = Buffer.from('Tom Varga said\0 so.\nJane Roe agreed.\n');
    expect(decodeBytes(bytes)).toEqual({ problem: 'is a binary file (it contains NUL bytes)' });
    expect(decodeBytes(bytes, true)).toEqual({ text: 'Tom Varga said\0 so.\nJane Roe agreed.\n' });
  });

  it('refuses bytes with no NUL that decode to control characters in any encoding', () => {
    const bytes = Buffer.from(Array.from({ length: 4000 }, (_, index) => (index * 7919) % 255 + 1));
    expect(decodeBytes(bytes)).toEqual({ problem: 'is not UTF-8 text (a binary file?)' });
  });

  it('refuses UTF-16 with a byte order mark that holds a NUL character', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Jane\0Roe', 'utf-16le')]))).toEqual({ problem: 'is a binary file (it contains NUL bytes)' });
  });
});

describe('declaredEncoding', () => {
  const of = (text: string): string | null => declaredEncoding(Buffer.from(text, 'latin1'));

  it('reads <meta charset>, the http-equiv form and an XML declaration', () => {
    expect(of('<!DOCTYPE html><html><head><meta charset="windows-1250">')).toBe('windows-1250');
    expect(of('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')).toBe('koi8-r');
    expect(of('<?xml version="1.0" encoding="ISO-8859-2"?><nitf>')).toBe('ISO-8859-2');
  });

  it('reads the Latin-1 names as Windows-1252, as browsers do', () => {
    expect(of('<meta charset=iso-8859-1>')).toBe('windows-1252');
    expect(of('<meta charset="US-ASCII">')).toBe('windows-1252');
  });

  it('gives nothing for a Unicode declaration (the bytes were not that), an unknown name, or none', () => {
    expect(of('<meta charset="utf-8">')).toBeNull();
    expect(of('<meta charset="x-no-such-thing">')).toBeNull();
    expect(of('<p>Jane Roe said charset=koi8-r was old.</p>')).toBeNull();
  });
});
