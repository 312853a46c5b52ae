import { describe, expect, it } from 'vitest';
import { csvFormat } from '../../../src/corpus/formats/csv.js';
import type { LoadWarning } from '../../../src/corpus/types.js';

const read = (file: string, text: string, warnings: LoadWarning[] = []) => csvFormat.read({ file, id: 'x', text, maxBytes: 1e6 }, warnings);

describe('the line of each CSV row', () => {
  it('is right after a quoted field holding a CRLF, a blank line and a byte order mark', () => {
    const warnings: LoadWarning[] = [];
    const rows = read('x.csv', '\uFEFFid,Text\r\nx1,"Roe said\r\nso."\r\n\r\nx2,Varga left.\r\nx3\r\nx4,"Last, unended"', warnings);
    expect(rows.map((row) => [row.id, row.origin])).toEqual([['x#x1', 'x.csv:2'], ['x#x2', 'x.csv:5'], ['x#x4', 'x.csv:7']]);
    expect(warnings).toEqual([{ file: 'x.csv', line: 6, message: 'has 1 field where the header has 2; row skipped' }]);
  });

  it('reads a column named in any case, the byte order mark not part of the first name', () => {
    expect(read('x.csv', '\uFEFFID,Body\nk-1,Roe spoke.\n').map((row) => row.id)).toEqual(['x#k-1']);
  });
});

describe('a CSV that cannot be read', () => {
  it('a quote never closed: one warning naming the line, nothing read', () => {
    const warnings: LoadWarning[] = [];
    expect(read('x.csv', 'id,text\nx1,"never closed\nx2,more\n', warnings)).toEqual([]);
    expect(warnings).toEqual([{ file: 'x.csv', line: 3, message: expect.stringMatching(/^is not readable as CSV \(Quote Not Closed.*\); skipped$/) }]);
  });
});

describe('a TSV', () => {
  it('reads quotation marks at a field\'s start as written (no quoting in TSV)', () => {
    expect(read('x.tsv', 'id\tbody\nt1\t"Soon," said Roe.\n').map((row) => row.text)).toEqual(['"Soon," said Roe.']);
  });
});
