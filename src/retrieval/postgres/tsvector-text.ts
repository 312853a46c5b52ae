/**
 * Our terms in PostgreSQL's tsvector and tsquery, written as text so that
 * PostgreSQL's parser never splits or stems them. A term is its own lexeme;
 * each field it occurs in is one position, `field * span + frequency`, so a
 * document's term frequencies travel with it (a tsvector keeps at most 256
 * positions per lexeme, but never more than one per field here). Positions
 * stop at 16383: a frequency of `span` or more is written as `span` and kept
 * exactly elsewhere (search_frequency_overflow).
 */
const MAX_POSITION = 16_383;

/** The frequency span of one field, for an index of `fieldCount` fields. */
export function frequencySpan(fieldCount: number): number {
  return Math.floor(MAX_POSITION / Math.max(1, fieldCount));
}

export function quoteLexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The tsvector of a document's terms (frequencies per field). */
export function tsvectorText(frequencies: ReadonlyMap<string, readonly number[]>, span: number): string {
  const entries: string[] = [];
  for (const [term, perField] of frequencies) {
    const positions: number[] = [];
    perField.forEach((frequency, field) => {
      if (frequency > 0) positions.push(field * span + Math.min(frequency, span));
    });
    entries.push(`${quoteLexeme(term)}:${positions.join(',')}`);
  }
  return entries.join(' ');
}

/** A tsquery matching documents that hold any of `terms`. */
export function anyTermQuery(terms: readonly string[]): string {
  return terms.map(quoteLexeme).join(' | ');
}

/** One position back into its field and frequency; `overflow` when the frequency is `span` or more. */
export function decodePosition(position: number, span: number): { field: number; frequency: number; overflow: boolean } {
  const field = Math.floor((position - 1) / span);
  const frequency = position - field * span;
  return { field, frequency, overflow: frequency === span };
}

/** PostgreSQL's text form of a tsvector back into lexemes and positions (weights dropped). */
export function parseTsvector(text: string): [string, number[]][] {
  const entries: [string, number[]][] = [];
  let at = 0;
  while (at < text.length) {
    if (text[at] === ' ') {
      at++;
      continue;
    }
    at++; // the opening quote
    let lexeme = '';
    for (;;) {
      const char = text[at] as string;
      if (char === "'" && text[at + 1] === "'") {
        lexeme += "'";
        at += 2;
      } else if (char === "'") {
        at++;
        break;
      } else if (char === '\\') {
        lexeme += text[at + 1] ?? '';
        at += 2;
      } else {
        lexeme += char;
        at++;
      }
    }
    const positions: number[] = [];
    if (text[at] === ':') {
      const end = text.indexOf(' ', at);
      for (const position of text.slice(at + 1, end < 0 ? text.length : end).split(',')) positions.push(parseInt(position, 10));
      at = end < 0 ? text.length : end;
    }
    entries.push([lexeme, positions]);
  }
  return entries;
}
