/**
 * Who each speaker mention is, within one article: a surname goes to the full
 * name met before ("Carter" to "Ash Carter"), a pronoun to the last person
 * who spoke, a definite role ("the official", "the Pentagon chief") to the
 * speaker last described that way, and floating quotations to their
 * paragraph's speaker. Unnamed sources stay unnamed and are marked anonymous.
 */
import type { Article } from '../corpus/types.js';
import type { AttributionConfig } from './config.js';
import type { RawStatement } from './extract.js';
import { ANONYMOUS_HEADS, ORGANISATION_WORDS, PLACES, TITLE_WORDS } from './lexicon.js';
import { foldName, isFullName, samePerson, surnameOf } from './names.js';
import type { Mention, Speaker, Statement } from './types.js';

export type EntityKind = 'person' | 'organisation' | 'unnamed';

/** Someone who speaks in one article. */
export interface ArticleEntity {
  key: string;
  kind: EntityKind;
  name: string | null;
  roles: string[];
  /** Every way the article refers to them. */
  mentions: string[];
  anonymous: boolean;
  /** Plural role ("officials", "analysts"). */
  plural: boolean;
  /** Grammatical gender, once the text shows it ("Mr", "Mrs", "he", "she"): "she" never goes to a "he". */
  gender?: 'm' | 'f';
}

const FEMALE = new Set(['she', 'her']);
const PLURAL_PRONOUNS = new Set(['they', 'we']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'who']);
const INDEFINITE = /^(?:a|an|one|two|three|several|some|many|other|another)\b/i;

function headOf(role: string): string {
  const words = role.toLowerCase().split(/\s+/);
  return words[words.length - 1] ?? '';
}

function rolesMatch(a: string, b: string, config: AttributionConfig): boolean {
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa.endsWith(fb) || fb.endsWith(fa)) return true;
  const headA = headOf(fa);
  const headB = headOf(fb);
  if (headA === headB) return true;
  if (ANONYMOUS_HEADS.has(headA) && ANONYMOUS_HEADS.has(headB)) return true;
  return config.roleSynonyms.some((group) => {
    const folded = group.map(foldName);
    return folded.some((item) => fa.endsWith(item)) && folded.some((item) => fb.endsWith(item));
  });
}

/** Full names written anywhere in the text ("Jean-Yves Le Drian"), for surnames met alone. */
function namesInText(article: Article): string[] {
  const names: string[] = [];
  const run = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:al|el|de|van|von|bin|le|la|da|du)[\s-])?\p{Lu}[\p{L}'’.-]*)+/gu;
  for (const match of article.original.matchAll(run)) {
    const words = match[0].split(/\s+/);
    // Keep what follows the last title or possessive: "France's Foreign Minister Jean-Marc Ayrault".
    let start = 0;
    words.forEach((word, index) => {
      const bare = word.toLowerCase().replace(/\.$/, '');
      if (TITLE_WORDS.has(bare) || /['’]s$/.test(word) || PLACES.has(bare)) start = index + 1;
    });
    const name = words.slice(start);
    const last = (name[name.length - 1] ?? '').toLowerCase();
    if (name.length >= 2 && name.length <= 4 && !ORGANISATION_WORDS.has(last) && !PLACES.has(last)) names.push(name.join(' '));
  }
  return names;
}

interface Resolver {
  entities: ArticleEntity[];
  /** Entity of each statement so far, in order. */
  order: ArticleEntity[];
  textNames: string[];
  config: AttributionConfig;
  articleId: string;
}

function addEntity(resolver: Resolver, entity: Omit<ArticleEntity, 'key'>): ArticleEntity {
  const created = { ...entity, key: `${resolver.articleId}#${resolver.entities.length}` };
  resolver.entities.push(created);
  return created;
}

/** The gender a mention shows, if any. */
function genderOf(mention: Mention): 'm' | 'f' | undefined {
  if (/^(?:he|him|his)$|\b(?:mr|sir|lord)\b\.?/i.test(mention.text)) return 'm';
  if (/^(?:she|her)$|\b(?:mrs|ms|miss|dame|lady)\b\.?/i.test(mention.text)) return 'f';
  return undefined;
}

function note(entity: ArticleEntity, mention: Mention): ArticleEntity {
  entity.gender ??= genderOf(mention);
  if (!entity.mentions.includes(mention.text)) entity.mentions.push(mention.text);
  if (mention.role && !entity.roles.includes(mention.role)) entity.roles.push(mention.role);
  if (mention.kind === 'name' && mention.name && entity.name && isFullName(mention.name) && !isFullName(entity.name)) {
    entity.name = mention.name;
  }
  return entity;
}

function resolveName(resolver: Resolver, mention: Mention): ArticleEntity {
  const name = mention.name ?? mention.text;
  const { nicknames } = resolver.config;
  const known = find([...resolver.entities].reverse(), (e) => e.kind === 'person' && e.name !== null && samePerson(e.name, name, nicknames));
  if (known) return note(known, mention);
  let full = name;
  if (!isFullName(name)) {
    full = resolver.textNames.find((candidate) => surnameOf(candidate) === surnameOf(name)) ?? name;
  }
  return note(addEntity(resolver, { kind: 'person', name: full, roles: [], mentions: [], anonymous: false, plural: false }), mention);
}

function organisationKey(name: string, config: AttributionConfig): string {
  const folded = foldName(name).replace(/^the /, '');
  const group = config.organisationAliases.find((aliases) => aliases.some((alias) => foldName(alias) === folded));
  return group ? foldName(group[0] ?? folded) : folded;
}

function resolveOrganisation(resolver: Resolver, mention: Mention): ArticleEntity {
  const name = (mention.name ?? mention.text).replace(/^the\s+/i, '');
  const key = organisationKey(name, resolver.config);
  const known = resolver.entities.find((e) => e.kind === 'organisation' && e.name && organisationKey(e.name, resolver.config) === key);
  if (known) return note(known, mention);
  return note(addEntity(resolver, { kind: 'organisation', name, roles: [], mentions: [], anonymous: false, plural: false }), mention);
}

/** The most recent speakers first, as far back as a reader's memory reasonably goes. */
function* recentSpeakers(resolver: Resolver): Generator<ArticleEntity> {
  const { order } = resolver;
  for (let index = order.length - 1; index >= 0 && order.length - index <= LOOKBACK; index--) {
    const entity = order[index];
    if (entity) yield entity;
  }
}

/** How many statements back a pronoun or "the official" may reach. */
const LOOKBACK = 40;

function find(entities: Iterable<ArticleEntity>, test: (entity: ArticleEntity) => boolean): ArticleEntity | null {
  for (const entity of entities) if (test(entity)) return entity;
  return null;
}

function resolveRole(resolver: Resolver, mention: Mention): ArticleEntity {
  const role = mention.role ?? mention.text;
  const plural = /s$/.test(headOf(role)) && !/ss$/.test(headOf(role));
  if (!INDEFINITE.test(mention.text)) {
    const known = find(recentSpeakers(resolver), (e) => e.plural === plural && e.roles.some((r) => rolesMatch(r, role, resolver.config)));
    if (known) return note(known, mention);
  }
  const anonymous = ANONYMOUS_HEADS.has(headOf(role));
  return note(addEntity(resolver, { kind: 'unnamed', name: null, roles: [], mentions: [], anonymous, plural }), mention);
}

function resolvePronoun(resolver: Resolver, mention: Mention, antecedent: Mention | undefined): ArticleEntity | null {
  const word = mention.text.toLowerCase();
  if (antecedent) return resolveMention(resolver, antecedent, undefined);
  const recent = recentSpeakers(resolver);
  if (PLURAL_PRONOUNS.has(word)) return find(recent, (e) => e.plural || e.kind === 'organisation');
  if (word === 'it') return find(recent, (e) => e.kind === 'organisation');
  if (PERSON_PRONOUNS.has(word) || FEMALE.has(word)) {
    const gender = genderOf(mention);
    const person = find(recent, (e) => (e.kind === 'person' || (e.kind === 'unnamed' && !e.plural)) && (!gender || !e.gender || e.gender === gender));
    if (person) person.gender ??= gender;
    return person;
  }
  return null;
}

function resolveMention(resolver: Resolver, mention: Mention, antecedent: Mention | undefined): ArticleEntity | null {
  switch (mention.kind) {
    case 'name':
      return resolveName(resolver, mention);
    case 'organisation':
      return resolveOrganisation(resolver, mention);
    case 'role':
      return resolveRole(resolver, mention);
    case 'pronoun':
      return resolvePronoun(resolver, mention, antecedent);
  }
}

function speakerOf(mention: Mention | null, entity: ArticleEntity | null): Speaker {
  return {
    mention,
    name: entity?.name ?? null,
    role: mention?.role ?? entity?.roles[0] ?? null,
    anonymous: entity ? entity.anonymous : (mention?.anonymous ?? false),
    entity: entity?.key ?? null,
  };
}

export interface ResolvedArticle {
  statements: Statement[];
  entities: ArticleEntity[];
}

/** Resolves the speakers of one article's statements, in reading order. */
export function resolveSpeakers(article: Article, raws: readonly RawStatement[], config: AttributionConfig): ResolvedArticle {
  const resolver: Resolver = { entities: [], order: [], textNames: namesInText(article), config, articleId: article.id };
  const resolved: (ArticleEntity | null)[] = [];
  const statements = raws.map((raw, index) => {
    const inherited = raw.inherits >= 0 && raw.inherits < index ? resolved[raw.inherits] : undefined;
    const entity = inherited !== undefined ? inherited : raw.mention ? resolveMention(resolver, raw.mention, raw.antecedent) : null;
    resolved.push(entity ?? null);
    if (entity) resolver.order.push(entity);
    const { sentence, paragraph, inherits, mention, antecedent, ...rest } = raw;
    return {
      ...rest,
      articleId: article.id,
      text: article.original.slice(raw.start, raw.end),
      speaker: speakerOf(mention, entity ?? null),
    };
  });
  return { statements, entities: resolver.entities };
}
