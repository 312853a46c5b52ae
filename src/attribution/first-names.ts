/**
 * Given names and the gender they usually carry, from a well-kept list of
 * about 100,000 first names in six languages (gender-detection-from-name).
 * A known given name is also the best sign that a capitalised pair of words
 * names a person ("Jane Roe") rather than a firm or a place.
 */
import { getGender } from 'gender-detection-from-name';

export type Gender = 'm' | 'f';

/** Words already looked up (null: not a known given name); the list's own look-up tries six languages each time. */
const GUESSES = new Map<string, Gender | null>();
const GUESSES_LIMIT = 20_000;

/** The same answers by the word as written: most callers pass a token's text, asked again and again, so no lower-case copy is made each time. */
const BY_WRITTEN = new Map<string, Gender | null>();

/** The gender a given name usually carries, or undefined when the list does not know it. */
export function firstNameGender(word: string): Gender | undefined {
  const written = BY_WRITTEN.get(word);
  if (written !== undefined) return written ?? undefined;
  const gender = genderOfLowerCase(word.toLowerCase());
  if (BY_WRITTEN.size >= GUESSES_LIMIT) BY_WRITTEN.clear();
  BY_WRITTEN.set(word, gender ?? null);
  return gender;
}

function genderOfLowerCase(lower: string): Gender | undefined {
  const known = GUESSES.get(lower);
  if (known !== undefined) return known ?? undefined;
  const guess = getGender(lower);
  const gender = guess === 'male' ? 'm' : guess === 'female' ? 'f' : null;
  if (GUESSES.size >= GUESSES_LIMIT) GUESSES.clear();
  GUESSES.set(lower, gender);
  return gender ?? undefined;
}

export function isGivenName(word: string): boolean {
  return firstNameGender(word) !== undefined;
}
