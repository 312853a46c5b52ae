/**
 * Whether words are said or denied, and which way they change: a question
 * and a statement agree when both deny some word they share or neither does,
 * when no word one surely denies is one the other only affirms, and when the
 * words they share do not change the other way. "Who said the ferry will
 * run?" is not answered by "the ferry will not run" (the opposite); nor is
 * "who said it is a toll, not a tax?" by "it is not a toll, it is a tax"
 * (both deny, but not the same words); nor "who said fares must be
 * increased?" by "a reduction of fares". Pure functions over text.
 */
import { FINITE_AUXILIARIES, SUBJECT_PRONOUNS } from '../attribution/lexicon.js';
import { CLAUSE_OPENERS, isNegation, isPseudoNegation, RAISING_VERBS, SCOPE_ENDS } from '../language/negations.js';
import { directionOf } from '../language/directions.js';
import { foldTerm, type Normaliser } from '../retrieval/normalise.js';

/** Clause breaks: punctuation, but not the point or comma inside a number ("0.4", "1,200"). */
const CLAUSE_BREAK = /[;:!?—–()"“”\n]|[.,](?!\d)/;

/** How many search terms after a negation it bears on for certain: "not a toll road" denies "toll" and "road". */
export const NEGATION_REACH = 2;

/** How a text says one of its terms, over all the places it stands. */
export interface TermPolarity {
  /** Every occurrence under a negation earlier in its clause. */
  denied: boolean;
  /** Every occurrence among the first NEGATION_REACH terms after a negation: what the negation is surely about. */
  surelyDenied: boolean;
  /** No occurrence under a negation. */
  affirmed: boolean;
}

/** A clause as read once: its tokens, each folded, and each one's search term (null for none). */
interface ClauseReading {
  tokens: readonly string[];
  folded: readonly string[];
  terms: readonly (string | null)[];
}

/** The clauses of `text`, each token folded and processed once for both readings below. */
function readClauses(normaliser: Normaliser, text: string): ClauseReading[] {
  return text.split(CLAUSE_BREAK).map((clause) => {
    const tokens = normaliser.tokenize(clause);
    return { tokens, folded: tokens.map(foldTerm), terms: tokens.map((token) => normaliser.processTerm(token)) };
  });
}

/** Whether the word before (or before "that") is a verb carrying a denial on ("don't think we will"). */
function raised(folded: readonly string[], index: number): boolean {
  const before = folded[index - 1] ?? '';
  return RAISING_VERBS.has(before) || (before === 'that' && RAISING_VERBS.has(folded[index - 2] ?? ''));
}

/**
 * Whether a word opens a clause: a pronoun with its verb in one word
 * ("it's"), or a subject pronoun before a verb ("it is", "they raised"),
 * never an object ("would not give you the pier").
 */
function opensClause(clause: ClauseReading, index: number): boolean {
  const word = (clause.tokens[index] ?? '').toLowerCase().replace(/’/g, "'");
  if (CLAUSE_OPENERS.has(word)) return true;
  const next = clause.folded[index + 1] ?? '';
  // "its" typed for "it's" before an article or a negation ("its not a toll its a tax"); else a possessive ("its fares").
  if (word === 'its') return /^(?:a|an|the|not|no|never)$/.test(next);
  return SUBJECT_PRONOUNS.has(word) && (FINITE_AUXILIARIES.has(next) || /ed$/.test(next));
}

/**
 * Each search term of a text and how the text says it. A negation bears on
 * the rest of its clause, up to a word that opens another ("but",
 * "although", "it's"); a phrase such as "not only" or "no doubt" denies nothing.
 *
 * @example polarityOf(n, 'The ferry will not run, but the bus will').get('run') // { denied: true, surelyDenied: true, affirmed: false }
 */
export function polarityOf(normaliser: Normaliser, text: string): Map<string, TermPolarity> {
  return polarityOfClauses(readClauses(normaliser, text));
}

function polarityOfClauses(clauses: readonly ClauseReading[]): Map<string, TermPolarity> {
  const polarity = new Map<string, TermPolarity>();
  for (const clause of clauses) {
    let negated = false;
    let after = 0;
    clause.folded.forEach((folded, index) => {
      if (SCOPE_ENDS.has(folded) || (opensClause(clause, index) && !raised(clause.folded, index))) negated = false;
      else if (isNegation(folded) && !isPseudoNegation(folded, clause.folded[index + 1] ?? '')) {
        negated = true;
        after = 0;
      }
      const term = clause.terms[index];
      if (!term) return;
      const sure = negated && after < NEGATION_REACH;
      if (negated) after++;
      const known = polarity.get(term);
      polarity.set(term, {
        denied: (known?.denied ?? true) && negated,
        surelyDenied: (known?.surelyDenied ?? true) && sure,
        affirmed: (known?.affirmed ?? true) && !negated,
      });
    });
  }
  return polarity;
}

/**
 * Whether a statement affirms or denies what it shares with a question as the
 * question does: both deny some shared word or neither does, and no word one
 * surely denies is one the other only affirms. "Who said it is a toll, not a
 * tax?" is not answered by "It is not a toll, it is a tax".
 *
 * @param pairs each shared word: its term in the question, and its terms in the statement
 */
export function samePolarity(
  question: ReadonlyMap<string, TermPolarity>,
  statement: ReadonlyMap<string, TermPolarity>,
  pairs: readonly (readonly [string, readonly string[]])[],
): boolean {
  let askedDenies = false;
  let saidDenies = false;
  for (const [asked, words] of pairs) {
    const q = question.get(asked);
    const said = words.flatMap((word) => statement.get(word) ?? []);
    if (!q || said.length === 0) continue;
    const s: TermPolarity = {
      denied: said.every((p) => p.denied),
      surelyDenied: said.every((p) => p.surelyDenied),
      affirmed: said.every((p) => p.affirmed),
    };
    askedDenies ||= q.denied;
    saidDenies ||= s.denied;
    if ((q.surelyDenied && s.affirmed) || (s.surelyDenied && q.affirmed)) return false;
  }
  return askedDenies === saidDenies;
}

/** How many words from a term a word of change still bears on it, within its clause: "subsidies must be increased". */
export const DIRECTION_REACH = 3;

/**
 * Which ways a text says each of its terms changes: the nearest word of
 * change ("increase", "reduction") within DIRECTION_REACH words of each
 * occurrence, in its clause. Words of change themselves are left out.
 *
 * @example directionsOf(n, 'a reduction of subsidies').get('subsidies') // Set { -1 }
 */
export function directionsOf(normaliser: Normaliser, text: string): Map<string, Set<1 | -1>> {
  return directionsOfClauses(readClauses(normaliser, text));
}

function directionsOfClauses(clauses: readonly ClauseReading[]): Map<string, Set<1 | -1>> {
  const directions = new Map<string, Set<1 | -1>>();
  for (const clause of clauses) {
    const ways = clause.folded.map(directionOf);
    clause.terms.forEach((term, index) => {
      if (ways[index] !== 0 || !term) return;
      for (let distance = 1; distance <= DIRECTION_REACH; distance++) {
        const way = ways[index - distance] || ways[index + distance];
        if (!way) continue;
        const set = directions.get(term) ?? new Set<1 | -1>();
        set.add(way);
        directions.set(term, set);
        break;
      }
    });
  }
  return directions;
}

/** How a text says its terms, both ways at once: each clause is tokenised and folded a single time. */
export interface TextReading {
  polarity: Map<string, TermPolarity>;
  directions: Map<string, Set<1 | -1>>;
}

export function readText(normaliser: Normaliser, text: string): TextReading {
  const clauses = readClauses(normaliser, text);
  return { polarity: polarityOfClauses(clauses), directions: directionsOfClauses(clauses) };
}

/**
 * Whether a statement changes the words it shares with a question the same
 * way: not when more of the shared words go the other way than the same way
 * ("who said subsidies must be increased?" against "a reduction of subsidies").
 *
 * @param pairs each shared word: its term in the question, and its terms in the statement
 */
export function sameDirection(
  question: ReadonlyMap<string, ReadonlySet<1 | -1>>,
  statement: ReadonlyMap<string, ReadonlySet<1 | -1>>,
  pairs: readonly (readonly [string, readonly string[]])[],
): boolean {
  let same = 0;
  let other = 0;
  for (const [asked, words] of pairs) {
    const ways = question.get(asked);
    if (!ways || ways.size !== 1) continue;
    const said = new Set(words.flatMap((word) => [...(statement.get(word) ?? [])]));
    if (said.size === 0) continue;
    if ([...ways].some((way) => said.has(way))) same++;
    else other++;
  }
  return other <= same;
}
