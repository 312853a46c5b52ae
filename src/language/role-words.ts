/**
 * The words of a speaker's role as groups are matched against them ("vice
 * president", "former minister"): lower-cased, with a rank joined to the word
 * it qualifies, since a "Vice President" is no president and a "former
 * minister" no minister.
 */

/** Words that make the next one another role: the vice president, the deputy mayor, the former minister. */
const RANKS = /^(?:vice|deputy|assistant|under|former|ex|associate|junior|shadow)$/;

/**
 * A role's or question's words, lower-cased, with a rank joined to the word it qualifies.
 *
 * @example roleWords('Freedonia Vice President') // ['freedonia', 'vice-president']
 */
export function roleWords(text: string): string[] {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    if (RANKS.test(word) && next !== undefined) {
      joined.push(`${word}-${next}`);
      i++;
    } else joined.push(word);
  }
  return joined;
}
