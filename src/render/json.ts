/**
 * An answer as the CLI's JSON contract: `{question, intent, found, answer,
 * quotes: [{speaker, role, text, kind, sources: [{id, outlet, url, start, end}]}]}`,
 * with a few more fields (links with text fragments, near misses, profiles).
 */
import type { Answer } from '../answer/types.js';

export function renderJson(answer: Answer): Record<string, unknown> {
  const quote = (q: Answer['quotes'][number]): Record<string, unknown> => ({
    speaker: q.speaker,
    role: q.role,
    anonymous: q.anonymous,
    text: q.text,
    kind: q.kind,
    sources: q.sources.map((s) => ({
      id: s.id, outlet: s.outlet, url: s.url, link: s.link, start: s.start, end: s.end, headline: s.headline, published: s.published, summaryOnly: s.summaryOnly,
    })),
  });
  return {
    question: answer.question,
    intent: answer.intent,
    found: answer.found,
    answer: answer.answer,
    quotes: answer.quotes.map(quote),
    closest: answer.closest.map(quote),
    ...(answer.opposite ? { opposite: answer.opposite.map(quote) } : {}),
    understood: answer.understood,
    ...(answer.speaker ? { speaker: answer.speaker } : {}),
    ...(answer.articles ? { articles: answer.articles, articleWindow: answer.articleWindow ?? { from: 0, total: answer.articles.length } } : {}),
    ...(answer.context ? { context: answer.context } : {}),
    ...(answer.coverage ? { coverage: answer.coverage } : {}),
    ...(answer.comparison ? { comparison: answer.comparison } : {}),
    ...(answer.figures ? { figures: answer.figures } : {}),
  };
}
