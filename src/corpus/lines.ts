import type { Span } from './types.js';

/** The lines of `text` as spans, without their line breaks (`\n`, `\r\n` or `\r`). */
export function lineSpans(text: string): Span[] {
  const lines: Span[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    lines.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Narrows a span so it neither starts nor ends with white space. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** `span` minus every span of `holes`, as trimmed, non-empty pieces in order. */
export function subtractSpans(text: string, span: Span, holes: readonly Span[]): Span[] {
  const pieces: Span[] = [];
  let cursor = span.start;
  const inside = holes
    .filter((hole) => hole.end > span.start && hole.start < span.end)
    .sort((a, b) => a.start - b.start);
  for (const hole of inside) {
    if (hole.start > cursor) pieces.push({ start: cursor, end: hole.start });
    cursor = Math.max(cursor, hole.end);
  }
  if (cursor < span.end) pieces.push({ start: cursor, end: span.end });
  return pieces.map((piece) => trimSpan(text, piece)).filter((piece) => piece.end > piece.start);
}

/**
 * The 1-based line of an index of `source` (a character's of a text, or a
 * byte's of its UTF-8): the line breaks are found once, each index looked up
 * among them (a feed of thousands of items asks thousands of times).
 *
 * @example lineFinder('a\nb\nc')(4) // 3
 */
export function lineFinder(source: string | Buffer): (index: number) => number {
  const breaks: number[] = [];
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) breaks.push(at);
  return (index) => {
    // How many line breaks stand before the index.
    let low = 0;
    let high = breaks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((breaks[middle] as number) < index) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
}
