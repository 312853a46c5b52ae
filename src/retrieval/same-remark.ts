/**
 * Whether two statements of one speaker are one remark, however each article
 * words it: a quotation and its paraphrase, words added or dropped ("Yes, the
 * ferry will run all winter" and "the ferry would run all winter"), a partial
 * quotation of it ("said the ferry would run "all winter""), or an article's
 * "that was the idea from the start" said straight after the remark it
 * points back to. Different remarks on one topic share the topic's words, so
 * words weigh by how rare they are among the statements: two statements are
 * one remark when they share most of the weight of the smaller one.
 */
import { directionOf } from '../language/directions.js';
import { MONTHS, WEEKDAYS } from '../language/time.js';
import type { Normaliser } from './normalise.js';

/** Share of the smaller statement's distinct terms that, found in another article's statement, makes them one remark whatever the terms weigh. */
export const SAME_WORDS_SHARE = 0.6;
/** Share of the smaller statement's word weight the two must share. */
export const SAME_REMARK_SHARE = 0.5;
/**
 * The share two statements must reach when the smaller names one number the
 * other does not: a figure changed in a statement worded alike is one remark
 * told two ways. Two or more numbers not in the other make another remark,
 * whatever the share: a weekly report's sentence filled with this week's
 * figures, however many words and figures ("60-kilo bags") the weeks share.
 */
const FIGURES_SHARE = 0.8;
/** Statements with fewer distinct terms are one remark only word for word, or by a partial quotation. */
const MIN_TERMS = 3;
/**
 * A partial quotation ties a statement to another holding its words when they
 * are rare: held by at most this share of the statements (a scare-quoted
 * common word ties nothing).
 */
const RARE_SHARE = 0.1;
/** ... and by at most this many: in a large archive a tenth of the statements is thousands ("important" is not rare). */
const MAX_RARE_HOLDERS = 50;
/** Below this many statements, weights are those of a coverage this size: in a handful of statements, every word is "rare". */
const MIN_DOCUMENTS = 20;
/**
 * Days apart beyond which two statements' articles tell of other occasions:
 * outlets carry a remark within days, and the same thing in other words
 * months later is the speaker saying it again. The same words, or a partial
 * quotation of them, still join (a remark quoted again as background).
 */
const MAX_DAYS_APART = 7;
const DAY_MS = 86_400_000;
/** Characters between a remark and a statement pointing back to it ("He said that was the plan"). */
const CONTINUATION_GAP = 300;

/** How much each search term weighs: log(1 + statements / statements holding it). */
export interface TermWeights {
  weightOf(term: string): number;
  /** The weight of a term held by RARE_SHARE of the statements, or MAX_RARE_HOLDERS if fewer: a partial quotation's words must weigh this much. */
  readonly rare: number;
}

/**
 * Weights of terms from how many statements hold each.
 *
 * @example
 * const weights = termWeights((term) => holding.get(term) ?? 0, 500);
 * weights.weightOf('ferry') > weights.weightOf('council'); // when fewer statements say "ferry"
 */
export function termWeights(holding: (term: string) => number, statements: number): TermWeights {
  const documents = Math.max(statements, MIN_DOCUMENTS);
  return {
    weightOf: (term) => Math.log(1 + documents / Math.max(1, holding(term))),
    rare: Math.max(Math.log(1 + 1 / RARE_SHARE), Math.log(1 + documents / MAX_RARE_HOLDERS)),
  };
}

/** The weights of terms among `texts` (each counted once a text), and `earlier` statements counted already (a stored coverage's). */
export function weightsAmong(texts: readonly string[], normaliser: Normaliser, earlier?: { holding: (term: string) => number; statements: number }): TermWeights {
  const holding = new Map<string, number>();
  for (const text of texts) for (const term of new Set(normaliser.terms(text))) holding.set(term, (holding.get(term) ?? 0) + 1);
  return termWeights((term) => (holding.get(term) ?? 0) + (earlier?.holding(term) ?? 0), texts.length + (earlier?.statements ?? 0));
}

/**
 * A term without one plural or verb ending, so "harbours" meets "harbour",
 * "planned" and "planning" meet "plans", "taxes" meets "tax", "killed" meets
 * "kills"; "-es" goes only after ss, x, z, ch or sh ("fares" is "fare", not "far").
 */
export function stemOf(term: string): string {
  if (term.length <= 4 || /\d/.test(term)) return term;
  if (term.endsWith('ies')) return `${term.slice(0, -3)}y`;
  if (/(?:ss|x|z|ch|sh)es$/.test(term)) return term.slice(0, -2);
  const ending = /(?:ing|ed)$/.exec(term);
  if (ending) {
    const stem = term.slice(0, -ending[0].length);
    // "planned", "stopping": a doubled consonant before the ending is one; not l, s or z ("killed", "passed") nor in a short word ("added").
    return stem.length > 3 && /([b-df-hj-km-rt-y])\1$/.test(stem) ? stem.slice(0, -1) : stem;
  }
  return /[^s]s$/.test(term) ? term.slice(0, -1) : term;
}

/** A statement as comparing needs it. */
export interface RemarkShape {
  articleId: string;
  start: number;
  end: number;
  /** Lower case: the same words are one remark whatever else. */
  lower: string;
  /** Distinct terms, each with its stem and weight. */
  terms: { stem: string; weight: number }[];
  stems: Set<string>;
  /** The distinct terms as the normaliser gives them. */
  plain: ReadonlySet<string>;
  /** The terms of the text in order, for finding a partial quotation's words in it. */
  sequence: string[];
  /**
   * The words it quotes within a paraphrase ("said the plan was "bold and
   * overdue""), as terms in order: a quotation gives the words as said, so
   * "interesting" does not quote "interest rates".
   */
  fragments: string[][];
  /** It reports, opening by pointing back at what was just said ("that was the idea from the start"). */
  pointsBack: boolean;
  /** The months, weekdays and years it names, lower case. */
  times: string[];
  /** Which way it says something went: 1 up ("rose"), -1 down ("fell"), 0 neither or both. */
  direction: 1 | -1 | 0;
  /** The day its article was published (days since 1970), or null when not on record. */
  day: number | null;
  weight: number;
}

/** Words within quotation marks inside a statement, straight or curly. */
const QUOTED = /["“”]([^"“”]+)["“”]/g;
/**
 * The months, weekdays and years a text names, lower case: capitalised words
 * after its first (not "May" opening a sentence, nor the verb "may").
 */
function timesNamed(text: string): string[] {
  const times: string[] = [];
  for (const match of text.matchAll(/\b(?:\p{Lu}\p{Ll}+|(?:19|20)\d\d)\b/gu)) {
    const word = match[0].toLowerCase();
    if ((match.index ?? 0) > 0 && (MONTHS.includes(word) || WEEKDAYS.has(word) || /^\d{4}$/.test(word))) times.push(word);
  }
  return times;
}

const POINTS_BACK = /^(?:that|this)(?:\s+(?:has|had|is|was|will|would)\b|['’]s\b)/i;

/** The day of a publication date ("2026-03-02", an ISO time: its date as written, whatever the zone), or null. */
function dayOf(published: string | null | undefined): number | null {
  const written = published ? (/^\d{4}-\d{2}-\d{2}/.exec(published)?.[0] ?? published) : null;
  const ms = written ? Date.parse(written) : NaN;
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

export function remarkShape(
  statement: { articleId: string; start: number; end: number; text: string; kind: string },
  normaliser: Normaliser,
  weights: TermWeights,
  published?: string | null,
): RemarkShape {
  const all = normaliser.terms(statement.text);
  const plain = new Set(all);
  const terms = [...plain].map((term) => ({ stem: stemOf(term), weight: weights.weightOf(term) }));
  const fragments = statement.kind === 'direct' ? [] : [...statement.text.matchAll(QUOTED)].map((match) => normaliser.terms(match[1] ?? '')).filter((words) => words.length > 0);
  return {
    articleId: statement.articleId,
    start: statement.start,
    end: statement.end,
    lower: statement.text.toLowerCase(),
    terms,
    stems: new Set(terms.map((term) => term.stem)),
    plain,
    sequence: all,
    fragments,
    pointsBack: statement.kind === 'indirect' && POINTS_BACK.test(statement.text.trim()),
    times: timesNamed(statement.text),
    direction: directionIn(statement.text),
    day: dayOf(published),
    weight: terms.reduce((sum, term) => sum + term.weight, 0),
  };
}

/** The weight of `a`'s terms that `b` holds too. */
function sharedWeight(a: RemarkShape, b: RemarkShape): number {
  let shared = 0;
  for (const term of a.terms) if (b.stems.has(term.stem)) shared += term.weight;
  return shared;
}

/** The share of `a`'s word weight that `b` holds too (0 for a statement of no words). */
export function wordingShare(a: RemarkShape, b: RemarkShape): number {
  return a.weight > 0 ? sharedWeight(a, b) / a.weight : 0;
}

/** Whether `run` stands in `sequence`, word after word. */
function holdsRun(sequence: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= sequence.length; start++) {
    if (run.every((stem, k) => sequence[start + k] === stem)) return true;
  }
  return false;
}

/** Whether `a` quotes words of `b` that are rare enough to tie them (see RARE_SHARE). */
function quotesFrom(a: RemarkShape, b: RemarkShape, weights: TermWeights): boolean {
  return a.fragments.some((fragment) => {
    if (!holdsRun(b.sequence, fragment)) return false;
    const weight = a.terms.filter((term) => fragment.some((word) => stemOf(word) === term.stem)).reduce((sum, term) => Math.max(sum, term.weight), 0);
    return weight >= weights.rare;
  });
}

/** Whether the two name times and name none alike ("in February", "in May"): a monthly figure is another remark each month. */
function namesOtherTimes(a: RemarkShape, b: RemarkShape): boolean {
  return a.times.length > 0 && b.times.length > 0 && !a.times.some((time) => b.times.includes(time));
}

/** Which way a text says something went: 1 when its words say only up, -1 only down, else 0. */
function directionIn(text: string): 1 | -1 | 0 {
  const ways = new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).map(directionOf).filter((way) => way !== 0));
  return ways.size === 1 ? ([...ways][0] as 1 | -1) : 0;
}

/** Whether the two say things went opposite ways ("rose", "fell"): other remarks, however alike their words. */
function opposite(a: RemarkShape, b: RemarkShape): boolean {
  return a.direction * b.direction === -1;
}

/** How many numbers the lighter of the two names that the other does not. */
function otherFigures(a: RemarkShape, b: RemarkShape): number {
  const [small, large] = a.weight <= b.weight ? [a, b] : [b, a];
  return small.terms.filter((term) => /^\d/.test(term.stem) && !large.stems.has(term.stem)).length;
}

/** The share two statements must reach to be one remark (`share` when their numbers agree), as their numbers allow; Infinity when they cannot be. */
function shareNeeded(a: RemarkShape, b: RemarkShape, share: number): number {
  const other = otherFigures(a, b);
  return other === 0 ? share : other === 1 ? FIGURES_SHARE : Infinity;
}

/** Whether their articles were published more than MAX_DAYS_APART apart, their terms not the same: another occasion. */
function otherOccasions(a: RemarkShape, b: RemarkShape): boolean {
  return a.day !== null && b.day !== null && Math.abs(a.day - b.day) > MAX_DAYS_APART && !sameTerms(a, b);
}

/** Whether the two hold the same terms: the same words, punctuation and apostrophes aside. */
function sameTerms(a: RemarkShape, b: RemarkShape): boolean {
  return a.plain.size === b.plain.size && [...a.plain].every((term) => b.plain.has(term));
}

/** Whether `later` points back at `earlier`, said just before it in the same article. */
export function pointsBackTo(later: RemarkShape, earlier: RemarkShape): boolean {
  return later.pointsBack && later.articleId === earlier.articleId && later.start >= earlier.end && later.start - earlier.end <= CONTINUATION_GAP;
}

/**
 * Whether two statements of one speaker in two articles share most of the
 * smaller one's terms, as they are: a wording carried with a few words
 * changed. A statement joins the first group holding one such.
 */
export function sameWords(a: RemarkShape, b: RemarkShape): boolean {
  if (a.articleId === b.articleId || Math.min(a.terms.length, b.terms.length) < MIN_TERMS || namesOtherTimes(a, b) || opposite(a, b) || otherOccasions(a, b)) return false;
  const [small, large] = a.plain.size <= b.plain.size ? [a, b] : [b, a];
  let held = 0;
  for (const term of small.plain) if (large.plain.has(term)) held++;
  const share = held / small.plain.size;
  return share >= shareNeeded(a, b, SAME_WORDS_SHARE) && wordWeightShare(a, b) >= SAME_REMARK_SHARE;
}

/** The share of the lighter statement's word weight, numbers aside (a changed figure weighs as a rare word), that the other holds too. */
function wordWeightShare(a: RemarkShape, b: RemarkShape): number {
  const words = (shape: RemarkShape) => shape.terms.filter((term) => !/^\d/.test(term.stem));
  const weightOf = (terms: readonly { weight: number }[]): number => terms.reduce((sum, term) => sum + term.weight, 0);
  const [small, large] = weightOf(words(a)) <= weightOf(words(b)) ? [a, b] : [b, a];
  const total = weightOf(words(small));
  return total > 0 ? weightOf(words(small).filter((term) => large.stems.has(term.stem))) / total : 0;
}

/**
 * Whether two statements of one speaker are one remark by their words: the
 * same words; a partial quotation of the other's rare words; or, in two
 * articles, most of the weight shared, no time named differently and no
 * change said to go the other way ("rose", "fell"). One
 * article's different statements of one speaker are different remarks
 * unless one quotes the other: an article rarely says one thing twice in
 * other words, and a company's statements in one report share most words.
 */
export function sameRemark(a: RemarkShape, b: RemarkShape, weights: TermWeights): boolean {
  if (a.lower === b.lower) return true;
  if (quotesFrom(a, b, weights) || quotesFrom(b, a, weights)) return true;
  if (a.articleId === b.articleId || Math.min(a.terms.length, b.terms.length) < MIN_TERMS) return false;
  if (namesOtherTimes(a, b) || opposite(a, b) || otherOccasions(a, b)) return false;
  const [small, large] = a.weight <= b.weight ? [a, b] : [b, a];
  return wordingShare(small, large) >= shareNeeded(a, b, SAME_REMARK_SHARE);
}
