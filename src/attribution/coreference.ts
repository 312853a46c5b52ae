/**
 * Who each speaker mention is, within one article: a surname goes to the full
 * name met before ("Roe" to "Jane Roe"), a pronoun to the last person
 * who spoke, a definite role ("the official", "the club's manager") to the
 * speaker last described that way, and floating quotations to their
 * paragraph's speaker. Unnamed sources stay unnamed and are marked anonymous.
 */
import type { Article, Span } from '../corpus/types.js';
import { organisationKey, type AttributionConfig } from './config.js';
import { isGivenName } from './first-names.js';
import type { RawStatement } from './extract.js';
import { ANONYMOUS_HEADS, DOCUMENT_HEADS, GENERIC_BODIES, isEpithetWord, isNationWord } from './lexicon.js';
import { documentAuthor } from './documents.js';
import { indexNames, sentenceGenders, type NameOccurrence } from './name-index.js';
import { bracketedAcronyms } from './acronyms.js';
import { foldName, isFullName, samePerson, surnameOf } from './names.js';
import { roleHead } from './mentions.js';
import { bareRole, fullNameAt, genderOfPerson, groupMembers, holderOf, isPlaceName, peopleOf, personNamed, push, type People } from './people.js';
import { quotationsOf } from './quotations.js';
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
const PLURAL_PRONOUNS = new Set(['they', 'we', 'their']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'who', 'his']);
const INDEFINITE = /^(?:a|an|one|two|three|several|some|many|other|another)\b/i;
/** An age standing for a person ("the 31-year-old"): a description of one individual, never a body or a post. */
const AGE = /^\d+-year-old$/;

/** The head noun of a role: "club's manager" → "manager", "the mayor of Springfield" → "mayor". */
function headOf(role: string): string {
  const words = bareRole(role).split(/\s+/);
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
  return foldedRoleSynonyms(config).some((folded) => folded.some((item) => fa.endsWith(item)) && folded.some((item) => fb.endsWith(item)));
}

/** The configured role synonyms, folded once per configuration: roles are compared for every role a statement names. */
const FOLDED_ROLE_SYNONYMS = new WeakMap<AttributionConfig, readonly string[][]>();

function foldedRoleSynonyms(config: AttributionConfig): readonly string[][] {
  let folded = FOLDED_ROLE_SYNONYMS.get(config);
  if (!folded) {
    folded = config.roleSynonyms.map((group) => group.map(foldName));
    FOLDED_ROLE_SYNONYMS.set(config, folded);
  }
  return folded;
}

interface Resolver {
  entities: ArticleEntity[];
  /** Entity of each statement so far, in order. */
  order: ArticleEntity[];
  people: People;
  config: AttributionConfig;
  articleId: string;
  /** Statements so far, for where each stood (pronouns look back to the last one). */
  raws: readonly RawStatement[];
  current: number;
  text: string;
  /** Person entities by surname, in the order they were made. */
  personsBySurname: Map<string, ArticleEntity[]>;
  /** Acronyms the article introduces in brackets, folded, with the names they stand for; read when a body first speaks (acronymsOf). */
  acronyms: ReadonlyMap<string, string> | null;
  sentences: readonly Span[];
  /** The entity each statement so far was given (null for none), by statement index. */
  byStatement: (ArticleEntity | null)[];
  /** Relatives named by a given name alone ("Lund's father, Tom"), by that name folded. */
  relatives: Map<string, ArticleEntity>;
}

function addEntity(resolver: Resolver, entity: Omit<ArticleEntity, 'key'>): ArticleEntity {
  const created = { ...entity, key: `${resolver.articleId}#${resolver.entities.length}` };
  resolver.entities.push(created);
  if (created.kind === 'person' && created.name) push(resolver.personsBySurname, surnameOf(created.name), created);
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
  if (mention.apposed && !entity.roles.includes(mention.apposed)) entity.roles.push(mention.apposed);
  if (mention.kind === 'name' && mention.name && entity.name && isFullName(mention.name) && !isFullName(entity.name)) {
    entity.name = mention.name;
  }
  return entity;
}

/** Family words: "Roe's father, Tom," names a relative by the given name alone. */
const KINSHIP: ReadonlySet<string> = new Set([
  'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'uncle', 'aunt', 'grandfather',
  'grandmother', 'grandson', 'granddaughter', 'cousin', 'nephew', 'niece', 'stepfather', 'stepmother', 'fiancé', 'fiancée', 'widow', 'widower',
]);

/**
 * "Lund's father, Tom, said": one word after a family role is the relative's
 * given name, a person of their own, not the "Tom Varga" the text named before
 * (but the "Tom Lund" it names, who shares the family's name).
 */
function isRelativeByGivenName(resolver: Resolver, mention: Mention, name: string): boolean {
  if (isFullName(name) || mention.role === null || !KINSHIP.has(headOf(mention.role))) return false;
  const full = fullNameAt(resolver.people, name, mention.start);
  const family = /(\p{Lu}[\p{L}-]*)['’]s\s/u.exec(mention.role)?.[1];
  return !(full && family && surnameOf(full) === surnameOf(family));
}

function resolveName(resolver: Resolver, mention: Mention): ArticleEntity {
  const name = mention.name ?? mention.text;
  const relative = resolver.relatives.get(foldName(name));
  if (relative && !isFullName(name)) return note(relative, mention);
  if (isRelativeByGivenName(resolver, mention, name)) {
    const gender = genderOf(mention) ?? genderOfPerson(resolver.people, name);
    const entity = addEntity(resolver, { kind: 'person', name, roles: [], mentions: [], anonymous: false, plural: false, ...(gender ? { gender } : {}) });
    resolver.relatives.set(foldName(name), entity);
    return note(entity, mention);
  }
  // A surname goes to the nearest full name written before it ("Lund" after "Ann Lund"), else to a known speaker.
  const full = isFullName(name) ? (fullNameAt(resolver.people, name, mention.start) ?? name) : fullNameAt(resolver.people, name, mention.start);
  const known = knownPerson(resolver, full ?? name);
  if (known) return note(known, mention);
  // "Kelvale Vale said it would close the road" after "in Kelvale Vale": a place speaks for its government.
  if (!mention.role && !genderOf(mention) && isPlaceName(resolver.people, full ?? name)) return resolveOrganisation(resolver, { ...mention, kind: 'organisation' });
  // "British Widgets said", "UK Coal said": a nation before a name nobody was introduced by is the start of a body's name,
  // as it is before a name ending in a body's word ("Freedonian Ostby Railway").
  const nation = mention.role !== null && mention.role.split(/\s+/).every(isNationWord) && !genderOf(mention);
  if (nation && (full === null || GENERIC_BODIES.has(foldName(name).split(' ').at(-1) ?? ''))) {
    const body = `${mention.role ?? ''} ${name}`;
    return resolveOrganisation(resolver, { ...mention, kind: 'organisation', name: body });
  }
  // News names a person in full on first mention: one bare word nobody was introduced by, with no title, is a body.
  if (full === null && !mention.role && !genderOf(mention)) return resolveOrganisation(resolver, { ...mention, kind: 'organisation' });
  const person = full ?? name;
  const gender = genderOfPerson(resolver.people, person);
  return note(addEntity(resolver, { kind: 'person', name: person, roles: [], mentions: [], anonymous: false, plural: false, ...(gender ? { gender } : {}) }), mention);
}

/** The latest person entity that may be `name` (same surname, compatible given names), or null. */
function knownPerson(resolver: Resolver, name: string): ArticleEntity | null {
  const same = resolver.personsBySurname.get(surnameOf(name)) ?? [];
  for (let index = same.length - 1; index >= 0; index--) {
    const entity = same[index];
    if (entity?.name && samePerson(entity.name, name, resolver.config.nicknames)) return entity;
  }
  return null;
}

/** The entity for a person the text names, made on first sight. */
function personEntity(resolver: Resolver, name: string, at: number): ArticleEntity {
  return resolveName(resolver, { text: name, start: at, end: at + name.length, kind: 'name', name, role: null, anonymous: false });
}

/** How many sentences back a pronoun looks for the person the text is about. */
const SALIENCE_REACH = 3;
/** A description ("the rookie defenceman") looks only at the sentence before. */
const EPITHET_REACH = 1;

/**
 * The person a "he" or "she" most likely stands for: the first person named
 * (not after a preposition, not in a quotation or statement) in the current
 * sentence before the pronoun, else the subject of each of the `back`
 * sentences before it (further only one known to be of the pronoun's
 * gender), never past the sentence of the last statement. Null when none fits.
 */
function salientPerson(resolver: Resolver, raw: RawStatement, mention: Mention, gender: 'm' | 'f' | undefined, back = SALIENCE_REACH): ArticleEntity | null {
  const previous = resolver.raws[resolver.current - 1];
  const lastStatement = previous ? Math.min(previous.sentence, raw.sentence) : 0;
  let reach = raw.sentence - back;
  // "Jane Roe moved home. [five sentences about the town] She said ...": past the reach, back to the
  // last statement, a subject known to be of the pronoun's gender is still nearer than any earlier speaker.
  const floor = gender ? lastStatement : Number.POSITIVE_INFINITY;
  for (let sentence = raw.sentence; sentence >= Math.min(Math.max(reach, lastStatement), floor); sentence--) {
    const far = sentence < reach;
    // "She cited the report.": a sentence opened by the same pronoun is about the same person, further back.
    if (sentence < raw.sentence && gender && resolver.people.sentences[sentence]?.opensWith === gender) {
      reach--;
      continue;
    }
    const candidates = (resolver.people.bySentence.get(sentence) ?? []).filter((o) =>
      !o.quoted && !o.oblique && (sentence < raw.sentence || (o.end <= mention.start && !(o.start >= raw.start && o.start < raw.end))));
    const named = candidates.flatMap((o) => {
      // "Lund's father, Tom, said ...": the relative, not a "Tom Varga" named before.
      if (resolver.relatives.has(foldName(o.name))) return [{ name: o.name, at: o.start }];
      const name = personNamed(resolver.people, o);
      return name ? [{ name, at: o.start }] : [];
    });
    // "The mayor brought the plan up again.": a subject named by the title the text gave a person.
    const subject = named[0] ?? (sentence < raw.sentence ? titledSubject(resolver, sentence) : null);
    if (!subject) continue;
    const entity = resolver.relatives.get(foldName(subject.name)) ?? knownPerson(resolver, subject.name);
    const known = entity?.gender ?? genderOfPerson(resolver.people, subject.name);
    if (gender && known && known !== gender) continue;
    // Far back, only a subject that opens its sentence ("Mr Roe joined ...", not "... was Tom Varga").
    if (far && (known !== gender || !opensSentence(resolver, sentence, subject.at))) continue;
    return entity ?? personEntity(resolver, subject.name, subject.at);
  }
  return null;
}

/**
 * "Meet Jane Roe, who grew up by the river. '...,' says the 39-year-old
 * founder of the shop.": a description may stand for the first person the
 * sentence before introduces by full name, even after a preposition.
 */
function introducedBefore(resolver: Resolver, raw: RawStatement): ArticleEntity | null {
  const first = (resolver.people.bySentence.get(raw.sentence - 1) ?? []).find((o) =>
    !o.quoted && !o.body && !o.located && isFullName(o.name) && (o.titled || isGivenName(o.name.split(' ')[0] ?? '')) && personNamed(resolver.people, o) !== null);
  return first ? (knownPerson(resolver, first.name) ?? personEntity(resolver, first.name, first.start)) : null;
}

/**
 * '"...," said Tom Varga. Varga has run the shop since 1990. His prices never
 * change. "...," says the bow-tied veteran.': within one paragraph, a
 * description that gives a direct quotation goes further back than the sentence
 * before, but only to the person who spoke last and only when the subject
 * named since is theirs. Reported speech ("The industry body said that
 * ...") more often brings in someone new.
 */
function lastSpeakerInFocus(resolver: Resolver, raw: RawStatement, mention: Mention): ArticleEntity | null {
  const previous = resolver.raws[resolver.current - 1];
  const last = resolver.byStatement[resolver.current - 1];
  if (!previous || raw.kind !== 'direct' || previous.paragraph !== raw.paragraph || last?.kind !== 'person') return null;
  const salient = salientPerson(resolver, raw, mention, undefined, SALIENCE_REACH);
  // '"...," Roe said. He told the crowd to vote. "...," the 47-year-old director said.': right after the
  // last statement, no sentence between them could bring in anyone else.
  return salient === last || (salient === null && raw.sentence - previous.sentence <= 1) ? last : null;
}

/** Whether only "the" and capitalised words (titles, a given name) stand before `at` in its sentence. */
function opensSentence(resolver: Resolver, sentence: number, at: number): boolean {
  const start = resolver.sentences[sentence]?.start ?? at;
  return /^(?:[^\p{L}]*(?:[Tt]he|\p{Lu}[\p{L}.'’-]*))*[^\p{L}]*$/u.test(resolver.text.slice(start, at));
}

/** An opening phrase before a sentence's subject ("On Monday, ", "But "). */
const OPENING = /^(?:(?:on|in|at|after|before|during|later|earlier|last|this|since)\b[^,;]{0,40},\s*)?(?:(?:but|and|then|still)\s+)?/iu;

/** The person a sentence opens with by a title ("On Monday, the mayor said ...") that the text gave them earlier. */
function titledSubject(resolver: Resolver, sentence: number): { name: string; at: number } | null {
  const span = resolver.sentences[sentence];
  if (!span) return null;
  const body = resolver.text.slice(span.start, Math.min(span.end, span.start + 120));
  const opening = OPENING.exec(body)?.[0].length ?? 0;
  // "The mayor ...", not "The mayor's critics ...".
  const phrase = /^[Tt]he\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})(?![\p{L}'’-])/u.exec(body.slice(opening));
  if (!phrase?.[1]) return null;
  const words = phrase[1].split(/\s+/);
  const at = span.start + opening;
  for (let count = 1; count <= words.length; count++) {
    const holder = holderOf(resolver.people, words.slice(0, count).join(' '), at);
    if (holder) return { name: holder, at };
  }
  return null;
}

/** How many sentences back "they" looks for the group the text is about. */
const GROUP_REACH = 1;

/**
 * The group a "they" stands for when the text has just named one as a
 * body or a party ("The Greens believe they will win; they say ..."): the
 * first named in its own sentence before the pronoun, else in the sentence
 * before. With `singular`, the body an "it" stands for: only a body that
 * opens its sentence ("Acme declined to comment. '...,' it said"). A body
 * that spoke under a longer name holding this one ("Acme Corp of Freedonia")
 * is that body. Null when none is named there.
 */
function salientGroup(resolver: Resolver, raw: RawStatement, mention: Mention, singular = false): ArticleEntity | null {
  for (let sentence = raw.sentence; sentence >= raw.sentence - GROUP_REACH; sentence--) {
    // The first name of the sentence, as its subject: "Workers at Acme walked out" is not about Acme.
    // A lone capitalised word opening the sentence ("Central to the Greens' plan ...") may be any word: not a name to stop at.
    const capitalOnly = (o: NameOccurrence): boolean => o.initial && !o.body && !/\s/.test(o.name) && personNamed(resolver.people, o) === null;
    const first = (resolver.people.bySentence.get(sentence) ?? []).find((o) => !o.quoted && !capitalOnly(o) && (sentence < raw.sentence || o.end <= mention.start));
    const plural = !singular && first?.determined === true && /\p{Ll}s$/u.test(first.name) && !/\s/.test(first.name);
    // "It" asks more: the body must open the sentence ("The ad cites FBI data. It says ..." is about the ad).
    const opens = !singular || (first !== undefined && /^\W*(?:the\s+)?$/i.test(resolver.text.slice(resolver.sentences[sentence]?.start ?? 0, first.start)));
    const group = first && opens && !first.oblique && (first.body || plural) ? first : null;
    if (!group) continue;
    // "Acme Widgets of Freedonia said ... Acme Widgets expects ... it said": the body that spoke under the longer name.
    const words = ` ${foldName(group.name)} `;
    const spoke = find(recentSpeakers(resolver), (e) => e.kind === 'organisation' && ` ${foldName(e.name ?? '')} `.includes(words));
    return spoke ?? resolveOrganisation(resolver, { text: group.name, start: group.start, end: group.end, kind: 'organisation', name: group.name, role: null, anonymous: false });
  }
  return null;
}

/** The article's bracketed acronyms, found on first use: most articles quote no body, and the search reads the whole text. */
function acronymsOf(resolver: Resolver): ReadonlyMap<string, string> {
  resolver.acronyms ??= bracketedAcronyms(resolver.text);
  return resolver.acronyms;
}

function resolveOrganisation(resolver: Resolver, mention: Mention): ArticleEntity {
  // "the Springfield-based Acme Widgets": the describing words before a body's name are not part of it.
  const written = (mention.name ?? mention.text).replace(/^the\s+/i, '').replace(/^(?:\S+-(?:linked|based|backed|led|owned|run)\s+)+(?=\p{Lu})/u, '');
  // "Springfield Water Board (SWB) ... SWB said": the acronym speaks for the body it was introduced for.
  const name = acronymsOf(resolver).get(foldName(written)) ?? written;
  const key = organisationKey(name, resolver.config);
  const known = resolver.entities.find((e) => e.kind === 'organisation' && e.name && organisationKey(e.name, resolver.config) === key);
  if (known) return note(known, mention);
  return note(addEntity(resolver, { kind: 'organisation', name, roles: [], mentions: [], anonymous: false, plural: false }), mention);
}

/** The most recent speakers first, as far back as a reader's memory reasonably goes. */
function* recentSpeakers(resolver: Resolver, lookback = LOOKBACK): Generator<ArticleEntity> {
  const { order } = resolver;
  for (let index = order.length - 1; index >= 0 && order.length - index <= lookback; index--) {
    const entity = order[index];
    if (entity) yield entity;
  }
}

/** How many statements back a pronoun or "the official" may reach. */
const LOOKBACK = 40;
/** Generic nouns any body's name may stand behind ("Widgetco ... the company", "Springfield Transit ... the agency"). */
const ANY_BODY_HEADS: ReadonlySet<string> = new Set([
  'company', 'firm', 'business', 'carrier', 'airline', 'retailer', 'lender', 'insurer', 'automaker', 'carmaker', 'manufacturer',
  'maker', 'developer', 'publisher', 'startup', 'giant', 'operator', 'producer', 'broadcaster', 'network', 'group', 'agency',
  'organization', 'organisation',
]);
/** How many statements back "the company" may reach for the body that spoke. */
const BODY_LOOKBACK = 10;

function find(entities: Iterable<ArticleEntity>, test: (entity: ArticleEntity) => boolean): ArticleEntity | null {
  for (const entity of entities) if (test(entity)) return entity;
  return null;
}

function resolveRole(resolver: Resolver, raw: RawStatement, mention: Mention): ArticleEntity {
  // "Roe's letter", "a statement from the council": a document speaks for its author.
  const author = documentAuthor(resolver.text, mention);
  const byAuthor = author ? resolveMention(resolver, raw, author, undefined) : null;
  if (byAuthor) return note(byAuthor, mention);
  const issuer = documentIssuer(resolver, mention);
  if (issuer) return note(issuer, mention);
  const role = mention.role ?? mention.text;
  const head = headOf(role);
  // "sergeant-at-arms", "editor-in-chief": a compound's number is its first word's.
  const noun = head.replace(/-(?:at|in|of|on|for)-.*$/, '');
  const plural = /s$/.test(noun) && !/ss$/.test(noun);
  if (!INDEFINITE.test(mention.text)) {
    // "the company": the firm that spoke last, even when an analyst spoke in between; "the council": a body named a council.
    // "Springfield Radio ... the radio station": or a word describing the head is a word of the body's name.
    const describing = mention.text.trim().toLowerCase().split(/\s+/).slice(1, -1);
    const fits = (e: ArticleEntity): boolean => e.kind === 'organisation' && (ANY_BODY_HEADS.has(head) ||
      [e.name ?? '', ...e.roles].some((n) => n.toLowerCase().split(/\s+/).some((word) => word === head || describing.includes(word))));
    // Only a plain "the agency": "North Freedonia's SFN news agency" names a body of its own.
    // "The Springfield-based railway" is plain too: a place before "-based" describes the body, it does not name it.
    const plain = /^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:\p{Ll}[\p{Ll}-]*|\p{Lu}\p{Ll}+-based)\s+){0,2}\p{Ll}+$/u.test(mention.text.trim());
    const body = !plural && plain && GENERIC_BODIES.has(head) ? find(recentSpeakers(resolver, BODY_LOOKBACK), fits) : null;
    if (body) return note(body, mention);
    const owned = ownedBody(resolver, mention.text, head);
    if (owned) return note(owned, mention);
    const known = find(recentSpeakers(resolver), (e) => e.plural === plural && e.roles.some((r) => rolesMatch(r, role, resolver.config)));
    if (known) return note(known, mention);
    const holder = plural ? null : holderOf(resolver.people, role, mention.start);
    if (holder) return note(personEntity(resolver, holder, mention.start), mention);
    // '"...," said the rookie defenceman.': a description nobody was given is the person the text is about.
    // Only a described one ("the rookie defenceman", "the 31-year-old"): a bare "the judge" is as often someone new.
    // Not a post named by a noun before its head ("the harbour master", "the police chief"): that is someone new,
    // unless it "added" something, which goes on from the last speaker ('"...," the club's manager added').
    const before = wordsBefore(mention.text, head);
    const described = before.some(isEpithetWord) || AGE.test(head) || (raw.cue?.lemma === 'add' && before.length > 0);
    const epithet = !plural && described && /^the\s/i.test(mention.text) && !GENERIC_BODIES.has(head) && !ANONYMOUS_HEADS.has(head) && !DOCUMENT_HEADS.has(head);
    const salient = epithet ? salientPerson(resolver, raw, mention, undefined, EPITHET_REACH) ?? lastSpeakerInFocus(resolver, raw, mention) ?? introducedBefore(resolver, raw) : null;
    if (salient) return note(salient, mention);
  }
  const anonymous = ANONYMOUS_HEADS.has(headOf(role));
  return note(addEntity(resolver, { kind: 'unnamed', name: null, roles: [], mentions: [], anonymous, plural }), mention);
}

/** The words of a description between its determiner and its head, as written: "the lanky, bespectacled professor" gives "lanky," and "bespectacled". */
function wordsBefore(text: string, head: string): string[] {
  const words = text.trim().split(/\s+/).slice(1);
  const at = words.findIndex((word) => word.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '') === head);
  return at < 0 ? [] : words.slice(0, at);
}

/**
 * '"...," said the Mayor's Office. ... "...," her office said.': a body
 * owned by a pronoun ("his office", "her campaign") is the body that spoke
 * lately under a name ending in that noun. Null when none did.
 */
function ownedBody(resolver: Resolver, text: string, head: string): ArticleEntity | null {
  if (!/^(?:his|her|their)\s+\p{Ll}+$/iu.test(text.trim())) return null;
  return find(recentSpeakers(resolver, BODY_LOOKBACK), (e) => e.kind === 'organisation' && foldName(e.name ?? '').split(' ').at(-1) === head);
}

/** "in a statement", "through its annual report": the phrase for each document head, built once (the heads are few). */
const ISSUED_THROUGH = new Map<string, RegExp>();

function issuedThrough(head: string): RegExp {
  let pattern = ISSUED_THROUGH.get(head);
  if (!pattern) {
    pattern = new RegExp(`\\b(?:in|through|via)\\s+(?:a|an|its|their|his|her|the)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,2}${head}s?\\b`, 'iu');
    ISSUED_THROUGH.set(head, pattern);
  }
  return pattern;
}

/** How many statements back "the statement" looks for the one who spoke "in a statement". */
const DOCUMENT_LOOKBACK = 6;

/**
 * "The statement also said ..." after "The council said in a statement
 * that ...": a definite document speaks for whoever last spoke through a
 * document of that kind, or as one ("..., said a council report"). Null
 * when nobody did.
 */
function documentIssuer(resolver: Resolver, mention: Mention): ArticleEntity | null {
  const words = mention.text.toLowerCase().split(/\s+/);
  const head = words[words.length - 1]?.replace(/s$/, '') ?? '';
  // "Acme said its director was among the dead. A statement said ...": a bare statement right after a body spoke is the body's.
  const current = resolver.raws[resolver.current];
  const previous = resolver.raws[resolver.current - 1];
  const lastBody = resolver.byStatement[resolver.current - 1];
  if (words.length === 2 && /^(?:statement|release)$/.test(head) && current && previous && lastBody?.kind === 'organisation' && current.sentence - previous.sentence <= 1) return lastBody;
  if (words[0] !== 'the' || !DOCUMENT_HEADS.has(head)) return null;
  // "in the council’s annual report": a possessive word may stand before the document too.
  const through = issuedThrough(head);
  for (let index = resolver.current - 1; index >= 0 && resolver.current - index <= DOCUMENT_LOOKBACK; index--) {
    const earlier = resolver.raws[index];
    const entity = resolver.byStatement[index];
    const span = earlier ? resolver.sentences[earlier.sentence] : undefined;
    if (!earlier || !entity || !span || entity.kind === 'unnamed') continue;
    // The attribution is what the sentence says outside the statement's own words.
    const attribution = resolver.text.slice(span.start, earlier.start) + ' ' + resolver.text.slice(earlier.end, span.end);
    // "A report by the council said ... The report also said ...": or the earlier speaker was a document of that kind
    // (not a person the kind only describes: "report author Jane Roe").
    const document = earlier.mention && (earlier.mention.kind !== 'name' || documentRole(earlier.mention)) ? earlier.mention : null;
    const wrote = document?.text.toLowerCase().split(/\s+/).some((word) => word.replace(/s$/, '') === head) ?? false;
    if (through.test(attribution) || wrote) return entity;
  }
  return null;
}

function resolvePronoun(resolver: Resolver, raw: RawStatement, mention: Mention, antecedent: Mention | undefined): ArticleEntity | null {
  const word = mention.text.toLowerCase();
  if (antecedent) return resolveMention(resolver, raw, antecedent, undefined);
  const recent = recentSpeakers(resolver);
  if (PLURAL_PRONOUNS.has(word)) return salientGroup(resolver, raw, mention) ?? find(recent, (e) => e.plural || e.kind === 'organisation');
  if (word === 'it' || word === 'its') return salientGroup(resolver, raw, mention, true) ?? find(recent, (e) => e.kind === 'organisation');
  if (PERSON_PRONOUNS.has(word) || FEMALE.has(word)) {
    const gender = genderOf(mention);
    const salient = word === 'who' ? null : salientPerson(resolver, raw, mention, gender);
    if (salient) {
      salient.gender ??= gender;
      return salient;
    }
    const person = find(recent, (e) => (e.kind === 'person' || (e.kind === 'unnamed' && !e.plural)) && (!gender || !e.gender || e.gender === gender));
    if (person) person.gender ??= gender;
    return person;
  }
  return null;
}

/** Whether a name's role words are a document that the name is the title of ("a report titled Bridges of Ostby"). */
function titledDocument(mention: Mention): boolean {
  const words = (mention.role ?? '').toLowerCase().split(/\s+/);
  return DOCUMENT_HEADS.has(words[0] ?? '') && /^(?:titled|entitled|called|named)$/.test(words[1] ?? '');
}

/** Whether a name's role words are a document the name wrote or titles ("a report by Acme", not "report author Jane Roe"). */
function documentRole(mention: Mention): boolean {
  const words = (mention.role ?? '').toLowerCase().split(/\s+/);
  return titledDocument(mention) || (DOCUMENT_HEADS.has(words[0] ?? '') && /^(?:by|from|of)$/.test(words[1] ?? ''));
}

/** Whether a mention opens with a document in lower case ("a new report by ...", "the statement from ..."). */
function lowerCaseDocument(mention: Mention): boolean {
  const words = mention.text.split(/\s+/).filter((w) => !/^(?:the|a|an)$/i.test(w));
  const head = words.findIndex((w) => DOCUMENT_HEADS.has(w) || DOCUMENT_HEADS.has(w.replace(/s$/, '')));
  return head >= 0 && head <= 2 && words.slice(0, head).every((w) => /^\p{Ll}+$/u.test(w)) && /^(?:by|from|of)$/.test(words[head + 1] ?? '');
}

function resolveMention(resolver: Resolver, raw: RawStatement, mention: Mention, antecedent: Mention | undefined): ArticleEntity | null {
  switch (mention.kind) {
    case 'name': {
      // "a report titled Bridges of Ostby": a titled document is no person; it speaks for its author, if the text gives one.
      if (!titledDocument(mention)) return resolveName(resolver, mention);
      const author = documentAuthor(resolver.text, mention);
      const byAuthor = author && author.kind !== 'role' ? resolveMention(resolver, raw, author, undefined) : null;
      return note(byAuthor ?? addEntity(resolver, { kind: 'unnamed', name: null, roles: [], mentions: [], anonymous: false, plural: false }), mention);
    }
    case 'organisation': {
      // "a new report by the Springfield Gazette": a document whose author has capitals is still the author's.
      const author = lowerCaseDocument(mention) ? documentAuthor(resolver.text, mention) : null;
      const byAuthor = author && author.kind !== 'role' ? resolveMention(resolver, raw, author, undefined) : null;
      return byAuthor ? note(byAuthor, mention) : resolveOrganisation(resolver, mention);
    }
    case 'role':
      return resolveRole(resolver, raw, mention);
    case 'pronoun':
      return resolvePronoun(resolver, raw, mention, antecedent);
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

/** The people a plural role stands for, named together in the next sentence, as entities; none when it names nobody. */
function groupOf(resolver: Resolver, article: Article, raw: RawStatement): ArticleEntity[] {
  const mention = raw.mention;
  const next = article.sentences[raw.sentence + 1];
  if (!mention || mention.kind !== 'role' || !next || !/s$/.test(headOf(mention.role ?? mention.text))) return [];
  const names = groupMembers(resolver.people, article.original, mention.role ?? mention.text, { index: raw.sentence + 1, span: next });
  return names.map((name) => note(personEntity(resolver, name, next.start), mention));
}

export interface ResolvedArticle {
  statements: Statement[];
  entities: ArticleEntity[];
}

/** Resolves the speakers of one article's statements, in reading order. */
export function resolveSpeakers(article: Article, raws: readonly RawStatement[], config: AttributionConfig): ResolvedArticle {
  // Nothing said, nobody to resolve: the article's names are indexed only for speakers.
  if (raws.length === 0) return { statements: [], entities: [] };
  const said = [...quotationsOf(article), ...raws];
  const speakers = raws.flatMap((raw) => (raw.mention?.kind === 'name' && raw.mention.name ? [raw.mention.name] : []));
  const people = peopleOf(indexNames(article, said), sentenceGenders(article, said), speakers);
  const resolver: Resolver = { entities: [], order: [], people, config, articleId: article.id, raws, current: 0, text: article.original, personsBySurname: new Map(), acronyms: null, sentences: article.sentences, byStatement: [], relatives: new Map() };
  const resolved = resolver.byStatement;
  const statements = raws.flatMap((raw, index) => {
    resolver.current = index;
    const inherited = raw.inherits >= 0 && raw.inherits < index ? resolved[raw.inherits] : undefined;
    // "Top water officials said ... . Jane Roe and her counterpart Tom Varga ...": one statement for each.
    const members = inherited === undefined ? groupOf(resolver, article, raw) : [];
    const entity = members[0] ?? (inherited !== undefined ? inherited : raw.mention ? resolveMention(resolver, raw, raw.mention, raw.antecedent) : null);
    resolved.push(entity ?? null);
    if (entity) resolver.order.push(entity);
    const { start, end, kind, cue, mention } = raw;
    const text = article.original.slice(start, end);
    const statement = (speaker: Speaker): Statement => ({ start, end, kind, cue, articleId: article.id, text, speaker });
    if (members.length > 1) return members.map((member) => statement({ ...speakerOf(mention, member), anonymous: false }));
    return [statement(speakerOf(mention, entity ?? null))];
  });
  introducedRoles(resolver);
  return { statements, entities: resolver.entities };
}

/** How far after a name a title set between commas may end. */
const TITLE_REACH = 200;

/**
 * "Jane Roe, the mayor of Springfield, opened the bridge. ... Roe said": a
 * person whose statements carry no role takes the titles the article set
 * after their full name between commas in its own voice, when a title's head
 * is a role word ("mayor", "chief executive"; not "a native of Ostby").
 * One pass over the article's names.
 */
function introducedRoles(resolver: Resolver): void {
  const bare = new Map<string, ArticleEntity>();
  for (const entity of resolver.entities) {
    if (entity.kind === 'person' && entity.name && entity.roles.length === 0) bare.set(foldName(entity.name), entity);
  }
  if (bare.size === 0) return;
  for (const occurrence of resolver.people.occurrences) {
    if (occurrence.quoted || occurrence.body || occurrence.titles.length === 0) continue;
    const name = personNamed(resolver.people, occurrence);
    const entity = name ? bare.get(foldName(name)) : undefined;
    if (!entity) continue;
    for (const title of occurrence.titles) {
      const role = roleHead(headOf(title)) ? apposedTo(resolver.text, occurrence, title) : null;
      if (role && !entity.roles.includes(role)) entity.roles.push(role);
    }
  }
}

/**
 * A title set after the name between commas, as the article wrote it (the
 * index keeps it in lower case): "mayor of Springfield" in "Jane Roe, the
 * mayor of Springfield, opened"; null for one written before the name,
 * where other words run into it ("admitted boss Jane Roe").
 */
function apposedTo(text: string, occurrence: Span, title: string): string | null {
  const after = text.slice(occurrence.end, occurrence.end + TITLE_REACH);
  const at = after.toLowerCase().indexOf(title);
  return at >= 0 && /^,\s*(?:the|a|an)\s+$/i.test(after.slice(0, at)) ? after.slice(at, at + title.length) : null;
}
