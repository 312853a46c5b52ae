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

/** Whether a folded word negates ("never", "dont"). */
export function isNegation(folded: string): boolean {
  return NEGATIONS.has(folded);
}
