/** The quick shape check before a look-up: it may let a stranger through, never turn a listed word away. */
import { describe, expect, it } from 'vitest';
import { wordShapes } from '../../src/language/word-shapes.js';

describe('wordShapes', () => {
  const listed = ['say', 'said', 'according', 'acknowledgement', 'x', 'Kelvale’s', 'naïve', 'a-very-long-word-beyond-thirty-one-letters'];
  const mightBe = wordShapes(listed);

  it('lets every listed word through', () => {
    for (const word of listed) expect(mightBe(word)).toBe(true);
  });

  it('turns away words of a shape no listed word has', () => {
    expect(mightBe('tax')).toBe(false);
    expect(mightBe('sa')).toBe(false);
    expect(mightBe('')).toBe(false);
  });

  it('lets through a stranger of a listed shape, for the real look-up to judge', () => {
    expect(mightBe('sly')).toBe(true);
  });
});
