/**
 * An answer as console text: the templated answer, then each statement with
 * its speaker and the outlets that carried it, each with its link. A long
 * list is shown a page at a time, and where it is cut the text says how to
 * see the rest in the transport that shows it (the CLI: --json; the
 * console: page:2 or /more).
 */
import { comparisonLines } from './comparison.js';
import { leadingText, sourceName, speakerLabel, statementText, summaryNote, templates } from '../answer/templates.js';
import type { Answer, AnswerQuote, ArticleListing } from '../answer/types.js';
import { coverageLines } from './coverage-text.js';

/** How many statements a console answer lists on a page. */
export const STATEMENTS_PER_PAGE = 10;
/** How many articles a list of sources shows on a page. */
export const ARTICLES_PER_PAGE = 25;

export interface TextPaging {
  /** 1-based; a page past the end shows the last one. */
  page: number;
  /** How to see page `next`, as the transport allows ("type /more, or ask again with page:2"). */
  howToSee: (next: number) => string;
}

/** The CLI's way to see everything: its JSON output lists every statement. */
const CLI_PAGING: TextPaging = { page: 1, howToSee: () => 'use --json for all' };

/** Without a link, the article's id is how a reader finds it (its file, or its line's id in an archive). */
function whereToFind(source: { id: string; outlet: string | null; headline: string | null }): string {
  return sourceName(source).startsWith('article ') ? '(no link on record)' : `article ${source.id} (no link on record)`;
}

function quoteBlock(quote: AnswerQuote): string[] {
  return [
    `  ${statementText(quote)}`,
    `    — ${speakerLabel(quote)}`,
    ...quote.sources.map((s) => `    ${sourceName(s)}${summaryNote(s)}${s.published ? `, ${s.published}` : ''}: ${s.link ?? s.url ?? whereToFind(s)}`),
  ];
}

function articleLine(article: ArticleListing): string {
  const outlet = article.outlet ? `${article.outlet}: ` : '';
  const shared = article.shares ? `\n    ${templates.sharedText(article.shares)}` : '';
  return `- ${outlet}${article.headline ?? `article ${article.id}`}${summaryNote(article)}${article.published ? ` (${article.published})` : ''}${article.url ? ` ${article.url}` : ''}${shared}`;
}

/** What is listed a page at a time: the articles of a list of sources, else the statements. */
function listed(answer: Answer): { items: number; perPage: number } {
  if (answer.intent === 'sources' && answer.articles) return { items: answer.articleWindow?.total ?? answer.articles.length, perPage: ARTICLES_PER_PAGE };
  return { items: answer.quotes.length, perPage: STATEMENTS_PER_PAGE };
}

/** How many pages the console text of an answer has. */
export function textPageCount(answer: Answer): number {
  const { items, perPage } = listed(answer);
  return Math.max(1, Math.ceil(items / perPage));
}

export function renderText(answer: Answer, paging: TextPaging = CLI_PAGING): string {
  const { items, perPage } = listed(answer);
  const pages = textPageCount(answer);
  const page = Math.min(Math.max(1, Math.trunc(paging.page) || 1), pages);
  const from = (page - 1) * perPage;
  const to = Math.min(items, from + perPage);
  const range = pages > 1 ? ` (page ${page} of ${pages}: ${from + 1}–${to})` : '';
  const rest = items > to ? [``, `  … and ${items - to} more: ${paging.howToSee(page + 1)}.`] : [];
  const lines: string[] = [];
  if (answer.intent === 'sources' && answer.articles) {
    const held = answer.articleWindow?.from ?? 0;
    lines.push(`${items} article${items === 1 ? '' : 's'} in this coverage${range}:`, ...answer.articles.slice(from - held, to - held).map(articleLine), ...rest);
  } else if (answer.comparison) {
    lines.push(answer.answer, '', ...comparisonLines(answer.comparison));
  } else if (answer.coverage) {
    lines.push(answer.answer, '', ...coverageLines(answer.coverage));
  } else if (answer.figures && answer.found) {
    lines.push(answer.answer);
    for (const figure of answer.figures) {
      lines.push('', `  ${sourceName(figure.sentence.source)}: ${figure.figures.join(', ')}`, `    “${figure.sentence.text}”`, `    ${figure.sentence.source.link ?? figure.sentence.source.url ?? whereToFind({ ...figure.sentence.source, headline: null })}`);
    }
  } else if (answer.intent === 'who-is' && answer.speaker) {
    lines.push(answer.answer, '', `Most reported statements${range}:`, ...answer.quotes.slice(from, to).flatMap(quoteBlock), ...rest);
  } else {
    const lead = leadingText(answer);
    const found = `${items} statement${items === 1 ? '' : 's'} found${range}.`;
    lines.push(answer.found ? (lead && page === 1 ? `${lead}\n\n${found}` : found) : answer.answer.split('\n')[0] ?? '');
    if (answer.understood.readAs && page === 1) lines.push(`(${templates.readAs(answer.understood.readAs)})`);
    for (const quote of answer.quotes.slice(from, to)) lines.push('', ...quoteBlock(quote));
    lines.push(...rest);
    if (page === 1) {
      if (answer.opposite && answer.opposite.length > 0) {
        lines.push('', 'Says the opposite:');
        for (const quote of answer.opposite) lines.push(...quoteBlock(quote));
      }
      if (answer.closest.length > 0) {
        lines.push('', 'Closest, but not a match:');
        for (const quote of answer.closest) lines.push(...quoteBlock(quote));
      }
      if (answer.context && answer.context.length > 0) {
        lines.push('', 'In the articles:');
        for (const sentence of answer.context) lines.push(`  ${sentence.text}`, `    ${sourceName(sentence.source)}${summaryNote(sentence.source)}: ${sentence.source.link ?? sentence.source.url ?? ''}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
