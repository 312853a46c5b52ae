/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF; a
 * field holding a comma, a double quote, CR or LF is enclosed in double
 * quotes, and a double quote inside it is doubled; text that would run as
 * a spreadsheet formula is defused. Anything else (unicode included) is
 * written as it is. No dependency: this is all CSV needs.
 */

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One field: null and undefined are empty. Text that a spreadsheet would run
 * as a formula (it starts with =, +, -, @, a tab or CR: the words come from
 * articles) gets a leading apostrophe, as OWASP advises; numbers stay numbers.
 */
export function csvField(value: CsvValue): string {
  const raw = value === null || value === undefined ? '' : String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, without its line break. */
export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',');
}

/** A header and records, each line ending in CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${csvRecord(row)}\r\n`).join('');
}

/**
 * Reads CSV back (RFC 4180, as `csvDocument` writes it): the records as
 * arrays of fields. For tests and tools; lenient with a bare LF line end.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      endRecord();
      i++;
    } else if (c === '\n') {
      endRecord();
    } else {
      field += c;
    }
    i++;
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;

  function endRecord(): void {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  }
}
