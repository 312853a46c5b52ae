/**
 * Small lower-case words inside personal names ("Anna van Dijk", "Omar bin
 * Sami", "Luc de la Rive"): a name goes on across them.
 */

/** Particles written as words of their own inside a name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'abu', 'de', 'del', 'da', 'di', 'du', 'der', 'van', 'von', 'le', 'la',
]);

/** Particles also written joined to the name by a hyphen ("al-Sami", "ibn-Rashid"). */
export const JOINED_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'abu']);

/** Whether a word is a joined particle and its name ("al-Sami"). */
export function hasJoinedParticle(word: string): boolean {
  const hyphen = word.indexOf('-');
  return hyphen > 0 && JOINED_PARTICLES.has(word.slice(0, hyphen)) && /^\p{L}/u.test(word.slice(hyphen + 1));
}
