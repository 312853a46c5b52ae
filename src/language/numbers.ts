/**
 * Numbers written as words, with the digits they stand for, so that a
 * question and an article meet whichever way each wrote a number ("seven
 * ferries" and "7 ferries"). Only whole words: "seventy-two" is read as
 * "seventy" and "two", and larger spelled-out numbers are rare in news.
 */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ['zero', '0'], ['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['six', '6'], ['seven', '7'],
  ['eight', '8'], ['nine', '9'], ['ten', '10'], ['eleven', '11'], ['twelve', '12'], ['thirteen', '13'], ['fourteen', '14'],
  ['fifteen', '15'], ['sixteen', '16'], ['seventeen', '17'], ['eighteen', '18'], ['nineteen', '19'], ['twenty', '20'],
  ['thirty', '30'], ['forty', '40'], ['fifty', '50'], ['sixty', '60'], ['seventy', '70'], ['eighty', '80'], ['ninety', '90'],
]);

/** Digits grouped by thousands ("1,200", "12,500,000"): the separators go, "1200". */
export function ungroupDigits(term: string): string {
  return /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(term) ? term.replace(/,/g, '') : term;
}
