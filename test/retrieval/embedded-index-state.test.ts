import MiniSearch from 'minisearch';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { indexState, restoreIndex } from '../../src/retrieval/embedded/index-state.js';

const options = { fields: ['text'], searchOptions: { fuzzy: 0.2, prefix: true } };
const documents = [
  { id: 0, text: 'The Ostby ferry will run all winter' },
  { id: 1, text: 'Springfield council votes on the bridge tolls' },
  { id: 2, text: 'Jane Roe said the ferry timetable was late' },
];

describe('a minisearch index saved as its state', () => {
  it('answers every search as the index it was saved from', () => {
    const index = new MiniSearch(options);
    index.addAll(documents);
    index.discard(1);
    const restored = restoreIndex(indexState(index) as Buffer, options);
    for (const query of ['ferry', 'fery winter', 'spring', 'toll', 'roe timetable']) expect(restored?.search(query)).toEqual(index.search(query));
    expect(restored?.documentCount).toBe(2);
    restored?.add({ id: 3, text: 'A new ferry for Kelvale' });
    expect(restored?.search('kelvale').map((r) => r.id)).toEqual([3]);
  });

  it('refuses a state written by another minisearch release', () => {
    const index = new MiniSearch(options);
    index.addAll(documents);
    const state = v8.deserialize(indexState(index) as Buffer) as Record<string, unknown>;
    expect(restoreIndex(v8.serialize({ ...state, version: '0.0.1' }), options)).toBeNull();
  });
});
