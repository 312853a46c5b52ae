import { describe, expect, it } from 'vitest';
import { ListCache } from '../../../src/retrieval/postgres/list-cache.js';
import { readTermLists } from '../../../src/retrieval/postgres/postings-read.js';
import type { Queryable } from '../../../src/retrieval/postgres/term-lookups.js';

const bytes = (size: number, fill = 1): Uint8Array => new Uint8Array(size).fill(fill);

describe('ListCache: common words\' lists kept up to a number of bytes', () => {
  it('keeps lists of the least size, up to the bound, letting the least recently used go', () => {
    const cache = new ListCache(1_000, 100);
    cache.add('sentences', 'ferry', [bytes(400)]);
    cache.add('sentences', 'toll', [bytes(50)]);
    cache.add('statements', 'ferry', [undefined, bytes(300)]);
    expect(cache.get('sentences', 'toll')).toBeUndefined();
    expect(cache.get('statements', 'ferry')?.[1]?.length).toBe(300);
    expect(cache.bytes).toBe(700);
    // "ferry" in sentences is now the least recently used: it goes to make room.
    cache.add('sentences', 'harbour', [bytes(500)]);
    expect(cache.get('sentences', 'ferry')).toBeUndefined();
    expect(cache.get('sentences', 'harbour')?.[0]?.length).toBe(500);
    expect(cache.bytes).toBe(800);
    cache.add('sentences', 'kelvale', [bytes(2_000)]);
    expect(cache.get('sentences', 'kelvale')).toBeUndefined();
    expect(cache.bytes).toBeLessThanOrEqual(1_000);
  });
});

describe('readTermLists with a cache', () => {
  /** A database of two terms' lists, counting the terms it is asked for. */
  function database(): { client: Queryable; asked: string[][] } {
    const stored: Record<string, { field: number; data: Uint8Array }[]> = {
      ferry: [{ field: 0, data: bytes(200, 7) }],
      toll: [{ field: 0, data: bytes(20, 9) }, { field: 2, data: bytes(150, 3) }],
    };
    const asked: string[][] = [];
    const client = {
      query: async (_sql: string, [, terms]: [string, string[]]) => {
        asked.push(terms);
        return { rows: terms.flatMap((term) => (stored[term] ?? []).map(({ field, data }) => ({ term, field, data: Buffer.from(data).toString('base64') }))) };
      },
    } as unknown as Queryable;
    return { client, asked };
  }

  it('asks the database only for the terms the cache does not hold, and the same lists come back', async () => {
    const { client, asked } = database();
    const cache = new ListCache(10_000, 100);
    const first = await readTermLists(client, 'sentences', ['ferry', 'toll', 'quill'], cache);
    const second = await readTermLists(client, 'sentences', ['ferry', 'toll', 'quill'], cache);
    expect(asked).toEqual([['ferry', 'toll', 'quill'], ['quill']]);
    for (const lists of [first, second]) {
      expect([...lists.keys()].sort()).toEqual(['ferry', 'toll']);
      expect(lists.get('toll')?.map((data) => data?.[0])).toEqual([9, undefined, 3]);
      expect(lists.get('ferry')?.[0]?.length).toBe(200);
    }
    // Another index's lists are its own.
    await readTermLists(client, 'statements', ['ferry'], cache);
    expect(asked.at(-1)).toEqual(['ferry']);
  });

  it('without a cache, asks for every term every time', async () => {
    const { client, asked } = database();
    await readTermLists(client, 'sentences', ['ferry'], undefined);
    await readTermLists(client, 'sentences', ['ferry'], undefined);
    expect(asked).toEqual([['ferry'], ['ferry']]);
  });
});
