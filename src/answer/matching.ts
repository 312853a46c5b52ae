/**
 * How much of a question a statement holds, honestly: its own words only
 * (never its speaker's name), an exact word counting fully and a typo or the
 * start of a word counting less, and a statement that denies what the
 * question affirms (or the reverse) set apart as saying the opposite.
 */
import type { Coverage } from '../retrieval/coverage.js';
import type { Normaliser } from '../retrieval/normalise.js';
import type { SearchResult } from '../retrieval/search-index.js';
import type { QuoteCluster } from '../retrieval/snapshot.js';
import { askedTerms } from './typos.js';
import { editDistance } from '../language/edit-distance.js';
import { readText, sameDirection, samePolarity, type TextReading } from './polarity.js';

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
/**
 * What a word the question misspelt is worth when the statement has the word
 * meant ("overlapp" for "overlap"): less than the word written right, more
 * than a word the index only took for another.
 */
export const TYPO = 0.75;
const NONE: ReadonlySet<string> = new Set();
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

/** The distinct search terms of a question, as a query, typos read as the coverage's words (see typos.ts). */
export function queryTerms(coverage: Coverage, text: string): string[] {
  return askedTerms(coverage, text).terms;
}

/**
 * Credit for each query term a search result matched: full when the very
 * term is in the document, TYPO when the question had a typo of it, PARTIAL
 * for another word the index took it for.
 */
export function creditsOf(result: Pick<SearchResult, 'queryTerms' | 'match'>, corrected: ReadonlySet<string> = NONE): Map<string, number> {
  const credits = new Map<string, number>();
  for (const term of result.queryTerms) {
    const exact = Object.hasOwn(result.match, term) ? (corrected.has(term) ? TYPO : 1) : PARTIAL;
    credits.set(term, Math.max(credits.get(term) ?? 0, exact));
  }
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

/**
 * How many of a question's words a statement may lack (see `absent`): none
 * in a question of up to four words, where each carries
 * the claim ("who said the mill is the wrong size?" is not answered by "the
 * mill is the right size"), one more in every five beyond.
 */
export function absenceAllowed(terms: number): number {
  return Math.floor(terms / 5);
}

/**
 * How many of the question's terms a statement lacks: one for each with no
 * credit at all, half for each found only faintly (below PARTIAL: a typo in
 * its sentence, a word of the sentence before it).
 */
export function absent(credits: ReadonlyMap<string, number>, terms: readonly string[]): number {
  let missing = 0;
  for (const term of terms) {
    const credit = credits.get(term) ?? 0;
    missing += credit === 0 ? 1 : credit < PARTIAL ? 0.5 : 0;
  }
  return missing;
}

/** Coverage first (how much of the question a statement holds), then the index's own score, then as the coverage numbers statements; never who said it. */
export function byCoverage(coverage: Coverage): (a: Scored, b: Scored) => number {
  return (a, b) => b.coverage - a.coverage || b.score - a.score || coverage.compareStatements(a.cluster, b.cluster);
}

/** Statement clusters matching `text`, with the share of its content words each contains. */
export function searchStatements(coverage: Coverage, text: string, among?: ReadonlySet<number>): Scored[] {
  const { terms, corrected } = askedTerms(coverage, text);
  if (terms.length === 0) return [];
  const results: SearchResult[] = coverage.searchStatements(terms.join(' '), { limit: MAX_RESULTS, ...(among ? { among } : {}) });
  const scored: Scored[] = [];
  for (const result of results) {
    const cluster = coverage.cluster(result.id as number);
    if (!cluster) continue;
    const credits = creditsOf(result, corrected);
    scored.push({ cluster, coverage: shareOf(credits, terms), score: result.score, credits, matched: result.terms });
  }
  return scored.sort(byCoverage(coverage));
}

/**
 * What a question's word found only around a statement is worth: "asked
 * about the ferry, she said 'next spring'" answers "did anyone say the ferry
 * would run next spring?" through its sentence, but the statement's own
 * words weigh more.
 */
export const CONTEXT = PARTIAL;

/**
 * Statements matching `text` by their own words or by the sentences around
 * them: a word found only in the sentence a statement stands in counts
 * `contextCredit`, only in the sentence before it CONTEXT times that.
 * Polarity is judged on the statement's own words (`matched`), never on its
 * context.
 */
export function searchWithContext(coverage: Coverage, text: string, contextCredit: number = CONTEXT): Scored[] {
  const { terms, corrected } = askedTerms(coverage, text);
  if (terms.length === 0) return [];
  const own = new Map(searchStatements(coverage, text).map((s) => [s.cluster.id, s]));
  const fromContext = new Map<number, Map<string, number>>();
  for (const result of coverage.searchSentences(terms.join(' '), { limit: MAX_RESULTS })) {
    const credits = creditsOf(result, corrected);
    for (const { cluster, own: near } of coverage.contextOf(result.id as number)) {
      const worth = near ? contextCredit : contextCredit * CONTEXT;
      const best = fromContext.get(cluster) ?? new Map<string, number>();
      for (const [term, credit] of credits) best.set(term, Math.max(best.get(term) ?? 0, credit * worth));
      fromContext.set(cluster, best);
    }
  }
  const scored: Scored[] = [...own.values()];
  // Each statement's place in `scored`, for those found by their own words: replaced there when context adds to them.
  const placeOf = new Map([...own.keys()].map((id, place) => [id, place]));
  for (const [id, context] of fromContext) {
    const known = own.get(id);
    const cluster = known?.cluster ?? coverage.cluster(id);
    if (!cluster) continue;
    const credits = new Map(known?.credits ?? []);
    for (const [term, credit] of context) credits.set(term, Math.max(credits.get(term) ?? 0, credit));
    const entry: Scored = { cluster, coverage: shareOf(credits, terms), score: known?.score ?? 0, credits, matched: known?.matched ?? [] };
    if (known) scored[placeOf.get(id) as number] = entry;
    else scored.push(entry);
  }
  return scored.sort(byCoverage(coverage));
}

/** The statement's own terms a question term matched: the very term, else the words it is a typo or the start of. */
function matchedBy(term: string, matched: readonly string[]): string[] {
  if (matched.includes(term)) return [term];
  return matched.filter((word) => word.startsWith(term) || editDistance(term, word, 2) <= 2);
}

/**
 * Whether a statement affirms (or denies) each word it shares with the
 * question as the question does: "it is a toll, not a tax" is not answered
 * by "it is not a toll, it is a tax", though both deny something.
 */
function agrees(coverage: Coverage, scored: Scored, asked: Asked): boolean {
  const pairs = [...scored.credits].filter(([, credit]) => credit > 0).map(([term]) => [term, matchedBy(term, scored.matched)] as const);
  const said = readingOf(coverage.normaliser, scored.cluster);
  return samePolarity(asked.polarity, said.polarity, pairs) && sameDirection(asked.directions, said.directions, pairs);
}

/**
 * Statements' readings, kept while their clusters are (per normaliser: it decides the terms): a statement
 * carried by many outlets is read in each one's wording, and the same statements are weighed question
 * after question, and again in each round of an answer whose store fetches as it goes.
 */
const readings = new WeakMap<Normaliser, WeakMap<QuoteCluster, TextReading>>();

function readingOf(normaliser: Normaliser, cluster: QuoteCluster): TextReading {
  let byCluster = readings.get(normaliser);
  if (!byCluster) readings.set(normaliser, (byCluster = new WeakMap()));
  let reading = byCluster.get(cluster);
  if (!reading) byCluster.set(cluster, (reading = readText(normaliser, [...new Set(cluster.occurrences.map((o) => o.text))].join('\n'))));
  return reading;
}

/** How a question says its words: affirmed or denied, and which way they change. */
type Asked = TextReading;

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
  const asked: Asked = readText(coverage.normaliser, text);
  const found: Scored[] = [];
  const opposite: Scored[] = [];
  // Close behind the best statement, whichever way it goes: when the one that holds every word says the
  // opposite, a statement holding a few of them is no answer. In coverage order, so the weighing stops early.
  const floor = Math.max(MATCH, (scored[0]?.coverage ?? 0) - 0.25);
  const terms = queryTerms(coverage, text);
  for (const s of scored) {
    if (s.coverage < floor || found.length >= MAX_QUOTES) break;
    if (absent(s.credits, terms) > absenceAllowed(terms.length)) continue;
    if (agrees(coverage, s, asked)) found.push(s);
    else if (found.length === 0 && opposite.length < MAX_OPPOSITE) opposite.push(s);
  }
  return { found, opposite: found.length > 0 ? [] : opposite };
}
