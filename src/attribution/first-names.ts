/**
 * Given names and the gender they usually carry, from a well-kept list of
 * about 100,000 first names in six languages (gender-detection-from-name).
 * A known given name is also the best sign that a capitalised pair of words
 * names a person ("Jane Roe") rather than a firm or a place.
 */
import { getGender } from 'gender-detection-from-name';

export type Gender = 'm' | 'f';

/** The gender a given name usually carries, or undefined when the list does not know it. */
export function firstNameGender(word: string): Gender | undefined {
  const guess = getGender(word.toLowerCase());
  return guess === 'male' ? 'm' : guess === 'female' ? 'f' : undefined;
}

export function isGivenName(word: string): boolean {
  return firstNameGender(word) !== undefined;
}
