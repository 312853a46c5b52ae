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
