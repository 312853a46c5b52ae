/**
 * An index's vocabulary held in the process: its terms (with their document
 * frequencies and places in minisearch's term tree) and its statistics, read
 * once when a coverage opens. A search then derives its exact, prefix and
 * typo terms here, as minisearch does in its own tree, and asks the database
 * only for postings: finding a word's typo neighbours with pg_trgm took about
 * 100 ms a search on Reuters, most of an answer's time. The vocabulary grows
 * with the words an archive uses, far slower than the archive, and is held
 * in flat arrays (compact-terms.ts), a tenth of minisearch's tree.
 */
import { CompactTerms, type TermColumns } from './compact-terms.js';
import type { IndexedTerm, IndexStatistics } from './search-scoring.js';
import { indexStatistics, type SearchIndexName } from './search.js';
import type { Queryable, TermAnswers, TermRequests } from './term-lookups.js';
import { compareTreePaths } from './term-tree.js';
import type { Vocabulary } from '../vocabulary.js';

export interface HeldTerms {
  statistics: IndexStatistics | null;
  /** The same answers as the database's look-ups (term-lookups.ts), from memory. */
  lookUp(requests: TermRequests): TermAnswers;
  has(term: string): boolean;
  /** Terms within `distance` edits, in minisearch's tree order. */
  near(term: string, distance: number): string[];
}

/**
 * The vocabulary's columns, each aggregated into one text value: no object per term (100,000 and more in
 * a large archive), so opening allocates a few MB, not tens.
 */
const TERM_COLUMNS = `SELECT count(*)::integer AS count,
  coalesce(string_agg(term, ''), '') AS terms,
  coalesce(string_agg(char_length(term)::text, ','), '') AS lengths,
  coalesce(string_agg(array_to_string(frequencies, ','), ' '), '') AS frequencies,
  coalesce(string_agg(array_to_string(tree_path, ','), ' '), '') AS paths
  FROM (SELECT term, frequencies, tree_path FROM search_terms WHERE index_name = $1 ORDER BY term) t`;

/**
 * How many typo look-ups a vocabulary remembers: a few questions' worth (each holds the terms found, with their
 * frequencies and tree paths, and a process answering from PostgreSQL must not grow with what it was asked).
 */
const NEAR_KEPT = 256;

/** Reads an index's vocabulary and statistics. */
export async function loadHeldTerms(client: Queryable, name: SearchIndexName): Promise<HeldTerms> {
  const [statistics, { rows }] = await Promise.all([
    indexStatistics(client, name),
    client.query<TermColumns & { count: number }>(TERM_COLUMNS, [name]),
  ]);
  const columns = rows[0] ?? { count: 0, terms: '', lengths: '', frequencies: '', paths: '' };
  const tree = CompactTerms.fromColumns(columns, columns.count, statistics?.fields.length ?? null);
  // A typo look-up walks the whole vocabulary: remembered, since a question's words are looked up again in each
  // round of its answer (rounds run it again from the start) and by each stage.
  const remembered = new Map<string, (IndexedTerm & { distance: number })[]>();
  const within = (term: string, distance: number): (IndexedTerm & { distance: number })[] => {
    const key = `${distance} ${term}`;
    let found = remembered.get(key);
    if (!found) {
      if (remembered.size >= NEAR_KEPT) remembered.clear();
      remembered.set(key, (found = tree.near(term, distance)));
    }
    return found;
  };
  return {
    statistics,
    lookUp(requests) {
      const exact = new Map<string, IndexedTerm>();
      for (const term of requests.exact) {
        const indexed = tree.get(term);
        if (indexed) exact.set(term, indexed);
      }
      const prefixed = new Map(requests.prefixes.map((prefix) => [prefix, tree.withPrefix(prefix)]));
      return { exact, prefixed, near: requests.near.map(({ term, distance }) => within(term, distance)) };
    },
    has: (term) => tree.has(term),
    near: (term, distance) => [...within(term, distance)].sort((a, b) => compareTreePaths(a.treePath, b.treePath)).map((indexed) => indexed.term),
  };
}

/** The words of the statement and sentence indexes together, as the other stores list them (vocabulary.ts): each index's near words in its tree order, the statements' first, each word once. */
export function heldVocabulary(statements: HeldTerms, sentences: HeldTerms): Vocabulary {
  return {
    has: (term) => statements.has(term) || sentences.has(term),
    near: (term, distance) => [...new Set([...statements.near(term, distance), ...sentences.near(term, distance)])],
  };
}
