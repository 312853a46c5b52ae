/**
 * One entity per speaker across the corpus: the people, organisations and
 * unnamed sources of every article, merged where they are the same ("Tom
 * Varga", "Thomas Varga", "Varga", "the club's manager"), with every alias
 * and role seen, so a question about any alias finds all their statements.
 */
import { organisationKey, type AttributionConfig } from './config.js';
import type { ArticleEntity, EntityKind } from './coreference.js';
import { foldName, isFullName, samePerson, surnameOf } from './names.js';

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

/** Finds the person group for a name: full names must agree; a bare surname joins only an unambiguous group. */
function personGroup(bySurname: Map<string, Group[]>, name: string, config: AttributionConfig): Group | undefined {
  const candidates = (bySurname.get(surnameOf(name)) ?? []).filter((group) =>
    [...group.names.keys()].some((known) => samePerson(known, name, config.nicknames)),
  );
  if (isFullName(name)) {
    const full = candidates.filter((group) => [...group.names.keys()].some((known) => isFullName(known)));
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
  const groups = new Map<string, Group>();
  const all = perArticle.flat();
  const people = all.filter((e) => e.kind === 'person' && e.name);
  const ordered = [...people.filter((e) => isFullName(e.name ?? '')), ...people.filter((e) => !isFullName(e.name ?? ''))];
  const bySurname = new Map<string, Group[]>();
  for (const entity of ordered) {
    const name = entity.name ?? '';
    let group = personGroup(bySurname, name, config);
    if (!group) {
      group = { members: [], names: new Map() };
      groups.set(`person:${foldName(name)}`, group);
      const surname = surnameOf(name);
      bySurname.set(surname, [...(bySurname.get(surname) ?? []), group]);
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
  const entities: SpeakerEntity[] = [];
  for (const [key, group] of groups) {
    const name = canonicalName(group);
    const first = group.members[0];
    const id = key.startsWith('person:') && name ? `person:${foldName(name)}` : key;
    for (const member of group.members) idOf.set(member.key, id);
    entities.push({
      id,
      kind: first?.kind ?? 'unnamed',
      name,
      aliases: unique([...group.names.keys(), ...group.members.flatMap((m) => m.mentions)].filter((alias) => alias !== name)),
      roles: unique(group.members.flatMap((m) => m.roles)),
      // Article ids are compared as written: "report.1" and "report1" are two articles.
      articles: [...new Set(group.members.map((m) => m.key.slice(0, m.key.lastIndexOf('#'))))],
      anonymous: group.members.every((m) => m.anonymous),
    });
  }
  return { entities: entities.sort((a, b) => (a.name ?? '~').localeCompare(b.name ?? '~')), idOf };
}
