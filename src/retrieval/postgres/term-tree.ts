/**
 * Where each term sits in minisearch's term tree (a radix tree, its
 * SearchableMap). minisearch lists fuzzy matches in the tree's order and
 * prefix matches in the reverse order, and that order decides the order of
 * a result's terms and of results with equal scores. The order is that of
 * the tree's child maps, which depends on the history of insertions; a term's
 * path (its child number at each node from the root) records it, paths
 * compared element by element give the tree's order, and inserting terms
 * into a new tree in that order rebuilds the same tree.
 */
import SearchableMap from 'minisearch/SearchableMap';

type Node = Map<string, unknown>;
/** minisearch's leaf key: a node's own term. */
const LEAF = '';

export type TreePath = readonly number[];

export function compareTreePaths(a: TreePath, b: TreePath): number {
  const length = Math.min(a.length, b.length);
  for (let at = 0; at < length; at++) {
    const difference = (a[at] as number) - (b[at] as number);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

export interface TreeChange {
  /** Terms new to the index, in the order minisearch first indexes them. */
  added: readonly string[];
  /** Terms gone from the index, in the order they lose their last document. */
  removed: readonly string[];
}

/**
 * The paths of every term after `change`, given the index's terms before it
 * in tree order.
 */
export function treePathsAfter(termsInTreeOrder: readonly string[], change: TreeChange): Map<string, number[]> {
  const tree = new SearchableMap<true>();
  for (const term of termsInTreeOrder) tree.set(term, true);
  for (const term of change.added) tree.set(term, true);
  for (const term of change.removed) tree.delete(term);
  const paths = new Map<string, number[]>();
  // The radix tree's nodes are minisearch's own Maps (a protected member in its types, present in every 7.x).
  const walk = (node: Node, prefix: string, path: number[]): void => {
    let child = 0;
    for (const [key, value] of node) {
      if (key === LEAF) paths.set(prefix, [...path, child]);
      else walk(value as Node, prefix + key, [...path, child]);
      child += 1;
    }
  };
  walk((tree as unknown as { _tree: Node })._tree, '', []);
  return paths;
}
