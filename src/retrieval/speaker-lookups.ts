/**
 * The narrow look-ups of speakers that answering makes (who is at a place of
 * the speaker index, who is quoted most, whose name holds a word, whose roles
 * carry some words), each defined here once: the stores that hold their
 * speakers in memory answer them from the list, and the PostgreSQL store asks
 * its tables the same (postgres/speaker-reads.ts), so answering never needs
 * every speaker at hand.
 */
import type { SpeakerEntity } from '../attribution/index.js';
import { editDistance } from '../language/edit-distance.js';
import { roleWords } from '../language/role-words.js';
import type { Normaliser } from './normalise.js';
import { countsOf, type CoverageCounts } from './coverage-counts.js';
import type { ArticleRecord } from './snapshot.js';

/** A word of a speaker's name within some edits of a word asked about. */
export interface NearWord {
  word: string;
  distance: number;
}

/** The speaker look-ups of the `Coverage` interface (see coverage.ts for what each gives). */
export interface SpeakerLookups {
  speakerAt(position: number): SpeakerEntity | undefined;
  mostQuoted(count: number): readonly SpeakerEntity[];
  speakersNamed(words: readonly string[]): readonly SpeakerEntity[];
  nameWordsNear(term: string, distance: number): readonly NearWord[];
  peopleWithRoleWords(prefixes: readonly (readonly string[])[]): readonly SpeakerEntity[];
  coverageCounts(): CoverageCounts;
}

/** A speaker with a name who is not an anonymous source: the one whose name words count. */
export const isNamed = (entity: SpeakerEntity): boolean => Boolean(entity.name) && !entity.anonymous;

/** A named person with roles: one whose roles may carry a group's words ("the Freedonian ministers"). */
export const hasRoles = (entity: SpeakerEntity): boolean => entity.kind === 'person' && !entity.anonymous && entity.name !== null && entity.roles.length > 0;

/** The words of a speaker's name, as the normaliser splits a question: lower-cased, each once. */
export function nameWordsOf(normaliser: Normaliser, entity: SpeakerEntity): string[] {
  return isNamed(entity) ? [...new Set(normaliser.tokenize(entity.name ?? '').map((word) => word.toLowerCase()))] : [];
}

/** The words of a person's roles (roleWords), each once; none for a speaker that is no named person with roles. */
export function roleWordsOf(entity: SpeakerEntity): string[] {
  return hasRoles(entity) ? [...new Set(entity.roles.flatMap(roleWords))] : [];
}

/** Whether, for each list of prefixes, some word starts with one of them. */
export function holdsPrefixes(words: readonly string[], prefixes: readonly (readonly string[])[]): boolean {
  return prefixes.every((alternatives) => words.some((word) => alternatives.some((prefix) => word.startsWith(prefix))));
}

/** Most statements first, then by name (as people read names), then in the speakers' order (a stable sort keeps it). */
export function byMostQuoted(statementsBy: (id: string) => number): (a: SpeakerEntity, b: SpeakerEntity) => number {
  return (a, b) => statementsBy(b.id) - statementsBy(a.id) || (a.name ?? '').localeCompare(b.name ?? '');
}

/** Of `words` (sorted, each once), those starting with `term`'s first character within `distance` edits of it, in order. */
export function wordsNear(words: readonly string[], term: string, distance: number): NearWord[] {
  const near: NearWord[] = [];
  for (const word of words) {
    if (word.charAt(0) !== term.charAt(0)) continue;
    const edits = editDistance(term, word, distance);
    if (edits <= distance) near.push({ word, distance: edits });
  }
  return near;
}

/**
 * The look-ups over speakers held in memory (`entities`, in their order: places in it are the speaker
 * index's ids). What each needs is worked out at its first use: most coverages held in memory are small.
 *
 * @example
 * const lookups = speakerLookups(snapshot.entities, (id) => counts.get(id) ?? 0, normaliser, () => snapshot.articles);
 * lookups.speakersNamed(['roe']); // every named Roe, in the speakers' order
 */
export function speakerLookups(
  entities: readonly SpeakerEntity[],
  statementsBy: (id: string) => number,
  normaliser: Normaliser,
  articles: () => readonly ArticleRecord[],
): SpeakerLookups {
  let named: { words: string[]; speakers: Map<string, Set<SpeakerEntity>> } | undefined;
  let withRoles: { entity: SpeakerEntity; words: string[] }[] | undefined;
  let quoted: SpeakerEntity[] | undefined;
  let counts: CoverageCounts | undefined;
  const names = () => {
    if (named) return named;
    const speakers = new Map<string, Set<SpeakerEntity>>();
    for (const entity of entities) {
      for (const word of nameWordsOf(normaliser, entity)) {
        const set = speakers.get(word);
        if (set) set.add(entity);
        else speakers.set(word, new Set([entity]));
      }
    }
    return (named = { words: [...speakers.keys()].sort(), speakers });
  };
  // Most statements first, then in the speakers' order (a stable sort keeps it).
  const mostQuotedAll = () => (quoted ??= entities.filter((entity) => isNamed(entity) && statementsBy(entity.id) > 0).sort((a, b) => statementsBy(b.id) - statementsBy(a.id)));
  return {
    speakerAt: (position) => entities[position],
    mostQuoted: (count) => mostQuotedAll().slice(0, Math.max(0, count)),
    speakersNamed: (words) => {
      const { speakers } = names();
      const [first, ...rest] = [...new Set(words)];
      if (first === undefined) return [];
      return [...(speakers.get(first) ?? [])].filter((entity) => rest.every((word) => speakers.get(word)?.has(entity)));
    },
    nameWordsNear: (term, distance) => (term === '' ? [] : wordsNear(names().words, term, distance)),
    peopleWithRoleWords: (prefixes) => {
      withRoles ??= entities.filter(hasRoles).map((entity) => ({ entity, words: roleWordsOf(entity) }));
      return withRoles.filter(({ words }) => holdsPrefixes(words, prefixes)).map(({ entity }) => entity);
    },
    coverageCounts: () => (counts ??= countsOf(articles(), mostQuotedAll().length)),
  };
}
