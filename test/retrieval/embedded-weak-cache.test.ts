import { describe, expect, it } from 'vitest';
import { weakCache } from '../../src/retrieval/embedded/weak-cache.js';

describe('a weak cache of unpacked items', () => {
  it('unpacks an item once while it is held, and gives the same object each time', () => {
    const statementOf = weakCache<{ id: number; text: string }>(10);
    let unpacked = 0;
    const unpack = (id: number) => () => {
      unpacked++;
      return { id, text: `The ferry runs on day ${id}` };
    };
    const first = statementOf(7, unpack(7));
    expect(statementOf(7, unpack(7))).toBe(first);
    expect(statementOf(8, unpack(8))).not.toBe(first);
    expect(unpacked).toBe(2);
  });
});
