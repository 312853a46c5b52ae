/**
 * Answers a question from the coverage. Deterministic: the same question and
 * coverage always give the same answer, and every quoted word and link comes
 * from an article.
 */
import type { SpeakerEntity } from '../attribution/index.js';
import type { Coverage } from '../retrieval/coverage.js';
import type { SearchResult } from '../retrieval/search-index.js';
import type { QuoteCluster } from '../retrieval/snapshot.js';
import { cleanQuestion, parseQuestion, type ParsedQuestion } from './intent.js';
import { textFragmentLink } from './links.js';
import { toAnswerQuote } from './quotes.js';
import { findSpeakers, resolveSpeaker } from './speakers.js';
import { templates } from './templates.js';
import type { Answer, AnswerQuote, ArticleListing, ContextSentence, SpeakerProfile } from './types.js';

/** A match must contain this share of the question's content words to count as the answer. */
export const MATCH = 0.6;
/** Below MATCH but at least this share: offered as "closest, but not a match". */
export const CLOSE = 0.34;
const MAX_QUOTES = 25;
const MAX_CLOSEST = 3;
/** Terms beyond this many are ignored: they make searches slow and never help. */
const MAX_TERMS = 24;

interface Scored {
  cluster: QuoteCluster;
  coverage: number;
  score: number;
}

function queryText(coverage: Coverage, text: string): { query: string; terms: number } {
  const terms = [...new Set(coverage.normaliser.terms(text))].slice(0, MAX_TERMS);
  return { query: terms.join(' '), terms: terms.length };
}

/** Statement clusters matching `text`, with the share of its content words each contains. */
function searchStatements(coverage: Coverage, text: string, filter?: (cluster: QuoteCluster) => boolean): Scored[] {
  const { query, terms } = queryText(coverage, text);
  if (terms === 0) return [];
  const results: SearchResult[] = coverage.indexes.statements.search(query, {
    ...(filter ? { filter: (result) => filter(coverage.snapshot.clusters[result.id as number] as QuoteCluster) } : {}),
  });
  const scored: Scored[] = [];
  for (const result of results.slice(0, 200)) {
    const cluster = coverage.snapshot.clusters[result.id as number];
    if (cluster) scored.push({ cluster, coverage: new Set(result.queryTerms).size / terms, score: result.score });
  }
  // Coverage first (how much of the question a statement holds), then the index's own score.
  return scored.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
}

function matches(scored: readonly Scored[]): Scored[] {
  const top = scored[0];
  if (!top || top.coverage < MATCH) return [];
  const floor = Math.max(MATCH, top.coverage - 0.25);
  return scored.filter((s) => s.coverage >= floor).slice(0, MAX_QUOTES);
}

function closestOf(coverage: Coverage, scored: readonly Scored[]): AnswerQuote[] {
  return scored.filter((s) => s.coverage >= CLOSE).slice(0, MAX_CLOSEST).map((s) => toAnswerQuote(coverage, s.cluster));
}

function base(question: string, parsed: ParsedQuestion): Omit<Answer, 'found' | 'answer'> {
  const understood: Answer['understood'] = {};
  if (parsed.statement) understood.statement = parsed.statement;
  if (parsed.speaker) understood.speaker = parsed.speaker;
  if (parsed.topic) understood.topic = parsed.topic;
  return { question, intent: parsed.intent, quotes: [], closest: [], understood };
}

function answerWhoSaid(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  const statement = parsed.statement ?? '';
  const scored = searchStatements(coverage, statement);
  const found = matches(scored);
  if (found.length === 0) {
    const closest = closestOf(coverage, scored);
    return { ...base(question, parsed), found: false, closest, answer: templates.notFoundStatement(statement, closest.length) };
  }
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

function answerSpeakerQuotes(coverage: Coverage, question: string, parsed: ParsedQuestion): Answer {
  const speakerText = parsed.speaker ?? '';
  const entity = resolveSpeaker(coverage, speakerText);
  if (!entity || statementCount(coverage, entity) === 0) return unknownSpeaker(coverage, question, parsed, speakerText);
  const own = coverage.clustersByEntity.get(entity.id) ?? [];
  const name = displayName(entity);
  if (!parsed.topic) {
    const quotes = byReach(own).slice(0, MAX_QUOTES).map((c) => toAnswerQuote(coverage, c));
    return { ...base(question, parsed), found: true, quotes, answer: templates.speakerQuotes(name, undefined, quotes) };
  }
  const scored = searchStatements(coverage, parsed.topic, (cluster) => cluster.entity === entity.id);
  // A topic is usually one or two words: any of them present is a match.
  const onTopic = scored.filter((s) => s.coverage >= Math.min(MATCH, 0.5));
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
  const { query, terms } = queryText(coverage, text);
  if (terms === 0) return [];
  // Context must hold every word asked about, exactly: a narrow search, and a cheap one.
  return coverage.indexes.sentences
    .search(query, { combineWith: 'AND', fuzzy: false, prefix: false })
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
  const scored = searchStatements(coverage, text);
  const found = matches(scored);
  const context = contextFor(coverage, text, 3);
  if (found.length === 0 && context.length === 0) {
    const closest = closestOf(coverage, scored);
    return { ...base(question, parsed), found: false, closest, answer: templates.nothing(text) };
  }
  const quotes = found.map((s) => toAnswerQuote(coverage, s.cluster));
  return { ...base(question, parsed), found: true, quotes, context, answer: templates.search(quotes, context.length) };
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
  const asked = cleanQuestion(question);
  switch (parsed.intent) {
    case 'who-said':
    case 'which-outlets':
      return answerWhoSaid(coverage, asked, parsed);
    case 'speaker-quotes':
      return answerSpeakerQuotes(coverage, asked, parsed);
    case 'who-is':
      return answerWhoIs(coverage, asked, parsed);
    case 'sources':
      return answerSources(coverage, asked, parsed);
    case 'search':
      return answerSearch(coverage, asked, parsed);
  }
}
