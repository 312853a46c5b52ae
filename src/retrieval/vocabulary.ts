/**
 * The words an index holds, for telling a typo from a word: "overlapp" is no
 * word of the coverage, so it is read as "overlap"; "mill" is one, so it is
 * never read as "miller". minisearch keeps its terms in a radix tree that
 * offers exact and fuzzy look-ups but is a protected member; it is read here
 * and nowhere else.
 */
import type MiniSearch from 'minisearch';
import type SearchableMap from 'minisearch/SearchableMap';

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
  /**
   * Those of them with `term`'s first letter (what a typo may stand for: a
   * typo keeps its first letter), found in that letter's branch of the term
   * tree alone, a fraction of the work; when absent, `near` filtered.
   */
  nearSameStart?(term: string, distance: number): string[];
}

/** A term tree's terms within `distance` edits of `term` that start with its first letter: the letter's subtree searched for the rest (equal first letters cost no edit). */
export function nearSameStart(tree: SearchableMap<unknown>, term: string, distance: number): string[] {
  const first = term.charAt(0);
  if (first === '') return [];
  const branch = tree.atPrefix(first);
  // No term starts with the letter: the branch is empty (minisearch leaves its tree undefined).
  if ((branch as unknown as { _tree?: unknown })._tree === undefined) return [];
  return [...branch.fuzzyGet(term.slice(1), distance).keys()].map((rest) => first + rest);
}

/** The look-ups of a minisearch index's term tree, or null when this minisearch keeps it otherwise. */
export function termsOf(index: MiniSearch): Vocabulary | null {
  // Protected in minisearch's types; present in every 7.x release.
  const tree = (index as unknown as { _index?: Partial<TermTree> })._index;
  if (!tree || typeof tree.has !== 'function' || typeof tree.fuzzyGet !== 'function') return null;
  const known = tree as TermTree;
  return {
    has: (term) => known.has(term),
    near: (term, distance) => [...known.fuzzyGet(term, distance).keys()],
    nearSameStart: (term, distance) => nearSameStart(known as unknown as SearchableMap<unknown>, term, distance),
  };
}

/** The words of several indexes together: a word in any of them is a word of the coverage. Without them all, no word counts as unknown. */
export function vocabularyOf(indexes: readonly (Vocabulary | null)[]): Vocabulary {
  const known = indexes.filter((index): index is Vocabulary => index !== null);
  if (known.length < indexes.length) return { has: () => true, near: () => [] };
  return {
    has: (term) => known.some((index) => index.has(term)),
    near: (term, distance) => [...new Set(known.flatMap((index) => index.near(term, distance)))],
    nearSameStart: (term, distance) => [...new Set(known.flatMap((index) => sameStartOf(index, term, distance)))],
  };
}

/** A vocabulary's terms within `distance` edits of `term` with its first letter. */
export function sameStartOf(vocabulary: Vocabulary, term: string, distance: number): string[] {
  return vocabulary.nearSameStart ? vocabulary.nearSameStart(term, distance) : vocabulary.near(term, distance).filter((word) => word[0] === term[0]);
}

/** How many documents of a minisearch index hold a term (its postings in each field, one field for the statements), read from its term tree. */
export function documentsHolding(index: MiniSearch): (term: string) => number {
  // Protected in minisearch's types; present in every 7.x release: the term's postings per field, by document.
  const tree = (index as unknown as { _index?: { get?(term: string): Map<number, Map<number, number>> | undefined } })._index;
  if (!tree || typeof tree.get !== 'function') return () => 0;
  const known = tree as { get(term: string): Map<number, Map<number, number>> | undefined };
  return (term) => {
    const fields = known.get(term);
    if (!fields) return 0;
    if (fields.size === 1) return [...fields.values()][0]?.size ?? 0;
    const holders = new Set<number>();
    for (const documents of fields.values()) for (const document of documents.keys()) holders.add(document);
    return holders.size;
  };
}
