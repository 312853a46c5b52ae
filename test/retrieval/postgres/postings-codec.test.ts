import { describe, expect, it } from 'vitest';
import { BLOCK_POSTINGS, PostingsBuilder, PostingsCursor } from '../../../src/retrieval/postgres/postings-codec.js';
import { seeded } from './invented-documents.js';

describe('PostingsBuilder and PostingsCursor', () => {
  it('give back what was added, large numbers and ids going down included', () => {
    const added = [
      [0, 5, 1, 3],
      [1, 2, 200, 4_000],
      [70_000, 1_000_000, 3, 1],
      [2 ** 40, 7, 2 ** 33, 12],
    ];
    const builder = new PostingsBuilder();
    for (const [seq, id, frequency, length] of added) builder.add(seq as number, id as number, frequency as number, length as number);
    const cursor = new PostingsCursor(builder.data());
    const read: number[][] = [];
    while (cursor.next()) read.push([cursor.seq, cursor.id, cursor.frequency, cursor.fieldLength]);
    expect(read).toEqual(added);
    expect(() => builder.add(5, 1, 1, 1)).toThrow(/out of order/);
  });

  /** Postings of many blocks, with seqs skipping ahead and ids going both ways. */
  function manyPostings(count: number): number[][] {
    const random = seeded(3);
    let seq = 0;
    return Array.from({ length: count }, () => {
      seq += 1 + Math.floor(random() * 5);
      return [seq, Math.floor(random() * 100_000), 1 + Math.floor(random() * 9), 1 + Math.floor(random() * 40)];
    });
  }

  it('a list appended to after being read, and one built again from its bytes, read the same', () => {
    const postings = manyPostings(5 * BLOCK_POSTINGS + 7);
    const builder = new PostingsBuilder();
    postings.slice(0, 100).forEach(([seq, id, frequency, length]) => builder.add(seq as number, id as number, frequency as number, length as number));
    builder.data();
    postings.slice(100).forEach(([seq, id, frequency, length]) => builder.add(seq as number, id as number, frequency as number, length as number));
    for (const data of [builder.data().slice(), PostingsBuilder.from(builder.data()).data()]) {
      const cursor = new PostingsCursor(data);
      const read: number[][] = [];
      while (cursor.next()) read.push([cursor.seq, cursor.id, cursor.frequency, cursor.fieldLength]);
      expect(read).toEqual(postings);
    }
  });

  it('seek finds the first posting at or after a seq, passing blocks unread; each block tells its largest frequency and shortest field', () => {
    const postings = manyPostings(20 * BLOCK_POSTINGS);
    const builder = new PostingsBuilder();
    for (const [seq, id, frequency, length] of postings) builder.add(seq as number, id as number, frequency as number, length as number);
    const data = builder.data().slice();
    const random = seeded(4);
    const cursor = new PostingsCursor(data);
    let target = 0;
    for (;;) {
      target += 1 + Math.floor(random() * 1_500);
      const expected = postings.find(([seq]) => (seq as number) >= target);
      expect(cursor.seek(target)).toBe(expected !== undefined);
      if (!expected) break;
      expect([cursor.seq, cursor.id, cursor.frequency, cursor.fieldLength]).toEqual(expected);
    }
    expect(cursor.seq).toBe(Number.POSITIVE_INFINITY);
    expect(cursor.read).toBeLessThan(postings.length / 2);

    const headers = new PostingsCursor(data);
    for (let block = 0; headers.nextBlock(); block++) {
      const held = postings.slice(block * BLOCK_POSTINGS, (block + 1) * BLOCK_POSTINGS);
      expect(headers.blockLastSeq).toBe(held[held.length - 1]?.[0]);
      expect(headers.blockMaxFrequency).toBe(Math.max(...held.map((p) => p[2] as number)));
      expect(headers.blockMinFieldLength).toBe(Math.min(...held.map((p) => p[3] as number)));
    }
    expect(headers.read).toBe(0);
  });
});
