/**
 * Whether words are said or denied: a question and a statement agree only
 * when both affirm or both deny what they share. "Who said the ferry will
 * run?" is not answered by "the ferry will not run"; that statement says the
 * opposite. Pure functions over text.
 */
import { isNegation } from '../language/negations.js';
import { foldTerm, type Normaliser } from '../retrieval/normalise.js';

/**
 * How far before the first shared word a negation still bears on it, within
 * its clause: "there will be no ferry" (the "no" two words before "ferry").
 */
export const NEGATION_REACH = 3;

/** Clause breaks: punctuation, but not the point or comma inside a number ("0.4", "1,200"). */
const CLAUSE_BREAK = /[;:!?—–()"“”]|[.,](?!\d)/;

/** Whether the text denies anything: any negation in it ("the mill will never reopen"). */
export function isNegative(text: string): boolean {
  return (text.match(/[\p{L}'’]+/gu) ?? []).some((word) => isNegation(foldTerm(word)));
}

interface Word {
  term: string | null;
  negation: boolean;
  clause: number;
}

function wordsOf(normaliser: Normaliser, text: string): Word[] {
  return text.split(CLAUSE_BREAK).flatMap((clause, index) =>
    normaliser.tokenize(clause).map((token) => ({ term: normaliser.processTerm(token), negation: isNegation(foldTerm(token)), clause: index })),
  );
}

/**
 * Whether a statement denies the words it shares with a question: a negation
 * from just before the first shared word to the last.
 *
 * @param shared the search terms the question and statement share
 * @example negatedAround(n, 'Yes, the ferry will run, but not daily', new Set(['ferry', 'run'])) // false
 * @example negatedAround(n, 'The ferry will not run again', new Set(['ferry', 'run'])) // true
 */
export function negatedAround(normaliser: Normaliser, text: string, shared: ReadonlySet<string>): boolean {
  const words = wordsOf(normaliser, text);
  const first = new Map<string, number>();
  words.forEach((word, index) => {
    if (word.term && shared.has(word.term) && !first.has(word.term)) first.set(word.term, index);
  });
  if (first.size === 0) return false;
  const positions = [...first.values()];
  const to = Math.max(...positions);
  let from = Math.min(...positions);
  const clause = words[from]?.clause;
  for (let step = 0; step < NEGATION_REACH && from > 0 && words[from - 1]?.clause === clause; step++) from--;
  return words.slice(from, to + 1).some((word) => word.negation);
}
