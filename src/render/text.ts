/**
 * An answer as console text: the templated answer, then each statement with
 * its speaker and the outlets that carried it, each with its link.
 */
import { sourceName, speakerLabel, statementText } from '../answer/templates.js';
import type { Answer, AnswerQuote } from '../answer/types.js';

/** How many statements a console answer lists before saying how many more there are. */
const SHOWN = 10;

/** Without a link, the article's id is how a reader finds it (its file, or its line's id in an archive). */
function whereToFind(source: { id: string; outlet: string | null; headline: string | null }): string {
  return sourceName(source).startsWith('article ') ? '(no link on record)' : `article ${source.id} (no link on record)`;
}

function quoteBlock(quote: AnswerQuote): string[] {
  return [
    `  ${statementText(quote)}`,
    `    — ${speakerLabel(quote)}`,
    ...quote.sources.map((s) => `    ${sourceName(s)}${s.published ? `, ${s.published}` : ''}: ${s.link ?? s.url ?? whereToFind(s)}`),
  ];
}

export function renderText(answer: Answer): string {
  const lines: string[] = [];
  if (answer.intent === 'sources' && answer.articles) {
    lines.push(answer.answer);
  } else if (answer.intent === 'who-is' && answer.speaker) {
    lines.push(answer.answer, '', 'Most reported statements:', ...answer.quotes.flatMap(quoteBlock));
  } else {
    // A count, a ranking or a yes/no about one outlet is the answer itself; the statements back it.
    const leads = answer.intent === 'how-many' || answer.intent === 'top-voices' || answer.understood.outlet !== undefined;
    const found = `${answer.quotes.length} statement${answer.quotes.length === 1 ? '' : 's'} found.`;
    lines.push(answer.found ? (leads ? `${answer.answer}\n\n${found}` : found) : answer.answer.split('\n')[0] ?? '');
    for (const quote of answer.quotes.slice(0, SHOWN)) lines.push('', ...quoteBlock(quote));
    if (answer.quotes.length > SHOWN) lines.push('', `  … and ${answer.quotes.length - SHOWN} more (use --json for all).`);
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
      for (const sentence of answer.context) lines.push(`  ${sentence.text}`, `    ${sourceName(sentence.source)}: ${sentence.source.link ?? sentence.source.url ?? ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
