/**
 * Words that turn a statement into its opposite, folded as the search
 * normaliser folds them (lower case, no apostrophe: "won't" is "wont"). They
 * carry no topic, so they are no search terms, but they decide whether a
 * statement says what a question asks or the opposite ("the depot will not
 * close" against "who said the depot will close?").
 */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'no', 'not', 'never', 'nor', 'neither', 'none', 'nobody', 'nothing', 'nowhere', 'noone', 'cannot',
  'dont', 'doesnt', 'didnt', 'wont', 'wouldnt', 'cant', 'couldnt', 'shouldnt', 'mustnt', 'shant', 'isnt', 'arent',
  'wasnt', 'werent', 'hasnt', 'havent', 'hadnt', 'aint', 'neednt',
]);

/**
 * A negation followed by one of these words affirms rather than denies:
 * "not only ... but", "not just", "not least", "no doubt", "no matter",
 * "no wonder" (the pseudo-negations of clinical negation finders).
 */
const PSEUDO_NEGATIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['not', new Set(['only', 'just', 'least'])],
  ['no', new Set(['doubt', 'matter', 'wonder'])],
]);

/**
 * Words that open another clause, where a negation before them stops bearing
 * on what follows: "the ferry will not run, but the bus will", "it did not
 * rain although the sky was grey".
 */
export const SCOPE_ENDS: ReadonlySet<string> = new Set(['but', 'however', 'although', 'though', 'whereas', 'while', 'unless', 'except', 'instead']);

/**
 * A subject pronoun with its verb in one word ("it's", "they're") opens a
 * clause: "it's not a toll it's a tax" denies the toll only. Lower case,
 * with a straight apostrophe; typed without it too where that is no other
 * word ("theyre", but not "its", "well" or "shell").
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "it's", "that's", "there's", "here's", "he's", "she's", "they're", "you're", "we're", "i'm", "what's",
  "i've", "we've", "they've", "you've", "i'll", "we'll", "they'll", "you'll", "it'll", "he'll", "she'll",
  'thats', 'theres', 'hes', 'shes', 'theyre', 'youre', 'im', 'whats', 'ive', 'weve', 'theyve', 'youve', 'theyll', 'youll', 'itll',
]);

/**
 * Verbs whose denial carries into the clause they introduce ("I don't think
 * we will win" denies the win): after them, a pronoun opens no new clause.
 */
export const RAISING_VERBS: ReadonlySet<string> = new Set(['think', 'believe', 'expect', 'suppose', 'imagine', 'reckon', 'guess', 'feel', 'want', 'anticipate']);

/** Whether a folded word negates ("never", "dont"). */
export function isNegation(folded: string): boolean {
  return NEGATIONS.has(folded);
}

/** Whether a negation is only the start of a phrase that affirms ("not only", "no doubt"), given the folded word after it. */
export function isPseudoNegation(folded: string, next: string): boolean {
  return PSEUDO_NEGATIONS.get(folded)?.has(next) === true;
}
