/**
 * Answers a question from the coverage. Deterministic: the same question and
 * coverage always give the same answer, and every quoted word and link comes
 * from an article.
 */
import type { SpeakerEntity } from '../attribution/index.js';
import { isGivenName } from '../attribution/first-names.js';
import type { Coverage } from '../retrieval/coverage.js';
import type { ArticleRecord, QuoteCluster, SentenceRecord } from '../retrieval/snapshot.js';
import { allOf } from '../retrieval/pending.js';
import { cleanQuestion, parseQuestion, parseWithoutOutlet, type ParsedQuestion } from './intent.js';
import { onlyFrom, outletsNamed } from './outlets.js';
import { describeDate, publishedOn, splitDate } from './dates-asked.js';
import { contextSentence } from './context-sentence.js';
import { storiesOf } from '../corpus/copies.js';
import { decodeSignature } from '../corpus/text-signature.js';
import { absent, CLOSE, CONTEXT, honestMatches, MATCH, queryTerms, searchStatements, searchWithContext, type Scored } from './matching.js';
import { rolesByUse, toAnswerQuote } from './quotes.js';
import { findSpeakers, namesakes, resolveSpeaker } from './speakers.js';
import { carriesWords, groupMembers, namesExactly } from './groups.js';
import { sourceName, templates } from './templates.js';
import { sentencesAround } from '../retrieval/sentences-around.js';
import { articlesHolding, topicStatements } from './topics.js';
import { coverageShares } from './shared-text.js';
import { figuresText, outletFigures } from './figures.js';
import { compareStatement } from './compare.js';
import { askedTerms } from './typos.js';
import { topicCoverage } from './topic-coverage.js';
import { FIRST_LISTED, type Answer, type AnswerQuote, type ArticleListing, type ContextSentence, type ListWindow, type SpeakerProfile } from './types.js';

const MAX_QUOTES = 25;
const MAX_CLOSEST = 3;
/** A topic is usually one or two words: a statement holding any of them (half, at least) is on it. */
const ON_TOPIC = Math.min(MATCH, 0.5);

function closestOf(coverage: Coverage, scored: readonly Scored[]): AnswerQuote[] {
  return scored.filter((s) => s.coverage >= CLOSE).slice(0, MAX_CLOSEST).map((s) => toAnswerQuote(coverage, s.cluster));
}

/**
 * No statement answers: the ones that say the opposite, when the words are
 * there but denied (or affirmed) against the question, else the near misses.
 */
function notFound(coverage: Coverage, question: string, parsed: ParsedQuestion, scored: readonly Scored[], opposite: readonly Scored[], otherwise: (closest: number) => string): Answer {
  if (opposite.length > 0) {
    const quotes = opposite.map((s) => toAnswerQuote(coverage, s.cluster));
    return { ...base(question, parsed), found: false, closest: [], opposite: quotes, answer: templates.opposite(quotes[0] as AnswerQuote) };
  }
  // Nothing answers, so every statement weighed is at best close: one holding most words but lacking the claim's comes first.
  const closest = closestOf(coverage, scored);
  return { ...base(question, parsed), found: false, closest, answer: otherwise(closest.length) };
}

function base(question: string, parsed: ParsedQuestion): Omit<Answer, 'found' | 'answer'> {
  const understood: Answer['understood'] = {};
  if (parsed.statement) understood.statement = parsed.statement;
  if (parsed.speaker) understood.speaker = parsed.speaker;
  if (parsed.topic) understood.topic = parsed.topic;
  if (parsed.outlet) understood.outlet = parsed.outlet;
  if (parsed.published) understood.published = describeDate(parsed.published);
  return { question, intent: parsed.intent, quotes: [], closest: [], understood };
}

function answerWhoSaid(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  const statement = parsed.statement ?? '';
  // "who talked about tolls": a topic, which the sentence around a statement carries as well as its words.
  const scored = searchWithContext(coverage, statement, parsed.topic === statement ? 1 : CONTEXT);
  const { found, opposite } = honestMatches(coverage, statement, scored);
  // "who said the bridge will close on May 3": no one said the date, so it may be when it was reported.
  const dated = found.length === 0 && !parsed.published ? splitDate(statement) : null;
  if (dated && dated.rest.trim()) {
    const filtered = answerParsed(coverage, question, { ...parsed, statement: dated.rest, published: dated.date });
    if (filtered.found) return filtered;
  }
  if (found.length === 0) return notFound(coverage, question, parsed, scored, opposite, (closest) => templates.notFoundStatement(statement, closest));
  const quotes = found.map((s) => toAnswerQuote(coverage, s.cluster));
  const answer = parsed.intent === 'which-outlets' ? templates.whichOutlets(quotes) : templates.whoSaid(quotes);
  return { ...base(question, parsed), found: true, quotes, answer };
}

function statementCount(coverage: Coverage, entity: SpeakerEntity): number {
  return coverage.statementsBy(entity.id);
}

function displayName(entity: SpeakerEntity): string {
  return entity.name ?? entity.aliases[0] ?? 'this source';
}

function unknownSpeaker(coverage: Coverage, question: string, parsed: ParsedQuestion, speaker: string): Answer {
  const suggestions = findSpeakers(coverage, speaker, 3)
    .filter((m) => m.coverage >= 0.5 && m.entity.name)
    .map((m) => m.entity.name as string);
  return { ...base(question, parsed), found: false, answer: templates.notFoundSpeaker(speaker, suggestions) };
}

/** Statements, most widely reported first, then as the coverage numbers them (a speaker's in reading order). */
function byReach(coverage: Coverage, clusters: readonly QuoteCluster[]): QuoteCluster[] {
  return [...clusters].sort((a, b) => b.occurrences.length - a.occurrences.length || coverage.compareStatements(a, b));
}

/** What the members of a group said, on the topic when one is asked: each member's statements, most widely reported first. */
function answerGroup(coverage: Coverage, question: string, parsed: ParsedQuestion, members: readonly SpeakerEntity[]): Answer {
  // Many people's statements gathered: each must hold every word of the topic, or a half-match brings in what is off it.
  const terms = parsed.topic ? queryTerms(coverage, parsed.topic) : [];
  const ofMember = (member: SpeakerEntity): readonly QuoteCluster[] => {
    const own = coverage.clustersOf(member.id);
    if (!parsed.topic) return own;
    return topicStatements(coverage, parsed.topic, own, member.id).filter((s) => s.coverage >= ON_TOPIC && absent(s.credits, terms) === 0).map((s) => s.cluster);
  };
  // Every member's look-ups at once: a store that fetches as it goes would otherwise take a round trip a member.
  const clusters = allOf(...members.map((member) => () => ofMember(member))).flat();
  if (clusters.length === 0) return { ...base(question, parsed), found: false, answer: templates.notFoundTopic(listed(members.map(displayName)), parsed.topic ?? '', members.reduce((total, member) => total + statementCount(coverage, member), 0)) };
  const shown = byReach(coverage, clusters).slice(0, MAX_QUOTES);
  // Named are the members the answer quotes, not every member the group has.
  const names = members.filter((member) => shown.some((c) => c.entity === member.id)).map(displayName).join(', ');
  const quotes = shown.map((c) => toAnswerQuote(coverage, c));
  return { ...base(question, parsed), found: true, quotes, answer: templates.speakerQuotes(names, parsed.topic, quotes) };
}

const SENTENCE_TERMS_KEPT = 20_000;
const termsOfSentence = new WeakMap<Coverage, Map<number, ReadonlySet<string>>>();

/** A sentence's search terms, worked out once per coverage: a speaker's statements are weighed again and again. */
function sentenceTerms(coverage: Coverage, sentence: SentenceRecord): ReadonlySet<string> {
  let known = termsOfSentence.get(coverage);
  if (!known) termsOfSentence.set(coverage, (known = new Map()));
  let terms = known.get(sentence.id);
  if (!terms) {
    // Kept for the sentences of recent questions, not for every sentence ever asked about: a large archive's would not fit.
    if (known.size >= SENTENCE_TERMS_KEPT) known.clear();
    known.set(sentence.id, (terms = new Set(coverage.normaliser.terms(sentence.text))));
  }
  return terms;
}

/** Whether a statement was told to `addressee`: the sentence it stands in holds every word of it ("Roe told the council"). */
function toldTo(coverage: Coverage, cluster: QuoteCluster, addressee: readonly string[]): boolean {
  return addressee.length > 0 && cluster.occurrences.some((occurrence) => {
    const around = sentencesAround(coverage.sentencesOf(occurrence.articleId), occurrence.start, occurrence.end);
    return addressee.every((term) => around.some((sentence) => sentenceTerms(coverage, sentence).has(term)));
  });
}

/** The statements told to the addressee asked about first ("what did Roe tell the council"), the rest after in their order. */
function toldFirst(coverage: Coverage, clusters: readonly QuoteCluster[], addressee: readonly string[]): QuoteCluster[] {
  if (addressee.length === 0) return [...clusters];
  const told = clusters.filter((c) => toldTo(coverage, c, addressee));
  return [...told, ...clusters.filter((c) => !told.includes(c))];
}

/** Whether a speaker said something told to the addressee or on the topic asked about: which Wilson "told the committee". */
function pointsTo(coverage: Coverage, parsed: ParsedQuestion, addressee: readonly string[]): ((entity: SpeakerEntity) => boolean) | undefined {
  if (addressee.length > 0) return (entity) => coverage.clustersOf(entity.id).some((c) => toldTo(coverage, c, addressee));
  const topic = parsed.topic;
  if (!topic) return undefined;
  return (entity) => topicStatements(coverage, topic, coverage.clustersOf(entity.id), entity.id).some((s) => s.coverage >= ON_TOPIC);
}

/** How many others a note names before it says how many more there are. */
const MAX_OTHERS = 8;

/** Names listed in a note: the first few, and how many more. */
function listed(names: readonly string[]): string {
  return names.length > MAX_OTHERS ? `${names.slice(0, MAX_OTHERS).join(', ')} and ${names.length - MAX_OTHERS} more` : names.join(', ');
}

/** A line naming the other people a name could mean, when it could mean several. */
function othersNamed(coverage: Coverage, speakerText: string, entity: SpeakerEntity): string {
  const others = namesakes(coverage, speakerText).filter((other) => other.id !== entity.id).map(displayName);
  return others.length > 0 ? `\nAlso quoted under that name: ${listed(others)}.` : '';
}

function answerSpeakerQuotes(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  const answer = speakerQuotes(coverage, question, parsed);
  const entity = answer.quotes[0]?.entity ?? null;
  const named = entity ? coverage.entity(entity) : undefined;
  return named && answer.found ? { ...answer, answer: `${answer.answer}${othersNamed(coverage, parsed.speaker ?? '', named)}` } : answer;
}

/** Whom a question names: one speaker, the members of a group or role ("the Freedonians", "the ministers"), or no one. */
type Asked = { entity: SpeakerEntity; members?: undefined } | { entity?: undefined; members: SpeakerEntity[]; body?: SpeakerEntity } | null;

/**
 * Whom `speakerText` names, for every kind of question about a speaker. "the Freedonians": the people whose roles
 * say they belong to the group, unless one speaker is named by those very words; and never a speaker who only
 * looks like them to the fuzzy index ("the germans").
 */
function speakerAsked(coverage: Coverage, speakerText: string, fits?: (entity: SpeakerEntity) => boolean): Asked {
  const resolved = resolveSpeaker(coverage, speakerText, fits);
  const group = /^(?:the|all\s+the)\s/i.test(speakerText);
  const entity = resolved && (!group || carriesWords([resolved.name ?? '', ...resolved.roles], speakerText)) ? resolved : null;
  const members = group ? groupMembers(coverage, speakerText).filter((e) => statementCount(coverage, e) > 0) : [];
  const namedByIt = entity !== null && entity.name !== null && namesExactly(entity.name, speakerText);
  // A body or collective the group names ("the Acme board", "the Freedonians") speaks with its people.
  if (entity && namedByIt && members.some((member) => member.id !== entity.id)) return { members: [entity, ...members.filter((m) => m.id !== entity.id)], body: entity };
  // A role held by named people is theirs before an unnamed holder's or a body's whose name only holds its words:
  // "the harbour master" is Jane Roe, whom an article names so, before the harbour master another article leaves
  // unnamed, and before the Harbour Master's Office.
  const noPerson = entity !== null && (entity.kind !== 'person' || entity.name === null || entity.anonymous);
  if (members.length > 0 && !namedByIt && (members.length > 1 || noPerson)) return { members };
  if (!entity || statementCount(coverage, entity) === 0) return members.length > 0 ? { members } : bothAsked(coverage, speakerText, fits);
  return { entity };
}

/** "Roe and Varga", "Roe, Varga and Ruiz": each named speaker, when every one of them is someone; else no one. */
function bothAsked(coverage: Coverage, speakerText: string, fits?: (entity: SpeakerEntity) => boolean): Asked {
  const parts = speakerText.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/i).filter(Boolean);
  if (parts.length < 2) return null;
  const members: SpeakerEntity[] = [];
  for (const part of parts) {
    const asked = speakerAsked(coverage, part, fits);
    if (!asked) return null;
    for (const member of asked.entity ? [asked.entity] : asked.members) if (!members.some((known) => known.id === member.id)) members.push(member);
  }
  return { members };
}

function speakerQuotes(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  const speakerText = parsed.speaker ?? '';
  const addressee = parsed.addressee ? coverage.normaliser.terms(parsed.addressee) : [];
  const asked = speakerAsked(coverage, speakerText, pointsTo(coverage, parsed, addressee));
  if (!asked) return unknownSpeaker(coverage, question, parsed, speakerText);
  if (asked.members) return answerGroup(coverage, question, parsed, asked.members);
  const entity = asked.entity;
  const own = coverage.clustersOf(entity.id);
  const name = displayName(entity);
  if (!parsed.topic) {
    const quotes = toldFirst(coverage, byReach(coverage, own), addressee).slice(0, MAX_QUOTES).map((c) => toAnswerQuote(coverage, c));
    return { ...base(question, parsed), found: true, quotes, answer: templates.speakerQuotes(name, undefined, quotes) };
  }
  const scored = topicStatements(coverage, parsed.topic, own, entity.id);
  const onTopic = scored.filter((s) => s.coverage >= ON_TOPIC);
  if (onTopic.length === 0) {
    const closest = byReach(coverage, own).slice(0, MAX_CLOSEST).map((c) => toAnswerQuote(coverage, c));
    return { ...base(question, parsed), found: false, closest, answer: templates.notFoundTopic(name, parsed.topic, own.length) };
  }
  const quotes = toldFirst(coverage, onTopic.map((s) => s.cluster), addressee).slice(0, MAX_QUOTES).map((c) => toAnswerQuote(coverage, c));
  return { ...base(question, parsed), found: true, quotes, answer: templates.speakerQuotes(name, parsed.topic, quotes) };
}

function profileOf(coverage: Coverage, entity: SpeakerEntity): SpeakerProfile {
  const own = coverage.clustersOf(entity.id);
  const articleIds = [...new Set(own.flatMap((c) => c.occurrences.map((o) => o.articleId)))];
  return {
    entity: entity.id,
    name: entity.anonymous ? null : entity.name,
    roles: rolesByUse(coverage, entity),
    aliases: entity.aliases,
    anonymous: entity.anonymous,
    statements: own.length,
    sources: articleIds.map((id) => {
      const article = coverage.article(id);
      return { id, outlet: article?.outlet ?? null, headline: article?.headline ?? null, url: article?.url ?? null };
    }),
  };
}

function contextFor(coverage: Coverage, text: string, limit: number): ContextSentence[] {
  const terms = queryTerms(coverage, text);
  if (terms.length === 0) return [];
  // Context must hold every word asked about, exactly: a narrow search, and a cheap one.
  return coverage
    .searchSentences(terms.join(' '), { combineWith: 'AND', fuzzy: false, prefix: false, limit })
    .flatMap((r) => {
      const sentence = coverage.sentence(r.id as number);
      return sentence ? [contextSentence(coverage, sentence)] : [];
    });
}

/** The one a "who is" or "how many" question about a group or role means: the body it names, else its most quoted member. */
function oneOf(coverage: Coverage, asked: Asked): SpeakerEntity | null {
  if (!asked) return null;
  if (asked.entity) return asked.entity;
  return asked.body ?? [...asked.members].sort((a, b) => statementCount(coverage, b) - statementCount(coverage, a) || a.id.localeCompare(b.id))[0] ?? null;
}

function answerWhoIs(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  const speakerText = parsed.speaker ?? '';
  const asked = speakerAsked(coverage, speakerText);
  const entity = oneOf(coverage, asked);
  if (!entity || statementCount(coverage, entity) === 0) {
    const answer = unknownSpeaker(coverage, question, parsed, speakerText);
    const context = contextFor(coverage, speakerText, 3);
    return context.length > 0 ? { ...answer, context, answer: `${answer.answer} They are mentioned in the articles, though:` } : answer;
  }
  const speaker = profileOf(coverage, entity);
  const quotes = byReach(coverage, coverage.clustersOf(entity.id)).slice(0, 3).map((c) => toAnswerQuote(coverage, c));
  // Several hold the role asked about ("the ministers"): the most quoted, and who the others are.
  const group = asked?.members && !asked.body ? asked.members : [];
  const others = group.filter((member) => member.id !== entity.id).map(displayName);
  const also = others.length > 0 ? `\nAlso quoted in that role: ${listed(others)}.` : othersNamed(coverage, speakerText, entity);
  return { ...base(question, parsed), found: true, speaker, quotes, answer: `${templates.whoIs(speaker)}${also}` };
}

/**
 * The articles of `window`, as "the sources" lists them: a window past the end
 * gives the last one, as a page past the end shows the last page.
 */
function answerSources(coverage: Coverage, question: string, parsed: ParsedQuestion, window: ListWindow): Answer {
  const total = coverage.articleCount;
  const count = Math.max(1, window.count);
  // Only a window past the end moves (to the last page's): one that starts inside the list starts where it was asked.
  const asked = Math.max(0, window.from);
  const from = asked < total ? asked : Math.max(0, Math.floor((total - 1) / count) * count);
  const records = coverage.articlesFrom(from, count);
  const shares = coverageShares(coverage, records.map((a) => a.id));
  const articles: ArticleListing[] = records.map((a) => ({
    id: a.id, outlet: a.outlet, headline: a.headline, url: a.url, published: a.published, wires: a.wires,
    summaryOnly: a.summaryOnly, statements: coverage.statementsIn(a.id), ...(shares.has(a.id) ? { shares: shares.get(a.id) } : {}),
  }));
  return { ...base(question, parsed), found: total > 0, articles, articleWindow: { from, total }, answer: templates.sources(articles, from, total) };
}

function answerSearch(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  const text = parsed.statement ?? '';
  // A bare name ("Roe") asks for what that speaker said.
  const named = text && text.split(/\s+/).length <= 4 ? resolveSpeaker(coverage, text) : null;
  if (named && statementCount(coverage, named) > 0) {
    return answerSpeakerQuotes(coverage, question, { intent: 'speaker-quotes', speaker: text });
  }
  const scored = searchWithContext(coverage, text);
  const { found, opposite } = honestMatches(coverage, text, scored);
  const context = contextFor(coverage, text, 3);
  if (found.length === 0 && context.length === 0) return notFound(coverage, question, parsed, scored, opposite, () => templates.nothing(text));
  const quotes = found.map((s) => toAnswerQuote(coverage, s.cluster));
  return { ...base(question, parsed), found: true, quotes, context, answer: templates.search(quotes, context.length) };
}

/** The articles and outlets that carried these statements. */
function reach(coverage: Coverage, quotes: readonly AnswerQuote[]): NonNullable<Answer['counted']> {
  const sources = quotes.flatMap((q) => q.sources);
  const ids = [...new Set(sources.map((s) => s.id))];
  // Copies of one story (a wire text several outlets carried, a file saved twice) are one article; each outlet still counts.
  const stories = storiesOf(ids.map((id) => ({ id, signature: decodeSignature(coverage.article(id)?.signature ?? '') })));
  // An article without an outlet on record is no outlet of its own: it is counted as an article only.
  return { articles: stories.length, outlets: new Set(sources.flatMap((s) => (s.outlet ? [s.outlet] : []))).size, copies: ids.length - stories.length };
}

/** "how many articles quoted Roe": a speaker's reach; else "how many outlets reported X": a statement's. */
function answerHowMany(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  const text = parsed.statement ?? '';
  // A name is a few words; a role or group ("the Freedonian foreign minister") a few more.
  const asked = text.split(/\s+/).length <= (/^the\s/i.test(text) ? 6 : 4) ? speakerAsked(coverage, text) : null;
  const speakers = asked?.entity ? [asked.entity] : (asked?.members ?? []);
  if (speakers.length > 0) {
    const quotes = byReach(coverage, speakers.flatMap((speaker) => coverage.clustersOf(speaker.id))).map((c) => toAnswerQuote(coverage, c));
    const counted = reach(coverage, quotes);
    return { ...base(question, parsed), found: true, quotes: quotes.slice(0, MAX_QUOTES), counted, answer: templates.howMany(speakers.map(displayName).join(', '), true, counted) };
  }
  const said = answerWhoSaid(coverage, question, { ...parsed, intent: 'who-said' });
  if (!said.found) return { ...said, intent: 'how-many' };
  const counted = reach(coverage, said.quotes);
  return { ...said, intent: 'how-many', counted, answer: templates.howMany('That', false, counted) };
}

/** How many voices "who was quoted most about X" lists. */
const TOP_VOICES = 5;

/** A named person, not a body or a description ("Analysts", "the company"). */
const isPerson = (entity: SpeakerEntity): boolean => entity.kind === 'person' && !entity.anonymous && entity.name !== null;

/**
 * "who was quoted most about the ferry": the speakers with the most statements on the topic. People come first,
 * by the strongest evidence any of them has: statements holding most of the topic's words; else statements in
 * articles holding all of them (the analyst quoted in the story about the ferry, who never names it); else
 * statements holding half its words. Bodies and descriptions only when no person is quoted on it at all.
 */
function answerTopVoices(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  const topic = parsed.topic ?? '';
  const scored = searchStatements(coverage, topic).filter((s) => s.coverage >= ON_TOPIC && s.cluster.entity !== null);
  const speakerOf = (cluster: QuoteCluster): SpeakerEntity | undefined => {
    const entity = coverage.entity(cluster.entity ?? '');
    return entity && !entity.anonymous && entity.name ? entity : undefined;
  };
  const people = (clusters: readonly QuoteCluster[]): QuoteCluster[] => clusters.filter((c) => { const e = speakerOf(c); return e !== undefined && isPerson(e); });
  const held = (): QuoteCluster[] => {
    const clusters = new Set([...articlesHolding(coverage, queryTerms(coverage, topic))].flatMap((id) => coverage.clustersInArticle(id)));
    return byReach(coverage, [...clusters]);
  };
  const tiers: (() => QuoteCluster[])[] = [
    () => people(scored.filter((s) => s.coverage >= MATCH).map((s) => s.cluster)),
    () => people(held()),
    () => people(scored.map((s) => s.cluster)),
    () => scored.map((s) => s.cluster).filter((c) => speakerOf(c) !== undefined),
  ];
  let chosen: QuoteCluster[] = [];
  for (const tier of tiers) {
    chosen = tier();
    if (chosen.length > 0) break;
  }
  const byEntity = new Map<string, QuoteCluster[]>();
  for (const cluster of chosen) {
    const entity = speakerOf(cluster);
    if (entity) byEntity.set(entity.id, [...(byEntity.get(entity.id) ?? []), cluster]);
  }
  const reached = (clusters: readonly QuoteCluster[]): number => new Set(clusters.flatMap((c) => c.occurrences.map((o) => o.articleId))).size;
  // Of as many statements, a name that starts with a known given name first: "Jane Roe" surely names a person.
  const given = (id: string): number => Number(isGivenName(coverage.entity(id)?.name?.split(/\s+/)[0] ?? ''));
  const ranked = [...byEntity].sort(([a, x], [b, y]) => y.length - x.length || given(b) - given(a) || reached(y) - reached(x) || a.localeCompare(b)).slice(0, TOP_VOICES);
  if (ranked.length === 0) return { ...base(question, parsed), found: false, answer: templates.nothing(topic) };
  const voices = ranked.map(([id, clusters]) => ({ speaker: displayName(coverage.entity(id) as SpeakerEntity), statements: clusters.length }));
  const quotes = ranked.flatMap(([, clusters]) => clusters.slice(0, 3)).map((c) => toAnswerQuote(coverage, c));
  return { ...base(question, parsed), found: true, quotes, voices, answer: templates.topVoices(topic, voices) };
}

/** "how was <topic> covered": the outlets, their articles and voices, and the articles over time; not found when no article holds the topic. */
function answerCoverage(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  const topic = parsed.topic ?? '';
  const covered = topicCoverage(coverage, topic);
  if (!covered) return { ...base(question, parsed), found: false, answer: templates.nothing(topic) };
  return { ...base(question, parsed), found: true, coverage: covered, answer: templates.coverage(covered) };
}

/** "how did the outlets report <statement>": the best matching statement's versions side by side, and their differences. */
function answerCompare(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  const statement = parsed.statement ?? '';
  const scored = searchWithContext(coverage, statement);
  const { found, opposite } = honestMatches(coverage, statement, scored);
  const best = found[0];
  if (!best) return notFound(coverage, question, parsed, scored, opposite, (closest) => templates.notFoundStatement(statement, closest));
  const comparison = compareStatement(coverage, best.cluster);
  return { ...base(question, parsed), found: true, quotes: [toAnswerQuote(coverage, best.cluster)], comparison, answer: templates.compared(comparison) };
}

/** "how many countries met in Springfield": each outlet's figures; `keep` holds to the outlets and dates asked about. */
function answerFigures(coverage: Coverage, question: string, parsed: ParsedQuestion, keep?: (article: ArticleRecord) => boolean): Answer {
  // A question read back from a page's id has no quantity: it is the question's own.
  const quantity = parsed.quantity ?? parseQuestion(question).quantity ?? { kind: 'count' };
  const figures = outletFigures(coverage, parsed.statement ?? '', quantity, keep);
  if (figures.length === 0) return { ...base(question, parsed), found: false, answer: templates.noFigures(question) };
  return { ...base(question, parsed), found: true, figures, answer: figuresText(figures) };
}

/**
 * Answers one question.
 *
 * @example
 * const answer = answerQuestion(coverage, 'Who said the bridge will reopen in May?');
 * answer.quotes[0].speaker; // 'Jane Roe'
 */
export function answerQuestion(coverage: Coverage, question: string): Answer {
  return answerParsed(coverage, question, parseQuestion(question));
}

/** Answers a question whose intent is already known (a slash command says it). */
export function answerParsed(coverage: Coverage, question: string, parsed: ParsedQuestion, window: ListWindow = FIRST_LISTED): Answer {
  if (!parsed.outlet && !parsed.published) return answerIntent(coverage, question, parsed, window);
  const outlets = parsed.outlet ? outletsNamed(coverage, parsed.outlet) : [];
  if (parsed.outlet && outlets.length === 0) {
    // "... according to plan": no outlet by that name, so the words were part of the question.
    if (/\baccording\s+to\b/i.test(question)) return answerParsed(coverage, question, { ...parseWithoutOutlet(question), ...(parsed.published ? { published: parsed.published } : {}) }, window);
    const known = [...coverage.outlets()];
    return { ...base(cleanQuestion(question), parsed), found: false, answer: templates.unknownOutlet(parsed.outlet, known) };
  }
  const date = parsed.published;
  if (parsed.intent === 'figures') {
    return answerFigures(coverage, cleanQuestion(question), parsed, (a) => (outlets.length === 0 || (a.outlet !== null && outlets.includes(a.outlet))) && (!date || publishedOn(a.published, date)));
  }
  const answer = answerIntent(coverage, question, parsed, window);
  if (!answer.found) return answer;
  const quotes = onlyFrom(answer.quotes, (s) => (outlets.length === 0 || (s.outlet !== null && outlets.includes(s.outlet))) && (!date || publishedOn(s.published, date)));
  const when = date ? `published ${date.day ? 'on' : 'in'} ${describeDate(date)}` : '';
  const where = `${outlets.length > 0 ? outlets.join(', ') : 'sources'}${when ? ` ${when}` : ''}`;
  const name = answer.quotes[0]?.speaker ?? parsed.speaker ?? '';
  if (quotes.length === 0) {
    const elsewhere = [...new Set(answer.quotes.flatMap((q) => q.sources.map(sourceName)))];
    const text = parsed.intent === 'speaker-quotes' ? templates.notFromSources(name, where) : templates.notFromOutlet(where, elsewhere);
    return { ...answer, found: false, quotes: [], closest: answer.quotes.slice(0, MAX_CLOSEST), answer: text };
  }
  const text = parsed.intent === 'which-outlets' && outlets.length > 0 ? templates.fromOutlet(outlets.join(', '), quotes)
    : parsed.intent === 'speaker-quotes' ? templates.speakerQuotes(name, parsed.topic, quotes, where)
      : templates.whoSaid(quotes);
  return { ...answer, quotes, answer: text };
}

/** The answer, saying which typos of the question it read as which words ("overlapp" as "overlap"). */
function answerIntent(coverage: Coverage, question: string, parsed: ParsedQuestion, window: ListWindow): Answer {
  const answer = byIntent(coverage, question, parsed, window);
  // "who talked about X" asks X as the statement and the topic: each typo is said once.
  const readAs = new Map([...new Set([parsed.statement, parsed.topic])].flatMap((text) => (text ? askedTerms(coverage, text).readAs : [])));
  return readAs.size === 0 ? answer : { ...answer, understood: { ...answer.understood, readAs: [...readAs].map(([typed, word]) => ({ typed, word })) } };
}

function byIntent(coverage: Coverage, question: string, parsed: ParsedQuestion, window: ListWindow): Answer {
  const asked = cleanQuestion(question);
  switch (parsed.intent) {
    case 'who-said':
    case 'which-outlets':
      return answerWhoSaid(coverage, asked, parsed);
    case 'speaker-quotes':
      return answerSpeakerQuotes(coverage, asked, parsed);
    case 'who-is':
      return answerWhoIs(coverage, asked, parsed);
    case 'how-many':
      return answerHowMany(coverage, asked, parsed);
    case 'top-voices':
      return answerTopVoices(coverage, asked, parsed);
    case 'sources':
      return answerSources(coverage, asked, parsed, window);
    case 'search':
      return answerSearch(coverage, asked, parsed);
    case 'coverage':
      return answerCoverage(coverage, asked, parsed);
    case 'figures':
      return answerFigures(coverage, asked, parsed);
    case 'compare':
      return answerCompare(coverage, asked, parsed);
  }
}
