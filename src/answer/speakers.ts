/**
 * Recognising a speaker named in a question, by any alias or role and
 * despite typos ("Lindqvst", "the harbour master", "Transport Secretary").
 */
import type { SpeakerEntity } from '../attribution/index.js';
import type { Coverage } from '../retrieval/coverage.js';
import { creditsOf, sum } from './matching.js';
import { isGivenName } from '../attribution/first-names.js';
import { allOf } from '../retrieval/pending.js';

export interface SpeakerMatch {
  entity: SpeakerEntity;
  /** Share of the question's name words this speaker matched. */
  coverage: number;
}

/** Words that say what kind of person, not which: they order the speakers a name finds, and name no one themselves. */
const GENERIC = /^(?:the|a|an|mr|mrs|ms|dr|us|u\.s\.|(?:president|secretary|minister|general|senator|mayor|official)s?|gen|sen|rep|gov|spokesm[ae]n|spokeswom[ae]n)\.?$/i;

/** Words of GENERIC that come before any name, saying nothing of what a person does. */
const TITLES = /^(?:the|a|an|mr|mrs|ms|dr)\.?$/i;

/** How many of the index's best matches are weighed: the rest match too little of the name to come first. */
const SPEAKERS_WEIGHED = 50;

/** Words that stand for someone without naming anyone ("what did they say"): never matched to a name. */
const PRONOUNS = /^(?:he|him|his|she|her|it|its|they|them|their|we|you|i|me|someone|somebody|anyone|anybody|everyone|everybody|nobody|people|others|this|that|these|those)$/i;

/** The words of `text` that may name someone, lower-cased, pronouns left out. */
function nameTerms(coverage: Coverage, text: string): string[] {
  return coverage.normaliser.tokenize(text).map((t) => t.toLowerCase()).filter((t) => !PRONOUNS.test(t));
}

/**
 * Speakers whose name, alias or role matches `text`, best first. A word met only by the index's typo
 * tolerance counts half: "coach" is no Roach, "sevens" no Stevens, unless the typo rules below say so.
 * Words saying what kind of person ("the", "minister") are searched only when the text has no other,
 * or, with `kindsWithoutName`, when the others find no one yet: they fill thousands of roles, so they
 * would cost most of the search, and they only order the speakers the other words find (counting for
 * nothing of the name).
 *
 * @param options.kindsWithoutName offer the speakers of the kind asked when no one has the name yet
 *   ("Mayor Va" typed half-way in an autocomplete box), each matching nothing of the name
 */
export function findSpeakers(coverage: Coverage, text: string, limit = 5, options: { kindsWithoutName?: boolean } = {}): SpeakerMatch[] {
  const terms = [...new Set(nameTerms(coverage, text))];
  if (terms.length === 0) return [];
  const distinctive = terms.filter((t) => !GENERIC.test(t));
  const kinds = distinctive.length > 0 ? kindTerms(coverage, terms) : [];
  const wanted = distinctive.length > 0 ? distinctive.length : terms.length;
  const search = (words: readonly string[]) => coverage.searchSpeakers(words.join(' ').slice(0, 200), { combineWith: 'OR', limit: SPEAKERS_WEIGHED });
  let results = search(distinctive.length > 0 ? distinctive : terms);
  // No one by the name (yet): the speakers of the kind, with nothing of the name matched, whatever words the
  // index took the words of kind for ("u.s." is "usa" to it, no word of kind). "The" and "Mr" are no kinds.
  const byKindOnly = options.kindsWithoutName === true && results.length === 0 && distinctive.length > 0
    && terms.some((term) => GENERIC.test(term) && !TITLES.test(term));
  if (byKindOnly) results = search(terms);
  const matches: (SpeakerMatch & { score: number; kinds: number })[] = [];
  for (const result of results) {
    const entity = coverage.speakerAt(result.id as number);
    if (!entity) continue;
    const matched = byKindOnly ? 0 : sum(creditsOf(result));
    matches.push({ entity, coverage: Math.min(1, matched / wanted), score: result.score, kinds: kindsNamed(coverage, entity, kinds) });
  }
  // Equal coverage goes to the speaker of the kind asked ("President Varga"), then to the better match of the
  // name (the index's score), never to whoever is quoted most: "Roe" should not mean the talkative Tom Roe
  // when Jane Roe's name fits as well.
  return matches
    .sort((a, b) => b.coverage - a.coverage || b.kinds - a.kinds || b.score - a.score)
    .slice(0, limit)
    .map(({ entity, coverage: share }) => ({ entity, coverage: share }));
}

/** The search terms of a text's words of kind ("the", "minister"), as the speaker index holds them. */
function kindTerms(coverage: Coverage, terms: readonly string[]): string[] {
  return terms.filter((t) => GENERIC.test(t)).map((t) => coverage.normaliser.processTerm(t) ?? t);
}

/** How many of `kinds` a speaker's name, aliases or roles hold. */
function kindsNamed(coverage: Coverage, entity: SpeakerEntity, kinds: readonly string[]): number {
  if (kinds.length === 0) return 0;
  const words = new Set(coverage.normaliser.tokenize([entity.name ?? '', ...entity.aliases, ...entity.roles].join(' | '))
    .map((token) => coverage.normaliser.processTerm(token) ?? token.toLowerCase()));
  return kinds.filter((kind) => words.has(kind)).length;
}

/** Edits a name word may be off by: one, two from seven letters on ("lindgvist" for "lindqvist"; "vraga" is not "vargas"). */
const typosAllowed = (word: string): number => (word.length >= 7 ? 2 : 1);

/** Two given names, not one misspelt: "Tim Varga" is not Tom Varga, however few letters part them. */
const otherGivenName = (term: string, word: string): boolean => isGivenName(term) && isGivenName(word);

/** The speakers near every term so far (by id), with their edits summed. */
function addDistances(so: ReadonlyMap<string, number>, near: ReadonlyMap<string, number>): Map<string, number> {
  const both = new Map<string, number>();
  for (const [id, distance] of near) {
    const before = so.get(id);
    if (before !== undefined) both.set(id, before + distance);
  }
  return both;
}

/**
 * The one named speaker every name word of `text` is a few edits from, with
 * two letters swapped counting as one edit ("vrgaa" for "Varga"), which
 * the index's fuzzy search counts as two; null when none or several are.
 * A typo rarely touches a name's first letter, so only words sharing it are weighed.
 */
function speakerByTypos(coverage: Coverage, text: string): SpeakerEntity | null {
  const terms = nameTerms(coverage, text).filter((t) => !GENERIC.test(t) && t.length >= 3);
  if (terms.length === 0) return null;
  const entities = new Map<string, SpeakerEntity>();
  const nearWords = allOf(...terms.map((term) => () => coverage.nameWordsNear(term, typosAllowed(term))));
  let candidates: Map<string, number> | undefined;
  for (const [at, term] of terms.entries()) {
    const near = new Map<string, number>();
    for (const { word, distance } of nearWords[at] ?? []) {
      if (distance > 0 && otherGivenName(term, word)) continue;
      for (const entity of coverage.speakersNamed([word])) {
        entities.set(entity.id, entity);
        near.set(entity.id, Math.min(near.get(entity.id) ?? Infinity, distance));
      }
    }
    candidates = candidates ? addDistances(candidates, near) : near;
    if (candidates.size === 0) return null;
  }
  let nearest = Infinity;
  for (const distance of (candidates ?? new Map<string, number>()).values()) nearest = Math.min(nearest, distance);
  const tied = [...(candidates ?? [])].filter(([, distance]) => distance === nearest).flatMap(([id]) => entities.get(id) ?? []);
  if (tied.length <= 1) return tied[0] ?? null;
  // As near as each other, the one of the kind asked wins ("Mayor Vrga": the Varga who is mayor), else none.
  const kinds = kindTerms(coverage, nameTerms(coverage, text));
  const [first, second] = tied.map((entity) => ({ entity, kinds: kindsNamed(coverage, entity, kinds) })).sort((a, b) => b.kinds - a.kinds);
  return first && second && first.kinds > second.kinds ? first.entity : null;
}

/**
 * The quoted people whose names hold every name word of `text`, word for word: the Wilsons
 * when a question says "Wilson"; none when it also says what kind of person ("the minister").
 */
export function namesakes(coverage: Coverage, text: string): SpeakerEntity[] {
  const terms = coverage.normaliser.tokenize(text).map((t) => t.toLowerCase()).filter((t) => !/^(?:the|a|an)$/.test(t));
  if (terms.length === 0 || terms.some((t) => GENERIC.test(t))) return [];
  return coverage.speakersNamed(terms).filter((entity) => entity.kind === 'person' && coverage.statementsBy(entity.id) > 0);
}

/** The number of articles that quote a speaker. */
const reachOf = (entity: SpeakerEntity): number => entity.articles.length;

/**
 * The one speaker a question means, when some speaker matches all its name words (or, failing that, one is a typo away).
 * Of several people its words name alike ("Wilson"), the one the question's other words point to (`fits`: the
 * one who told the committee it names), else the one quoted in the most articles; the answer names the others.
 */
export function resolveSpeaker(coverage: Coverage, text: string, fits?: (entity: SpeakerEntity) => boolean): SpeakerEntity | null {
  // Both at once: a store that fetches looks them up in one round trip.
  const [alike, [best]] = allOf(() => namesakes(coverage, text), () => findSpeakers(coverage, text, 1));
  if (alike.length > 1) {
    const pointed = fits ? alike.filter(fits) : [];
    return [...(pointed.length > 0 ? pointed : alike)].sort((a, b) => reachOf(b) - reachOf(a) || a.id.localeCompare(b.id))[0] ?? null;
  }
  if (best && best.coverage >= 1) return best.entity;
  return speakerByTypos(coverage, text);
}
