/**
 * A group named in a question ("what did the Freedonians say", "the Acme
 * board"): the named people whose roles carry every word of it, as the
 * corpus gives their roles ("Freedonian Foreign Minister", "Acme board
 * member"). A nationality meets its country too: "freedonians" meets
 * "Freedonia's Prime Minister".
 */
import type { SpeakerEntity } from '../attribution/index.js';
import type { Coverage } from '../retrieval/coverage.js';

/** The start a role word must share with a group word: all of a short word, else all but its last two letters. */
function stemOf(word: string): string {
  const singular = word.replace(/s$/, '');
  return singular.length <= 4 ? singular : singular.slice(0, Math.max(4, singular.length - 2));
}

/** The stems of a group's words, without "the" ("the freedonians" gives ["freedoni"]). */
function stemsOf(coverage: Coverage, group: string): string[] {
  return coverage.normaliser.tokenize(group.replace(/^(?:the|all\s+the)\s+/i, '')).map((w) => stemOf(w.toLowerCase())).filter((w) => w.length >= 3);
}

/** Whether every stem starts a word of `texts` (a name, roles). */
function carries(texts: readonly string[], stems: readonly string[]): boolean {
  const words = texts.flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return stems.every((stem) => words.some((word) => word.startsWith(stem)));
}

/** Whether a speaker's name or roles (`texts`) carry every word of a phrase ("the freedonians" and "Freedonia's Prime Minister"), not only a fuzzy likeness. */
export function carriesWords(coverage: Coverage, texts: readonly string[], phrase: string): boolean {
  const stems = stemsOf(coverage, phrase);
  return stems.length > 0 && carries(texts, stems);
}

/** The named people with roles, and their role words, built once per coverage. */
const ROLE_WORDS = new WeakMap<Coverage, { entity: SpeakerEntity; words: string[] }[]>();

function roleWords(coverage: Coverage): { entity: SpeakerEntity; words: string[] }[] {
  let people = ROLE_WORDS.get(coverage);
  if (!people) {
    people = coverage.snapshot.entities
      .filter((entity) => entity.kind === 'person' && !entity.anonymous && entity.name !== null && entity.roles.length > 0)
      .map((entity) => ({ entity, words: entity.roles.flatMap((role) => role.toLowerCase().split(/[^\p{L}\p{N}]+/u)) }));
    ROLE_WORDS.set(coverage, people);
  }
  return people;
}

/** The named people whose roles hold a word starting like each word of `group` ("the freedonians"); none for a group of no words. */
export function groupMembers(coverage: Coverage, group: string): SpeakerEntity[] {
  const stems = stemsOf(coverage, group);
  if (stems.length === 0) return [];
  return roleWords(coverage).filter(({ words }) => stems.every((stem) => words.some((word) => word.startsWith(stem)))).map(({ entity }) => entity);
}
