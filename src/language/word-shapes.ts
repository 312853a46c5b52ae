/**
 * A quick "could this word be one of these?" for loops that look up every
 * token of every sentence: a word's length and first and last characters,
 * packed in a number. Most words of a text have a shape no listed word has,
 * and are passed over without hashing the word; a word whose shape is listed
 * still goes to the real look-up, so the answer never changes.
 */

/** The shape of a word: its length (up to 31) and its first and last characters (their low seven bits). */
function shapeOf(word: string): number {
  if (word.length === 0) return 0;
  return Math.min(word.length, 31) | ((word.charCodeAt(0) & 0x7f) << 5) | ((word.charCodeAt(word.length - 1) & 0x7f) << 12);
}

/**
 * @example
 * const mightBeVerb = wordShapes(['say', 'said']);
 * mightBeVerb('sly'); // true: the shape of "say" (the real look-up then says no)
 * mightBeVerb('tax'); // false: no listed word starts with "t"
 */
export function wordShapes(words: Iterable<string>): (word: string) => boolean {
  const shapes = new Set<number>();
  for (const word of words) shapes.add(shapeOf(word));
  return (word) => shapes.has(shapeOf(word));
}
