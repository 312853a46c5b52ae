/**
 * How much of a question a statement holds, honestly: its own words only
 * (never its speaker's name), an exact word counting fully and a typo or the
 * start of a word counting less, and a statement that denies what the
 * question affirms (or the reverse) set apart as saying the opposite.
 */
import type { Coverage } from '../retrieval/coverage.js';
import type { SearchResult } from '../retrieval/search-index.js';
import type { QuoteCluster } from '../retrieval/snapshot.js';
import { isNegative, negatedAround } from './polarity.js';

/** A match must contain this share of the question's content words to count as the answer. */
export const MATCH = 0.6;
/** Below MATCH but at least this share: offered as "closest, but not a match". */
export const CLOSE = 0.34;
/**
 * What a word matched only by a typo or as the start of a longer word is
 * worth: "Springfeld" may be Springfield, but "who said the mill closed?"
 * is not answered by "the miller closed the shop" on a full word's credit.
 */
export const PARTIAL = 0.5;
/** Terms beyond this many are ignored: they make searches slow and never help. */
const MAX_TERMS = 24;
/** How many index results are weighed; the rest score too low to matter. */
const MAX_RESULTS = 200;
const MAX_QUOTES = 25;
const MAX_OPPOSITE = 3;

export interface Scored {
  cluster: QuoteCluster;
  /** Share of the question's terms found, typos and prefixes at PARTIAL. */
  coverage: number;
  score: number;
  /** Credit for each question term found (1 exact, PARTIAL otherwise). */
  credits: ReadonlyMap<string, number>;
  /** The statement's own terms that matched, as the index holds them. */
  matched: readonly string[];
}

/** The distinct search terms of a question, as a query. */
export function queryTerms(coverage: Coverage, text: string): string[] {
  return [...new Set(coverage.normaliser.terms(text))].slice(0, MAX_TERMS);
}

/** Credit for each query term a search result matched: full when the very term is in the document. */
export function creditsOf(result: Pick<SearchResult, 'queryTerms' | 'match'>): Map<string, number> {
  const credits = new Map<string, number>();
  for (const term of result.queryTerms) credits.set(term, Object.hasOwn(result.match, term) ? 1 : Math.max(credits.get(term) ?? 0, PARTIAL));
  return credits;
}

export function sum(credits: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const credit of credits.values()) total += credit;
  return total;
}

/**
 * The share of the question's terms found. A number asked about and not
 * found leaves the statement close at best: "hired 9 engineers" is not
 * answered by "hired 5 engineers", however many other words they share.
 */
export function shareOf(credits: ReadonlyMap<string, number>, terms: readonly string[]): number {
  const share = sum(credits) / terms.length;
  return terms.some((term) => /^\d/.test(term) && credits.get(term) !== 1) ? Math.min(share, CLOSE) : share;
}

/** Coverage first (how much of the question a statement holds), then the index's own score; never who said it. */
export function byCoverage(a: Scored, b: Scored): number {
  return b.coverage - a.coverage || b.score - a.score || a.cluster.id - b.cluster.id;
}

/** Statement clusters matching `text`, with the share of its content words each contains. */
export function searchStatements(coverage: Coverage, text: string, filter?: (cluster: QuoteCluster) => boolean): Scored[] {
  const terms = queryTerms(coverage, text);
  if (terms.length === 0) return [];
  const results: SearchResult[] = coverage.indexes.statements.search(terms.join(' '), {
    ...(filter ? { filter: (result) => filter(coverage.snapshot.clusters[result.id as number] as QuoteCluster) } : {}),
  });
  const scored: Scored[] = [];
  for (const result of results.slice(0, MAX_RESULTS)) {
    const cluster = coverage.snapshot.clusters[result.id as number];
    if (!cluster) continue;
    const credits = creditsOf(result);
    scored.push({ cluster, coverage: shareOf(credits, terms), score: result.score, credits, matched: result.terms });
  }
  return scored.sort(byCoverage);
}

/** Whether a statement affirms (or denies) what it shares with the question as the question does. */
function agrees(coverage: Coverage, scored: Scored, negative: boolean): boolean {
  const shared = new Set(scored.matched);
  const wordings = new Set(scored.cluster.occurrences.map((o) => o.text));
  for (const wording of wordings) if (negatedAround(coverage.normaliser, wording, shared) === negative) return true;
  return false;
}

export interface Verdict {
  /** The statements that answer, best first. */
  found: Scored[];
  /** Statements holding the words but saying the opposite, best first (only when none answers). */
  opposite: Scored[];
}

/**
 * The statements that answer `text`: the best coverage at or above MATCH, and
 * those close behind it, that affirm or deny as the question does.
 */
export function honestMatches(coverage: Coverage, text: string, scored: readonly Scored[]): Verdict {
  const negative = isNegative(text);
  const found: Scored[] = [];
  const opposite: Scored[] = [];
  // Close behind the best statement, whichever way it goes: when the one that holds every word says the
  // opposite, a statement holding a few of them is no answer. In coverage order, so the weighing stops early.
  const floor = Math.max(MATCH, (scored[0]?.coverage ?? 0) - 0.25);
  for (const s of scored) {
    if (s.coverage < floor || found.length >= MAX_QUOTES) break;
    if (agrees(coverage, s, negative)) found.push(s);
    else if (found.length === 0 && opposite.length < MAX_OPPOSITE) opposite.push(s);
  }
  return { found, opposite: found.length > 0 ? [] : opposite };
}
