import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, csvRecord, parseCsv } from '../../src/render/csv.js';

describe('CSV quoting (RFC 4180)', () => {
  it('leaves plain fields alone, empties null and undefined, writes numbers and booleans', () => {
    expect(csvRecord(['Jane Roe', 12, true, null, undefined, ''])).toBe('Jane Roe,12,true,,,');
  });

  it('encloses a field with a comma, a double quote, CR or LF, and doubles the quotes inside', () => {
    expect(csvField('Roe, Jane')).toBe('"Roe, Jane"');
    expect(csvField('She said "no"')).toBe('"She said ""no"""');
    expect(csvField('"')).toBe('""""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(csvField('crlf\r\nend')).toBe('"crlf\r\nend"');
  });

  it('does not quote for spaces, semicolons, single quotes or unicode', () => {
    expect(csvField(' leading and trailing ')).toBe(' leading and trailing ');
    expect(csvField("it's; fine")).toBe("it's; fine");
    expect(csvField('Ostby Påst — “quoted” 北京 🚢')).toBe('Ostby Påst — “quoted” 北京 🚢');
  });

  it('ends every record, the header too, with CRLF', () => {
    expect(csvDocument(['a', 'b'], [[1, 2], ['x,y', null]])).toBe('a,b\r\n1,2\r\n"x,y",\r\n');
    expect(csvDocument(['a'], [])).toBe('a\r\n');
  });

  it('reads back exactly what it wrote, whatever the fields hold', () => {
    const rows = [
      ['plain', 'Roe, Jane', 'She said "no, never"', 'two\nlines', 'crlf\r\ninside', '', '"', ',', '北京 🚢 é', '  spaced  '],
      ['', '', '', '', '', '', '', '', '', ''],
    ];
    const text = csvDocument(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8', 'h9', 'h10'], rows);
    expect(parseCsv(text)).toEqual([['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8', 'h9', 'h10'], ...rows]);
  });

  it('defuses text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://example.invalid")')).toBe('"\'=HYPERLINK(""http://example.invalid"")"');
    expect(csvField('+1 call')).toBe("'+1 call");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField(-2)).toBe('-2');
    expect(csvField('Jane Roe')).toBe('Jane Roe');
  });
});
