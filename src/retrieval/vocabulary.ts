/**
 * The words an index holds, for telling a typo from a word: "overlapp" is no
 * word of the coverage, so it is read as "overlap"; "mill" is one, so it is
 * never read as "miller". minisearch keeps its terms in a radix tree that
 * offers exact and fuzzy look-ups but is a protected member; it is read here
 * and nowhere else.
 */
import type MiniSearch from 'minisearch';

/** The look-ups of minisearch's term tree (its SearchableMap) used here. */
interface TermTree {
  has(term: string): boolean;
  /** Terms within a Levenshtein distance of `term`, each with its postings and distance. */
  fuzzyGet(term: string, maxDistance: number): Map<string, [unknown, number]>;
}

export interface Vocabulary {
  has(term: string): boolean;
  /** The index's terms within `distance` edits (Levenshtein) of `term`. */
  near(term: string, distance: number): string[];
}

function treeOf(index: MiniSearch): TermTree | null {
  // Protected in minisearch's types; present in every 7.x release. Without it, no term counts as unknown.
  const tree = (index as unknown as { _index?: Partial<TermTree> })._index;
  return tree && typeof tree.has === 'function' && typeof tree.fuzzyGet === 'function' ? (tree as TermTree) : null;
}

/** The words of several indexes together: a word in any of them is a word of the coverage. */
export function vocabularyOf(indexes: readonly MiniSearch[]): Vocabulary {
  const trees = indexes.map(treeOf).filter((tree): tree is TermTree => tree !== null);
  if (trees.length < indexes.length) return { has: () => true, near: () => [] };
  return {
    has: (term) => trees.some((tree) => tree.has(term)),
    near: (term, distance) => [...new Set(trees.flatMap((tree) => [...tree.fuzzyGet(term, distance).keys()]))],
  };
}
