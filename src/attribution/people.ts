/**
 * The people of one article, from its name index: which full name a surname
 * (or a family name written first) stands for at a given point, whether an
 * occurrence names a person at all, and the gender the text or the first
 * name shows.
 */
import { firstNameGender, isGivenName, type Gender } from './first-names.js';
import type { Span } from '../corpus/types.js';
import type { NameOccurrence, SentenceGender } from './name-index.js';
import { nameKey, nameParts } from './names.js';

export interface People {
  occurrences: readonly NameOccurrence[];
  /** The occurrences of each sentence, in order. */
  bySentence: ReadonlyMap<number, readonly NameOccurrence[]>;
  /** Occurrences that name a person with a given name as well as a surname. */
  full: readonly NameOccurrence[];
  /** Those occurrences by surname, in text order, and the full names (folded) by their first word. */
  bySurname: ReadonlyMap<string, readonly NameOccurrence[]>;
  byGiven: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** How often each full name (folded) is written. */
  timesNamed: ReadonlyMap<string, number>;
  /** Full names (folded) written at least once with a title or role ("leader Ouyang Lin"). */
  roled: ReadonlySet<string>;
  /** Names of three words or more by each shorter ending of two words or more ("ruiz soto" for "Ana Ruiz Soto"), in text order. */
  bySuffix: ReadonlyMap<string, readonly NameOccurrence[]>;
  /** Names (folded) the text puts after "in" or "across": places, never people. */
  places: ReadonlySet<string>;
  /** Gender the text shows (courtesy titles, then pronouns), by full name (folded). */
  shown: ReadonlyMap<string, Gender>;
  /** Names (folded) the attribution found as speakers. */
  speakers: ReadonlySet<string>;
  /** For a surname two people share, the index in `bySurname` of the first occurrence of the second person. */
  secondPerson: ReadonlyMap<string, number>;
  sentences: readonly SentenceGender[];
}

/** What `fullNameAt` and `personNamed` read. */
type FullNames = Pick<People, 'occurrences' | 'bySurname' | 'byGiven' | 'bySuffix' | 'timesNamed' | 'roled' | 'speakers' | 'secondPerson'>;

const key = nameKey;

/** Whether a name of two words or more is a person's: a known given name, a courtesy title, or a title or role written with it. */
function isPersonName(occurrence: NameOccurrence, speakers: ReadonlySet<string>, places: ReadonlySet<string>): boolean {
  const parts = nameParts(occurrence.name);
  if (parts.length < 2 || occurrence.body || places.has(key(occurrence.name))) return false;
  if (occurrence.titled || speakers.has(key(occurrence.name))) return true;
  // "Adaeze Varga ... Varga said": a surname that speaks makes its full name a person's.
  if (!occurrence.determined && !occurrence.initial && speakers.has(parts[parts.length - 1] ?? '')) return true;
  return isGivenName(parts[0] ?? '') && !occurrence.determined;
}

/**
 * The gender the text shows for each person: a courtesy title, else the
 * pronouns of the sentences the person opens as subject (and of the next
 * sentence when it names nobody), when one kind clearly outnumbers the other.
 */
function shownGenders(people: FullNames & Pick<People, 'occurrences' | 'sentences'>): Map<string, Gender> {
  const shown = new Map<string, Gender>();
  const counts = new Map<string, { he: number; she: number }>();
  const named = new Set(people.occurrences.filter((o) => !o.quoted).map((o) => o.sentence));
  let lastSentence = -1;
  for (const occurrence of people.occurrences) {
    const name = personNamed(people, occurrence);
    if (!name) continue;
    if (occurrence.gender) shown.set(key(name), occurrence.gender);
    if (occurrence.quoted || occurrence.oblique || occurrence.sentence === lastSentence) continue;
    lastSentence = occurrence.sentence;
    const tally = counts.get(key(name)) ?? { he: 0, she: 0 };
    for (const sentence of [occurrence.sentence, occurrence.sentence + 1]) {
      if (sentence !== occurrence.sentence && named.has(sentence)) break;
      tally.he += people.sentences[sentence]?.he ?? 0;
      tally.she += people.sentences[sentence]?.she ?? 0;
    }
    counts.set(key(name), tally);
  }
  for (const [name, { he, she }] of counts) {
    if (shown.has(name)) continue;
    if (he >= 2 * she + 1) shown.set(name, 'm');
    else if (she >= 2 * he + 1) shown.set(name, 'f');
  }
  return shown;
}

/**
 * @param speakers names the attribution found as speakers: people whatever their given names
 */
export function peopleOf(occurrences: readonly NameOccurrence[], sentences: readonly SentenceGender[], speakers: readonly string[] = []): People {
  const named = new Set(speakers.map(key));
  const places = placesOf(occurrences);
  const full = occurrences.filter((o) => isPersonName(o, named, places));
  const bySentence = new Map<number, NameOccurrence[]>();
  const bySurname = new Map<string, NameOccurrence[]>();
  const byGiven = new Map<string, Map<string, string>>();
  for (const occurrence of occurrences) push(bySentence, occurrence.sentence, occurrence);
  const bySuffix = new Map<string, NameOccurrence[]>();
  const timesNamed = new Map<string, number>();
  const roled = new Set<string>();
  for (const occurrence of full) {
    timesNamed.set(key(occurrence.name), (timesNamed.get(key(occurrence.name)) ?? 0) + 1);
    if (occurrence.titled || occurrence.titles.length > 0) roled.add(key(occurrence.name));
    const parts = nameParts(occurrence.name);
    push(bySurname, parts[parts.length - 1] ?? '', occurrence);
    for (let from = 1; from <= parts.length - 2; from++) push(bySuffix, parts.slice(from).join(' '), occurrence);
    const given = byGiven.get(parts[0] ?? '') ?? new Map<string, string>();
    byGiven.set(parts[0] ?? '', given.set(key(occurrence.name), occurrence.name));
  }
  const secondPerson = new Map<string, number>();
  for (const [surname, list] of bySurname) {
    const first = key(list[0]?.name ?? '');
    const other = list.findIndex((o) => key(o.name) !== first);
    if (other > 0) secondPerson.set(surname, other);
  }
  const partial = { occurrences, full, bySurname, byGiven, bySuffix, timesNamed, roled, sentences, bySentence, places, speakers: named, secondPerson };
  return { ...partial, shown: shownGenders(partial) };
}

/**
 * Names the text uses as places: after "in" or "across" twice, or once when
 * the name does not open with a given name ("in Jane Roe we trust" is not a place).
 */
function placesOf(occurrences: readonly NameOccurrence[]): Set<string> {
  const located = new Map<string, number>();
  for (const o of occurrences) if (o.located && !o.titled) located.set(key(o.name), (located.get(key(o.name)) ?? 0) + 1);
  return new Set([...located].filter(([name, count]) => count >= 2 || !isGivenName(name.split(' ')[0] ?? '')).map(([name]) => name));
}

/** Adds a value to the list a map keeps under `at`. */
export function push<K, V>(map: Map<K, V[]>, at: K, value: V): void {
  const list = map.get(at);
  if (list) list.push(value);
  else map.set(at, [value]);
}

/**
 * The full name that `name` stands for at offset `at`: itself when it is
 * full (or the longer name written before that ends with it, "Ruiz Soto"
 * for "Ana Ruiz Soto"); for a single word, the nearest full name before `at` that ends with
 * it (else the first after), or the one full name that starts with it
 * ("Wei" for "Wei Ling" where the family name comes first).
 */
export function fullNameAt(people: FullNames, name: string, at: number): string | null {
  const parts = nameParts(name);
  if (parts.length >= 2) {
    // "Ruiz Soto" after "Ana Ruiz Soto": a double surname without the given name written before.
    // The parts joined are the name's key, kept from the first time it was asked.
    const longer = people.bySuffix.get(key(name)) ?? [];
    const before = longer[lastBefore(longer, at)];
    if (before) return before.name;
    return people.bySurname.get(parts[parts.length - 1] ?? '')?.some((o) => key(o.name) === key(name)) ? name : null;
  }
  const word = parts[0];
  if (!word) return null;
  const bySurname = people.bySurname.get(word) ?? [];
  const before = lastBefore(bySurname, at);
  const oneFamily = before < (people.secondPerson.get(word) ?? Infinity);
  const chosen = before < 0 ? bySurname[0] : oneFamily ? bySurname[before] : familyMemberAt(people, bySurname, before, at);
  if (chosen) return chosen.name;
  const byGiven = people.byGiven.get(word);
  if (!byGiven || byGiven.size === 0) return null;
  if (byGiven.size === 1) return [...byGiven.values()][0] ?? null;
  // Several ("Ouyang Lin", "Ouyang Mei"): the one the text names most, as the story is about them;
  // on a tie, the one it introduced first (the map keeps text order, the sort is stable), as news opens with its main
  // figure, when a title or role shows it a person ("Acme Holdings" and "Acme Gas" stay undecided).
  const times = (name: string): number => people.timesNamed.get(key(name)) ?? 0;
  const ranked = [...byGiven.values()].sort((a, b) => times(b) - times(a));
  const [first, second] = ranked;
  if (!first) return null;
  return !second || times(first) > times(second) || people.roled.has(key(first)) ? first : null;
}

/**
 * Which of the people written so far with one surname a bare surname stands
 * for: the only one; else the one named as more than an object of a
 * preposition in this sentence or the one before ("Ann Roe bought a tractor.
 * Roe said ..."); else the last quoted under the full name (the father who
 * spoke, not the son the story is about); else the one introduced first, as
 * news names a second person of a family in full and keeps the bare surname
 * for the first ("a photo of Ana Roe, his wife ... Roe said").
 */
function familyMemberAt(people: FullNames, bySurname: readonly NameOccurrence[], last: number, at: number): NameOccurrence | undefined {
  const here = people.occurrences[lastBefore(people.occurrences, at + 1)];
  if (here?.start === at) {
    for (let index = last; index >= 0 && (bySurname[index]?.sentence ?? -1) >= here.sentence - 1; index--) {
      if (!bySurname[index]?.oblique) return bySurname[index];
    }
  }
  // Bounded, so a text naming one family thousands of times stays linear.
  const reach = (test: (o: NameOccurrence) => boolean): NameOccurrence | undefined => {
    for (let index = last; index >= 0 && last - index < FAMILY_REACH; index--) {
      const occurrence = bySurname[index];
      if (occurrence && test(occurrence)) return occurrence;
    }
    return undefined;
  };
  return reach((o) => !o.oblique && !o.object) ?? reach((o) => people.speakers.has(key(o.name))) ?? bySurname[0];
}

/** How many earlier occurrences of a shared surname are searched for one quoted under the full name. */
const FAMILY_REACH = 50;

/** Index of the last occurrence starting before `at` (occurrences in text order), or -1. */
function lastBefore(occurrences: readonly NameOccurrence[], at: number): number {
  let low = 0;
  let high = occurrences.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((occurrences[middle]?.start ?? 0) < at) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Whether a name is one the text uses as a place ("in Springfield"). */
export function isPlaceName(people: Pick<People, 'places'>, name: string): boolean {
  return people.places.has(key(name));
}

/** Whether an occurrence names a person: a full name, one a known full name explains, or one with a courtesy title or role. */
export function personNamed(people: FullNames, occurrence: NameOccurrence): string | null {
  const full = fullNameAt(people, occurrence.name, occurrence.start);
  if (full && occurrence.gender) return ofGender(people, occurrence, full, occurrence.gender);
  if (full) return full;
  return occurrence.titled && !occurrence.body ? occurrence.name : null;
}

/**
 * "Mrs Roe" after "Tom Roe" and "Ann Roe": a courtesy title's gender picks the
 * family member whose given name carries it, the nearest before; `full` when
 * its given name does not say otherwise or nobody fits.
 */
function ofGender(people: FullNames, occurrence: NameOccurrence, full: string, gender: Gender): string {
  const given = nameParts(full)[0];
  if (nameParts(occurrence.name).length > 1 || !given || (firstNameGender(given) ?? gender) === gender) return full;
  const family = people.bySurname.get(nameParts(full).at(-1) ?? '') ?? [];
  const last = lastBefore(family, occurrence.start);
  for (let index = last; index >= 0 && last - index < FAMILY_REACH; index--) {
    const name = family[index]?.name ?? '';
    if (firstNameGender(nameParts(name)[0] ?? '') === gender) return name;
  }
  return full;
}

/** The gender of a person: from a courtesy title in the text, else from the first name when it is clear. */
export function genderOfPerson(people: People, name: string): Gender | undefined {
  const known = people.shown.get(key(name));
  if (known) return known;
  const parts = nameParts(name);
  if (parts.length < 2 || !parts[0]) return undefined;
  return firstNameGender(parts[0]);
}

/**
 * A role without its determiner and without what follows its head noun:
 * "the club's manager" → "club's manager", "the mayor of Springfield" →
 * "mayor", "the group that organised the march" → "group".
 */
export function bareRole(role: string): string {
  return role.toLowerCase().replace(/’/g, "'")
    .replace(/^(?:the|his|her|its|their|our)\s+/, '')
    // What a title governs goes ("mayor of Springfield"), a title's own words stay ("chief of staff", "head of state").
    .replace(/\s+(?:of|for|at|in|on|from|with|that|who|which|whose|since)\b(?!\s+(?:staff|state)\b).*$/, '')
    .trim();
}

/** Whether a title written with a name is the role a mention uses ("minister" for "the minister", "prime minister"). */
function titleFits(title: string, role: string): boolean {
  const written = bareRole(title);
  return written === role || written.endsWith(` ${role}`) || role.endsWith(` ${written}`);
}

/**
 * The person last introduced before `at` with the title a definite role
 * names: "the mayor" after "Mayor Jane Roe" or "Jane Roe, the mayor of
 * Springfield,"; null when the text gave that title to nobody.
 */
export function holderOf(people: People, role: string, at: number): string | null {
  const wanted = bareRole(role);
  let holder: string | null = null;
  for (const occurrence of people.occurrences) {
    if (occurrence.start >= at) break;
    if (occurrence.body || !occurrence.titles.some((title) => titleFits(title, wanted))) continue;
    holder = personNamed(people, occurrence) ?? holder;
  }
  return holder;
}

/** Words of a group's role that say nothing about which people it is. */
const GENERIC_GROUP_WORDS = new Set(['top', 'senior', 'official', 'officials', 'leader', 'leaders', 'and', 'the', 'of', 'two', 'both']);
/** How far into its sentence the first of the people may be named. */
const SUBJECT_REACH = 60;

/**
 * The people a plural role stands for when the next sentence names them
 * together as its subject: "Top Springfield and Kelvale Heights water officials
 * said ... . Springfield water chief Jane Roe and her Kelvale Heights counterpart
 * Tom Varga ...". Each must share a word of the role with a title of theirs;
 * otherwise, none.
 */
export function groupMembers(people: People, text: string, role: string, next: { index: number; span: Span }): string[] {
  const nextSentence = next.span;
  const named = (people.bySentence.get(next.index) ?? [])
    .filter((o) => !o.quoted)
    .flatMap((o) => {
      const name = personNamed(people, o);
      return name ? [{ occurrence: o, name }] : [];
    });
  const [first, second] = named;
  if (!first || !second || first.occurrence.start - nextSentence.start > SUBJECT_REACH) return [];
  if (!/^\s+and\s+[^,.;:"“”]*$/.test(text.slice(first.occurrence.end, second.occurrence.start))) return [];
  const roleWords = new Set(role.toLowerCase().split(/\s+/).filter((w) => !GENERIC_GROUP_WORDS.has(w)));
  const fits = (o: NameOccurrence): boolean => o.titles.some((title) => title.split(/\s+/).some((w) => roleWords.has(w)));
  return fits(first.occurrence) && fits(second.occurrence) ? [first.name, second.name] : [];
}
