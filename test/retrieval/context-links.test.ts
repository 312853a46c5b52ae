import { describe, expect, it } from 'vitest';
import { contextLinks } from '../../src/retrieval/context-links.js';
import type { QuoteCluster, SentenceRecord } from '../../src/retrieval/snapshot.js';

const text = 'Asked about the Ostby ferry, Roe was brief. "It will run all winter," she said. The council met later.';
const sentences: SentenceRecord[] = [
  { id: 0, articleId: 'a', start: 0, end: 43, text: text.slice(0, 43) },
  { id: 1, articleId: 'a', start: 44, end: 79, text: text.slice(44, 79) },
  { id: 2, articleId: 'a', start: 80, end: text.length, text: text.slice(80) },
];
const cluster: QuoteCluster = {
  id: 7, entity: 'person:jane roe', speaker: 'Jane Roe', role: null, anonymous: false, kind: 'direct', text: 'It will run all winter',
  occurrences: [{ articleId: 'a', start: 45, end: 67, text: 'It will run all winter', kind: 'direct', cue: 'said', mention: 'she' }],
};

describe('context links', () => {
  it('links a statement to the sentence it stands in and, less, to the one before', () => {
    const links = contextLinks([cluster], () => sentences);
    expect(links.get(1)).toEqual([{ cluster: 7, own: true }]);
    expect(links.get(0)).toEqual([{ cluster: 7, own: false }]);
    expect(links.has(2)).toBe(false);
  });
});
