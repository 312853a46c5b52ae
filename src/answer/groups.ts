/**
 * A group named in a question ("what did the Freedonians say", "the Acme
 * board"): the named people whose roles carry every word of it, as the
 * corpus gives their roles ("Freedonian Foreign Minister", "Acme board
 * member"). A nationality meets its country too: "freedonians" meets
 * "Freedonia's Prime Minister", and "the French" meets "France's Foreign
 * Minister" by the list of nations. A rank changes the role: a "Vice
 * President" is no president, a "former minister" no minister, unless the
 * question says so too.
 */
import type { SpeakerEntity } from '../attribution/index.js';
import type { Coverage } from '../retrieval/coverage.js';
import { LONGEST_NATION_FORM, nationForms, type NationForms } from '../language/nations.js';
import { roleWords } from '../language/role-words.js';

/** The start a role word must share with a group word: all of a short word, else all but its last two letters. */
function stemOf(word: string): string {
  const singular = word.replace(/s$/, '');
  return singular.length <= 4 ? singular : singular.slice(0, Math.max(4, singular.length - 2));
}

/** Words that join a name's words and name nothing themselves ("Bank of Ostby", "Roe and Sons"). */
const JOINING = /^(?:the|and|for)$/;

/** One part of a group: a nation, met by any of its forms, or a word, met by its stem. */
type Part = { nation: NationForms } | { stem: string };

/** The nation forms, as word runs ("u s", "south korean"), to look for in a role's words. */
const formWords = (forms: NationForms): string[][] => [...forms].map((form) => form.split(/[^\p{L}\p{N}]+/u).filter(Boolean));

/** The parts of a group, without "the" ("the french ministers" gives France and "minist"). */
function partsOf(group: string): Part[] {
  const words = roleWords(group.replace(/^(?:the|all\s+the)\s+/i, ''));
  const parts: Part[] = [];
  for (let i = 0; i < words.length;) {
    // The longest run of words naming a nation here ("south koreans" before "south").
    const length = [...Array(Math.min(LONGEST_NATION_FORM, words.length - i)).keys()].map((k) => k + 1).reverse()
      .find((n) => nationForms(words.slice(i, i + n).join(' ')) !== null);
    const nation = length ? nationForms(words.slice(i, i + length).join(' ')) : null;
    if (length && nation) {
      parts.push({ nation });
      i += length;
      continue;
    }
    const stem = stemOf(words[i] as string);
    if (stem.length >= 3 && !JOINING.test(stem)) parts.push({ stem });
    i++;
  }
  return parts;
}

/** Whether `run` stands in `words` from some place on. */
function holdsRun(words: readonly string[], run: readonly string[]): boolean {
  return run.length > 0 && words.some((_, start) => run.every((word, k) => words[start + k] === word));
}

/** Whether the words of a name or roles carry every part of a group. */
function carries(words: readonly string[], parts: readonly Part[]): boolean {
  return parts.every((part) => ('stem' in part
    ? words.some((word) => word.startsWith(part.stem))
    : formWords(part.nation).some((run) => holdsRun(words, run))));
}

/** Whether a speaker's name or roles (`texts`) carry every word of a phrase ("the freedonians" and "Freedonia's Prime Minister"), not only a fuzzy likeness. */
export function carriesWords(texts: readonly string[], phrase: string): boolean {
  const parts = partsOf(phrase);
  return parts.length > 0 && carries(texts.flatMap(roleWords), parts);
}

/** Whether `name` is what `phrase` names, word for word both ways: "the Acme board" is the Acme Board, not the Acme Board of Trade. */
export function namesExactly(name: string, phrase: string): boolean {
  return carriesWords([name], phrase) && carriesWords([phrase], name);
}

/**
 * The role words a speaker holding `part` must have one of, at its start: the part's stem, or the first
 * word of one of its nation's forms. The store finds the people holding them; `carries` then weighs them whole.
 */
function prefixesOf(part: Part): string[] {
  return 'stem' in part ? [part.stem] : [...new Set(formWords(part.nation).flatMap((run) => run.slice(0, 1)))];
}

/** The named people whose roles carry every part of `group` ("the freedonians", "the french"); none for a group of no words. */
export function groupMembers(coverage: Coverage, group: string): SpeakerEntity[] {
  const parts = partsOf(group);
  if (parts.length === 0) return [];
  return coverage.peopleWithRoleWords(parts.map(prefixesOf)).filter((entity) => carries(entity.roles.flatMap(roleWords), parts));
}
