/**
 * Whether a quotation is still open after a stretch of text: curly marks say
 * which way they face; a straight `"` opens after a space or bracket and
 * closes after anything else, or when it has space on both sides and a
 * quotation is open.
 */
export function quoteOpenAfter(text: string, start: number, end: number, open: boolean): boolean {
  let state = open;
  for (let i = start; i < end; i++) {
    const char = text[i];
    if (char === '“' || char === '„') state = true;
    else if (char === '”') state = false;
    else if (char === '"') {
      const before = i > 0 ? (text[i - 1] ?? ' ') : ' ';
      const after = text[i + 1] ?? ' ';
      // One with space on both sides ('...the end, " he said') closes an open quotation.
      state = /[\s([{—–-]/.test(before) && !(state && /\s/.test(before) && /\s/.test(after));
    }
  }
  return state;
}
