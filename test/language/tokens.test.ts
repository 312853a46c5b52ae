import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/language/tokens.js';

describe('tokenize', () => {
  it('makes no token of an invisible character, so a name before one still meets its verb', () => {
    const text = 'Tom Varga\u200b said it, with a soft\u00adhyphen.';
    expect(tokenize(text).map((t) => t.text)).toEqual(['Tom', 'Varga', 'said', 'it', ',', 'with', 'a', 'soft', 'hyphen', '.']);
  });
});

describe('tokenize beside plain ASCII', () => {
  // The tokeniser reads ASCII by hand and hands anything else to its pattern: the seams must not show.
  it('keeps words whole across accents, curly apostrophes and marks', () => {
    const text = 'Café Roe’s naïve U.S.-based A.B.C plan (Kelvale’s) "won" the vote\u00ad today';
    expect(tokenize(text).map((t) => [t.text, t.kind])).toEqual([
      ['Café', 'word'], ['Roe’s', 'word'], ['naïve', 'word'], ['U.S.-based', 'word'], ['A.B.', 'word'], ['C', 'word'],
      ['plan', 'word'], ['(', 'punct'], ['Kelvale’s', 'word'], [')', 'punct'], ['"', 'quote'], ['won', 'word'], ['"', 'quote'],
      ['the', 'word'], ['vote', 'word'], ['today', 'word'],
    ]);
  });

  it("reads '' as one quotation mark and a lone ' as punctuation", () => {
    expect(tokenize("''Tom' Varga").map((t) => [t.text, t.kind])).toEqual([["''", 'quote'], ['Tom', 'word'], ["'", 'punct'], ['Varga', 'word']]);
  });
});
