/**
 * Person names: comparing "Tom Varga", "Thomas Varga" and "Varga".
 */

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Courtesy titles written before a name (folded). */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord']);

/** Folded names (and their words) seen lately: the same few names are compared many times per article. */
const FOLDED = new Map<string, string>();
const FOLDED_LIMIT = 20_000;

/** Lower case, no accents, no dots: "Jose Nunez" and "José Núñez" compare equal. */
export function foldName(name: string): string {
  const known = FOLDED.get(name);
  if (known !== undefined) return known;
  const folded = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[.,]/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (FOLDED.size >= FOLDED_LIMIT) FOLDED.clear();
  FOLDED.set(name, folded);
  return folded;
}

const PARTS = new Map<string, readonly string[]>();

/** The words of a name without honorifics or suffixes. */
export function nameParts(name: string): readonly string[] {
  const known = PARTS.get(name);
  if (known !== undefined) return known;
  const parts = foldName(name).split(' ').filter((part) => part !== '');
  while (parts.length > 1 && HONORIFICS.has(parts[0] ?? '')) parts.shift();
  while (parts.length > 1 && SUFFIXES.has(parts[parts.length - 1] ?? '')) parts.pop();
  if (PARTS.size >= FOLDED_LIMIT) PARTS.clear();
  PARTS.set(name, parts);
  return parts;
}

const KEYS = new Map<string, string>();

/** A name's words joined, without honorifics or suffixes: one key for "Mr. Tom Varga" and "Tom Varga". */
export function nameKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = nameParts(name).join(' ');
    if (KEYS.size >= FOLDED_LIMIT) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}

export function surnameOf(name: string): string {
  const parts = nameParts(name);
  return parts[parts.length - 1] ?? '';
}

/** Given names, without middle initials ("joseph r biden" gives ["joseph"]). */
function givenNames(name: string): string[] {
  return nameParts(name)
    .slice(0, -1)
    .filter((part) => part.length > 1);
}

/**
 * Whether two names may be one person: same surname, and first names that
 * match, one a short form of the other ("Tom"/"Tommaso") or nicknames of one
 * another; a bare surname matches any. A short form drops two letters or
 * more: names one letter apart are other names ("Paul"/"Paula", "Jo"/"Joe",
 * "Tim"/"Time").
 */
export function samePerson(a: string, b: string, nicknames: readonly string[][] = []): boolean {
  if (surnameOf(a) !== surnameOf(b) || surnameOf(a) === '') return false;
  const first = givenNames(a)[0];
  const second = givenNames(b)[0];
  if (first === undefined || second === undefined) return true;
  if (first === second || shortFormOf(first, second) || shortFormOf(second, first)) return true;
  return foldedNicknames(nicknames).some((folded) => folded.includes(first) && folded.includes(second));
}

/** Each nickname group as folded first words, made once per configured list (people are compared many times per article). */
const FOLDED_NICKNAMES = new WeakMap<readonly string[][], readonly (string | undefined)[][]>();

function foldedNicknames(nicknames: readonly string[][]): readonly (string | undefined)[][] {
  let folded = FOLDED_NICKNAMES.get(nicknames);
  if (!folded) {
    folded = nicknames.map((group) => group.map((item) => foldName(item).split(' ')[0]));
    FOLDED_NICKNAMES.set(nicknames, folded);
  }
  return folded;
}

/** Whether `short` is `long` cut by two letters or more ("tom" of "tommaso", not "paul" of "paula"). */
const shortFormOf = (short: string, long: string): boolean => long.length - short.length >= 2 && long.startsWith(short);

/** Whether a name has a given name as well as a surname. */
export function isFullName(name: string): boolean {
  return nameParts(name).length >= 2;
}
