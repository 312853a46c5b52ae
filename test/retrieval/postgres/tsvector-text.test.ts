import { describe, expect, it } from 'vitest';
import { anyTermQuery, decodePosition, frequencySpan, parseTsvector, tsvectorText } from '../../../src/retrieval/postgres/tsvector-text.js';

describe('tsvector text', () => {
  it('writes terms with quotes, backslashes and spaces as their own lexemes, frequencies per field as positions', () => {
    const span = frequencySpan(3);
    const text = tsvectorText(
      new Map([
        ["o'neil", [2, 0, 1]],
        ['a\\b', [0, 1, 0]],
        ['new york', [1, 0, 0]],
      ]),
      span,
    );
    expect(text).toBe(`'o''neil':2,${2 * span + 1} 'a\\\\b':${span + 1} 'new york':1`);
    expect(anyTermQuery(["o'neil", 'x'])).toBe(`'o''neil' | 'x'`);
  });

  it('reads back what PostgreSQL prints, weights dropped', () => {
    expect(parseTsvector(`'a\\\\b':3A 'new york':1A,5462A 'o''neil':2`)).toEqual([
      ['a\\b', [3]],
      ['new york', [1, 5462]],
      ["o'neil", [2]],
    ]);
    expect(parseTsvector('')).toEqual([]);
  });

  it('decodes a position into field and frequency, a full span meaning "look up the exact frequency"', () => {
    const span = frequencySpan(3);
    expect(decodePosition(2 * span + 7, span)).toEqual({ field: 2, frequency: 7, overflow: false });
    expect(decodePosition(span, span)).toEqual({ field: 0, frequency: span, overflow: true });
    expect(frequencySpan(1)).toBe(16_383);
  });
});
