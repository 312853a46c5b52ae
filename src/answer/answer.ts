/**
 * Answers a question from the coverage. Deterministic: the same question and
 * coverage always give the same answer, and every quoted word and link comes
 * from an article.
 */
import type { SpeakerEntity } from '../attribution/index.js';
import type { Coverage } from '../retrieval/coverage.js';
import type { QuoteCluster } from '../retrieval/snapshot.js';
import { cleanQuestion, parseQuestion, parseWithoutOutlet, type ParsedQuestion } from './intent.js';
import { onlyFrom, outletsNamed } from './outlets.js';
import { describeDate, publishedOn, splitDate } from './dates-asked.js';
import { textFragmentLink } from './links.js';
import { CLOSE, CONTEXT, honestMatches, MATCH, queryTerms, searchStatements, searchWithContext, type Scored } from './matching.js';
import { toAnswerQuote } from './quotes.js';
import { findSpeakers, resolveSpeaker } from './speakers.js';
import { carriesWords, groupMembers } from './groups.js';
import { sourceName, templates } from './templates.js';
import { topicStatements } from './topics.js';
import type { Answer, AnswerQuote, ArticleListing, ContextSentence, SpeakerProfile } from './types.js';

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
  const closest = closestOf(coverage, scored.filter((s) => s.coverage < MATCH));
  return { ...base(question, parsed), found: false, closest, answer: otherwise(closest.length) };
}

function base(question: string, parsed: ParsedQuestion): Omit<Answer, 'found' | 'answer'> {
  const understood: Answer['understood'] = {};
  if (parsed.statement) understood.statement = parsed.statement;
  if (parsed.speaker) understood.speaker = parsed.speaker;
  if (parsed.topic) understood.topic = parsed.topic;
  if (parsed.outlet) understood.outlet = parsed.outlet;
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
  return coverage.clustersByEntity.get(entity.id)?.length ?? 0;
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

/** A speaker's statements, most widely reported first, then in reading order. */
function byReach(clusters: readonly QuoteCluster[]): QuoteCluster[] {
  return [...clusters].sort((a, b) => b.occurrences.length - a.occurrences.length || a.id - b.id);
}

/** What the members of a group said, on the topic when one is asked: each member's statements, most widely reported first. */
function answerGroup(coverage: Coverage, question: string, parsed: ParsedQuestion, members: readonly SpeakerEntity[]): Answer {
  const clusters = members.flatMap((member) => {
    const own = coverage.clustersByEntity.get(member.id) ?? [];
    return parsed.topic ? topicStatements(coverage, parsed.topic, own, member.id).filter((s) => s.coverage >= ON_TOPIC).map((s) => s.cluster) : own;
  });
  const names = members.map(displayName).join(', ');
  if (clusters.length === 0) return { ...base(question, parsed), found: false, answer: templates.notFoundTopic(names, parsed.topic ?? '', members.length) };
  const quotes = byReach(clusters).slice(0, MAX_QUOTES).map((c) => toAnswerQuote(coverage, c));
  return { ...base(question, parsed), found: true, quotes, answer: templates.speakerQuotes(names, parsed.topic, quotes) };
}

function answerSpeakerQuotes(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  const speakerText = parsed.speaker ?? '';
  const resolved = resolveSpeaker(coverage, speakerText);
  // "what did the Freedonians say": people whose roles say they belong to the group, unless one speaker is named
  // by those very words; and never a speaker who only looks like them to the fuzzy index ("the germans").
  const group = /^(?:the|all\s+the)\s/i.test(speakerText);
  const entity = resolved && (!group || carriesWords(coverage, [resolved.name ?? '', ...resolved.roles], speakerText)) ? resolved : null;
  const members = group ? groupMembers(coverage, speakerText).filter((e) => statementCount(coverage, e) > 0) : [];
  const namedByIt = entity !== null && entity.name !== null && carriesWords(coverage, [entity.name], speakerText);
  if (members.length > 1 && !namedByIt) return answerGroup(coverage, question, parsed, members);
  if (!entity || statementCount(coverage, entity) === 0) {
    return members.length > 0 ? answerGroup(coverage, question, parsed, members) : unknownSpeaker(coverage, question, parsed, speakerText);
  }
  const own = coverage.clustersByEntity.get(entity.id) ?? [];
  const name = displayName(entity);
  if (!parsed.topic) {
    const quotes = byReach(own).slice(0, MAX_QUOTES).map((c) => toAnswerQuote(coverage, c));
    return { ...base(question, parsed), found: true, quotes, answer: templates.speakerQuotes(name, undefined, quotes) };
  }
  const scored = topicStatements(coverage, parsed.topic, own, entity.id);
  const onTopic = scored.filter((s) => s.coverage >= ON_TOPIC);
  if (onTopic.length === 0) {
    const closest = byReach(own).slice(0, MAX_CLOSEST).map((c) => toAnswerQuote(coverage, c));
    return { ...base(question, parsed), found: false, closest, answer: templates.notFoundTopic(name, parsed.topic, own.length) };
  }
  const quotes = onTopic.slice(0, MAX_QUOTES).map((s) => toAnswerQuote(coverage, s.cluster));
  return { ...base(question, parsed), found: true, quotes, answer: templates.speakerQuotes(name, parsed.topic, quotes) };
}

function profileOf(coverage: Coverage, entity: SpeakerEntity): SpeakerProfile {
  const own = coverage.clustersByEntity.get(entity.id) ?? [];
  const articleIds = [...new Set(own.flatMap((c) => c.occurrences.map((o) => o.articleId)))];
  return {
    entity: entity.id,
    name: entity.anonymous ? null : entity.name,
    roles: entity.roles,
    aliases: entity.aliases,
    anonymous: entity.anonymous,
    statements: own.length,
    sources: articleIds.map((id) => {
      const article = coverage.articleById.get(id);
      return { id, outlet: article?.outlet ?? null, headline: article?.headline ?? null, url: article?.url ?? null };
    }),
  };
}

function contextFor(coverage: Coverage, text: string, limit: number): ContextSentence[] {
  const terms = queryTerms(coverage, text);
  if (terms.length === 0) return [];
  // Context must hold every word asked about, exactly: a narrow search, and a cheap one.
  return coverage.indexes.sentences
    .search(terms.join(' '), { combineWith: 'AND', fuzzy: false, prefix: false })
    .slice(0, limit)
    .flatMap((r) => {
      const sentence = coverage.snapshot.sentences[r.id as number];
      if (!sentence) return [];
      const article = coverage.articleById.get(sentence.articleId);
      const url = article?.url ?? null;
      return [{
        text: sentence.text,
        source: {
          id: sentence.articleId, outlet: article?.outlet ?? null, url,
          link: url && article?.textAtUrl !== false ? textFragmentLink(url, sentence.text) : url,
          start: sentence.start, end: sentence.end,
        },
      }];
    });
}

function answerWhoIs(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  const speakerText = parsed.speaker ?? '';
  const entity = resolveSpeaker(coverage, speakerText);
  if (!entity || statementCount(coverage, entity) === 0) {
    const answer = unknownSpeaker(coverage, question, parsed, speakerText);
    const context = contextFor(coverage, speakerText, 3);
    return context.length > 0 ? { ...answer, context, answer: `${answer.answer} They are mentioned in the articles, though:` } : answer;
  }
  const speaker = profileOf(coverage, entity);
  const quotes = byReach(coverage.clustersByEntity.get(entity.id) ?? []).slice(0, 3).map((c) => toAnswerQuote(coverage, c));
  return { ...base(question, parsed), found: true, speaker, quotes, answer: templates.whoIs(speaker) };
}

function answerSources(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  const articles: ArticleListing[] = coverage.snapshot.articles.map((a) => ({
    id: a.id, outlet: a.outlet, headline: a.headline, url: a.url, published: a.published, wires: a.wires,
    statements: coverage.statementsPerArticle.get(a.id) ?? 0,
  }));
  return { ...base(question, parsed), found: articles.length > 0, articles, answer: templates.sources(articles) };
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
function reach(quotes: readonly AnswerQuote[]): { articles: number; outlets: number } {
  const sources = quotes.flatMap((q) => q.sources);
  return { articles: new Set(sources.map((s) => s.id)).size, outlets: new Set(sources.map((s) => s.outlet ?? s.id)).size };
}

/** "how many articles quoted Roe": a speaker's reach; else "how many outlets reported X": a statement's. */
function answerHowMany(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  const text = parsed.statement ?? '';
  const entity = text.split(/\s+/).length <= 4 ? resolveSpeaker(coverage, text) : null;
  if (entity && statementCount(coverage, entity) > 0) {
    const quotes = byReach(coverage.clustersByEntity.get(entity.id) ?? []).map((c) => toAnswerQuote(coverage, c));
    const counted = reach(quotes);
    return { ...base(question, parsed), found: true, quotes: quotes.slice(0, MAX_QUOTES), counted, answer: templates.howMany(displayName(entity), true, counted.articles, counted.outlets) };
  }
  const said = answerWhoSaid(coverage, question, { ...parsed, intent: 'who-said' });
  if (!said.found) return { ...said, intent: 'how-many' };
  const counted = reach(said.quotes);
  return { ...said, intent: 'how-many', counted, answer: templates.howMany('That', false, counted.articles, counted.outlets) };
}

/** How many voices "who was quoted most about X" lists. */
const TOP_VOICES = 5;

/** "who was quoted most about the ferry": the speakers with the most statements holding the topic's words. */
function answerTopVoices(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  const topic = parsed.topic ?? '';
  // On the topic as for a speaker's topic; named speakers only.
  const onTopic = searchStatements(coverage, topic).filter((s) => s.coverage >= ON_TOPIC && s.cluster.entity !== null);
  const byEntity = new Map<string, QuoteCluster[]>();
  for (const { cluster } of onTopic) {
    const entity = coverage.entityById.get(cluster.entity ?? '');
    if (!entity || entity.anonymous || !entity.name) continue;
    byEntity.set(entity.id, [...(byEntity.get(entity.id) ?? []), cluster]);
  }
  const ranked = [...byEntity].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b)).slice(0, TOP_VOICES);
  if (ranked.length === 0) return { ...base(question, parsed), found: false, answer: templates.nothing(topic) };
  const voices = ranked.map(([id, clusters]) => ({ speaker: displayName(coverage.entityById.get(id) as SpeakerEntity), statements: clusters.length }));
  const quotes = ranked.flatMap(([, clusters]) => clusters.slice(0, 3)).map((c) => toAnswerQuote(coverage, c));
  return { ...base(question, parsed), found: true, quotes, voices, answer: templates.topVoices(topic, voices) };
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
export function answerParsed(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  if (!parsed.outlet && !parsed.published) return answerIntent(coverage, question, parsed);
  const outlets = parsed.outlet ? outletsNamed(coverage, parsed.outlet) : [];
  if (parsed.outlet && outlets.length === 0) {
    // "... according to plan": no outlet by that name, so the words were part of the question.
    if (/\baccording\s+to\b/i.test(question)) return answerParsed(coverage, question, { ...parseWithoutOutlet(question), ...(parsed.published ? { published: parsed.published } : {}) });
    const known = [...new Set(coverage.snapshot.articles.flatMap((a) => (a.outlet ? [a.outlet] : [])))].sort();
    return { ...base(cleanQuestion(question), parsed), found: false, answer: templates.unknownOutlet(parsed.outlet, known) };
  }
  const answer = answerIntent(coverage, question, parsed);
  if (!answer.found) return answer;
  const date = parsed.published;
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

function answerIntent(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
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
      return answerSources(coverage, asked, parsed);
    case 'search':
      return answerSearch(coverage, asked, parsed);
  }
}
