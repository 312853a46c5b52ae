import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/language/edit-distance.js';

describe('editDistance', () => {
  it('counts inserts, deletes, replacements and swapped neighbours as one edit each', () => {
    expect(editDistance('who', 'who', 2)).toBe(0);
    expect(editDistance('hwo', 'who', 2)).toBe(1);
    expect(editDistance('wat', 'what', 2)).toBe(1);
    expect(editDistance('whoo', 'who', 2)).toBe(1);
    expect(editDistance('sed', 'said', 2)).toBe(2);
  });

  it('stops at the limit', () => {
    expect(editDistance('banana', 'who', 2)).toBe(3);
    expect(editDistance('ferry', 'tolls', 1)).toBe(2);
  });
});
