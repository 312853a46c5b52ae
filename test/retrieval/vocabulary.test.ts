import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { nearSameStart } from '../../src/retrieval/vocabulary.js';

const treeOf = (words: readonly string[]): SearchableMap<number> => {
  const tree = new SearchableMap<number>();
  words.forEach((word, index) => tree.set(word, index));
  return tree;
};

describe('words near a typo with its first letter', () => {
  const WORDS = ['ferry', 'ferries', 'ferryman', 'berry', 'merry', 'fairy', 'fury', 'tolls', 'toll', 'tall', 'atoll', 'harbour', 'harbor', 'arbour'];

  it('are the words within the edits that start with the same letter, as the whole tree gives them', () => {
    const tree = treeOf(WORDS);
    for (const typo of ['ferri', 'fery', 'tols', 'harbur', 'arbor', 'xerry', 'f', 'toll']) {
      for (const distance of [1, 2, 3]) {
        const whole = [...tree.fuzzyGet(typo, distance).keys()].filter((word) => word[0] === typo[0]).sort();
        expect(nearSameStart(tree, typo, distance).sort(), `${typo} ${distance}`).toEqual(whole);
      }
    }
  });

  it('are none when no word starts with the letter, or in a tree of one long edge', () => {
    expect(nearSameStart(treeOf(WORDS), 'zerry', 2)).toEqual([]);
    // The whole tree one edge ("ferryman"): the letter is in the middle of it.
    expect(nearSameStart(treeOf(['ferryman']), 'ferriman', 1)).toEqual(['ferryman']);
    expect(nearSameStart(treeOf([]), 'ferry', 1)).toEqual([]);
  });
});
