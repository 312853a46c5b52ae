/** Reading a question's typos as the coverage's words, on an invented corpus. */
import { describe, expect, it } from 'vitest';
import { askedTerms, wordFor } from '../../src/answer/typos.js';
import { inventedArticle as article, inventedCoverage } from './invented-coverage.js';

const coverage = inventedCoverage([
  article('a1', 'Ostby Post', '"Cost was the deciding factor," said Jane Roe.\n\n"The facts speak for themselves," said Tom Varga.'),
  article('a2', 'Ostby Post', '"Blisters were a problem on the long march," said Jane Roe.'),
]);

describe('wordFor', () => {
  it('reads a word no article uses as the one word a slip away, a swap counting as one slip', () => {
    expect(wordFor(coverage, 'blistres')).toBe('blisters');
    expect(wordFor(coverage, 'problme')).toBe('problem');
  });

  it('of two words as near, takes the one the typo left a letter out of', () => {
    // "factr" is one edit from "facts" and from "factor": a letter left out is the likelier slip.
    expect(wordFor(coverage, 'factr')).toBe('factor');
  });

  it('keeps the first letter: a slip there makes another word', () => {
    expect(wordFor(coverage, 'gactor')).toBeNull();
  });
});

describe('askedTerms', () => {
  it('leaves a word the coverage uses as it is, and drops a slip on a filler word', () => {
    expect(askedTerms(coverage, 'the facts were ther').terms).toEqual(['facts']);
    // A word a letter from one filler word only is a word of its own: kept, it counts as missing.
    expect(askedTerms(coverage, 'the fort bed note ally top').terms).toEqual(['fort', 'bed', 'note', 'ally', 'top']);
    expect(askedTerms(coverage, 'blistres were a factr').readAs).toEqual([['blistres', 'blisters'], ['factr', 'factor']]);
  });
});
