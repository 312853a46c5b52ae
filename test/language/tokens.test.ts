import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/language/tokens.js';

describe('tokenize', () => {
  it('makes no token of an invisible character, so a name before one still meets its verb', () => {
    const text = 'Tom Varga\u200b said it, with a soft\u00adhyphen.';
    expect(tokenize(text).map((t) => t.text)).toEqual(['Tom', 'Varga', 'said', 'it', ',', 'with', 'a', 'soft', 'hyphen', '.']);
  });
});
