/**
 * One entity per speaker across the corpus: the people, organisations and
 * unnamed sources of every article, merged where they are the same ("Tom
 * Varga", "Thomas Varga", "Varga", "the club's manager"), with every alias
 * and role seen, so a question about any alias finds all their statements.
 */
import { organisationKey, type AttributionConfig } from './config.js';
import type { ArticleEntity, EntityKind } from './coreference.js';
import { foldName, isFullName, samePerson, surnameOf } from './names.js';
import { push } from './people.js';

export interface SpeakerEntity {
  /** Stable key: "person:tom varga", "organisation:un", or "unnamed:<article>#<n>". */
  id: string;
  kind: EntityKind;
  /** The name most often written in full, or null for an unnamed source. */
  name: string | null;
  /** Every name and mention seen ("Tom Varga", "Thomas Varga", "Varga", "the club's manager", "he"). */
  aliases: string[];
  roles: string[];
  articles: string[];
  anonymous: boolean;
}

interface Group {
  members: ArticleEntity[];
  names: Map<string, number>;
}

function addMember(group: Group, entity: ArticleEntity): void {
  group.members.push(entity);
  if (entity.name) group.names.set(entity.name, (group.names.get(entity.name) ?? 0) + 1);
}

/** The full name written most often, the longest on a tie. */
function canonicalName(group: Group): string | null {
  const ranked = [...group.names.entries()].sort(
    (a, b) => Number(isFullName(b[0])) - Number(isFullName(a[0])) || b[1] - a[1] || b[0].length - a[0].length,
  );
  return ranked[0]?.[0] ?? null;
}

function unique(values: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const key = foldName(value);
    if (key && !seen.has(key)) seen.set(key, value.trim());
  }
  return [...seen.values()];
}

/** Whether some name of a group passes `test`: read off the map, as every person of the corpus asks it of every group of their surname. */
function someName(group: Group, test: (name: string) => boolean): boolean {
  for (const name of group.names.keys()) if (test(name)) return true;
  return false;
}

/** Finds the person group for a name: full names must agree; a bare surname joins only an unambiguous group. */
function personGroup(bySurname: Map<string, Group[]>, name: string, config: AttributionConfig): Group | undefined {
  const candidates = (bySurname.get(surnameOf(name)) ?? []).filter((group) => someName(group, (known) => samePerson(known, name, config.nicknames)));
  if (isFullName(name)) {
    const full = candidates.filter((group) => someName(group, isFullName));
    return full[0] ?? candidates[0];
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * Merges the entities of every article. Full names are placed first so a
 * bare surname in one article can join the full name from another.
 *
 * @returns the entities, and for each article entity key its corpus entity id
 */
export function buildEntities(
  perArticle: readonly ArticleEntity[][],
  config: AttributionConfig,
): { entities: SpeakerEntity[]; idOf: Map<string, string> } {
  const { entities, idOf } = extendEntities([], perArticle, config);
  return { entities, idOf };
}

/** A group, and the entity it was made from when it was merged earlier. */
interface Placed extends Group {
  earlier?: SpeakerEntity;
}

function earlierGroup(entity: SpeakerEntity): Placed {
  return { members: [], names: new Map(entity.name ? [[entity.name, 1]] : []), earlier: entity };
}

/** An earlier entity with the members that joined it: its id and name stay, what they add is added. */
function grownEntity(entity: SpeakerEntity, joined: readonly ArticleEntity[]): SpeakerEntity {
  return {
    ...entity,
    aliases: unique([...entity.aliases, ...joined.flatMap((m) => [...(m.name ? [m.name] : []), ...m.mentions])].filter((alias) => alias !== entity.name)),
    roles: unique([...entity.roles, ...joined.flatMap((m) => m.roles)]),
    articles: [...new Set([...entity.articles, ...joined.map(articleOfMember)])],
    anonymous: entity.anonymous && joined.every((m) => m.anonymous),
  };
}

// Article ids are compared as written: "report.1" and "report1" are two articles.
const articleOfMember = (member: ArticleEntity): string => member.key.slice(0, member.key.lastIndexOf('#'));

function newEntity(key: string, group: Group): SpeakerEntity {
  const name = canonicalName(group);
  const first = group.members[0];
  return {
    id: key.startsWith('person:') && name ? `person:${foldName(name)}` : key,
    kind: first?.kind ?? 'unnamed',
    name,
    aliases: unique([...group.names.keys(), ...group.members.flatMap((m) => m.mentions)].filter((alias) => alias !== name)),
    roles: unique(group.members.flatMap((m) => m.roles)),
    articles: [...new Set(group.members.map(articleOfMember))],
    anonymous: group.members.every((m) => m.anonymous),
  };
}

/**
 * Merges the entities of more articles into entities merged earlier (a
 * stored coverage growing by a few articles), by the rules `buildEntities`
 * follows: a name joins an earlier person it names, an organisation its
 * earlier self. Earlier entities keep their place, id and name; new ones
 * follow, by name.
 *
 * @returns every entity, for each article entity key its entity id, and the ids of the earlier entities that grew
 */
export function extendEntities(
  earlier: readonly SpeakerEntity[],
  perArticle: readonly ArticleEntity[][],
  config: AttributionConfig,
): { entities: SpeakerEntity[]; idOf: Map<string, string>; grown: Set<string> } {
  const groups = new Map<string, Placed>();
  const bySurname = new Map<string, Group[]>();
  const all = perArticle.flat();
  // Only the earlier entities a new one could join are looked at: those of its surname or organisation.
  const surnames = new Set(all.flatMap((e) => (e.kind === 'person' && e.name ? [surnameOf(e.name)] : [])));
  const organisations = new Set(all.flatMap((e) => (e.kind === 'organisation' && e.name ? [`organisation:${organisationKey(e.name, config)}`] : [])));
  for (const entity of earlier) {
    // An entity no article names any more (its articles gone) makes no name ambiguous; named again in full, it is found by its id below.
    if (entity.articles.length === 0) continue;
    const surname = entity.kind === 'person' && entity.name ? surnameOf(entity.name) : null;
    if (surname === null ? !organisations.has(entity.id) : !surnames.has(surname)) continue;
    const group = earlierGroup(entity);
    groups.set(entity.id, group);
    if (surname !== null) push(bySurname, surname, group);
  }
  const people = all.filter((e) => e.kind === 'person' && e.name);
  const ordered = [...people.filter((e) => isFullName(e.name ?? '')), ...people.filter((e) => !isFullName(e.name ?? ''))];
  for (const entity of ordered) {
    const name = entity.name ?? '';
    let group = personGroup(bySurname, name, config);
    if (!group) {
      group = { members: [], names: new Map() };
      groups.set(`person:${foldName(name)}`, group);
      push(bySurname, surnameOf(name), group);
    }
    addMember(group, entity);
  }
  for (const entity of all) {
    if (entity.kind === 'person' && entity.name) continue;
    const key = entity.kind === 'organisation' && entity.name ? `organisation:${organisationKey(entity.name, config)}` : `unnamed:${entity.key}`;
    const group = groups.get(key) ?? { members: [], names: new Map() };
    groups.set(key, group);
    addMember(group, entity);
  }
  const idOf = new Map<string, string>();
  const kept = new Map(earlier.map((entity) => [entity.id, entity]));
  const joinedEarlier = new Map<string, ArticleEntity[]>();
  const made: SpeakerEntity[] = [];
  for (const [key, group] of groups) {
    if (group.members.length === 0) continue;
    const fresh = group.earlier ? null : newEntity(key, group);
    // A new person named as an earlier one is that one.
    const earlierId = group.earlier?.id ?? (fresh && kept.has(fresh.id) ? fresh.id : null);
    for (const member of group.members) idOf.set(member.key, earlierId ?? (fresh as SpeakerEntity).id);
    if (earlierId) joinedEarlier.set(earlierId, [...(joinedEarlier.get(earlierId) ?? []), ...group.members]);
    else made.push(fresh as SpeakerEntity);
  }
  const entities = earlier.map((entity) => {
    const joined = joinedEarlier.get(entity.id);
    return joined ? grownEntity(entity, joined) : entity;
  });
  made.sort((a, b) => (a.name ?? '~').localeCompare(b.name ?? '~'));
  return { entities: [...entities, ...made], idOf, grown: new Set(joinedEarlier.keys()) };
}

/** The full-name people of some entities with a surname, as [surname, entity]. */
const fullNamedBySurname = (entities: readonly SpeakerEntity[]): Map<string, SpeakerEntity[]> => {
  const bySurname = new Map<string, SpeakerEntity[]>();
  for (const entity of entities) {
    if (entity.kind !== 'person' || !entity.name || !isFullName(entity.name)) continue;
    const surname = surnameOf(entity.name);
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), entity]);
  }
  return bySurname;
};

/**
 * Whether merging some articles into entities merged earlier would have to
 * move a bare surname from one speaker to another, which only merging every
 * article again does: a bare surname joins the one person of that surname,
 * and stands alone when there are two. So an article naming a second person
 * of a surname an earlier person was called by alone ("Varga" beside a new
 * "Ida Varga"), or articles gone taking one of two namesakes away while the
 * bare surname stands alone, change what earlier articles' mentions are.
 *
 * @param earlier the entities merged earlier, without the articles gone
 * @param gone the earlier entities that the articles gone take away whole
 */
export function movesBareSurnames(
  earlier: readonly SpeakerEntity[],
  gone: readonly SpeakerEntity[],
  perArticle: readonly ArticleEntity[][],
  config: AttributionConfig,
): boolean {
  const people = fullNamedBySurname(earlier);
  const bare = (entity: SpeakerEntity, surname: string): boolean =>
    [entity.name ?? '', ...entity.aliases].some((alias) => !isFullName(alias) && surnameOf(alias) === surname);
  for (const entity of perArticle.flat()) {
    if (entity.kind !== 'person' || !entity.name || !isFullName(entity.name)) continue;
    const surname = surnameOf(entity.name);
    // Only a second person of the surname: with two already, a surname alone was nobody's.
    const namesakes = people.get(surname) ?? [];
    if (namesakes.length !== 1 || namesakes.some((known) => samePerson(known.name ?? '', entity.name ?? '', config.nicknames))) continue;
    if (namesakes.some((known) => bare(known, surname))) return true;
  }
  for (const [surname] of fullNamedBySurname(gone)) {
    const alone = earlier.some((entity) => entity.kind === 'person' && entity.name !== null && !isFullName(entity.name) && surnameOf(entity.name) === surname);
    if (alone && (people.get(surname)?.length ?? 0) > 0) return true;
  }
  return false;
}
