/**
 * The words of a Discord message, as a statement to look up ("Who said
 * this?"): mentions, custom emoji, timestamps, links and markdown go; a
 * quotation inside the message is what it quotes; a long message is cut at
 * the end of a sentence (else of a word) within the statement's limit.
 */

import { STATEMENT_MAX } from '../../commands/definitions.js';

/** The fewest words a quotation inside a message needs to be taken as what the message asks about. */
const QUOTED_WORDS = 4;

const words = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Strips Discord's mentions and markup; keeps the words, with their punctuation. */
export function plainWords(content: string): string {
  return content
    .replace(/```[^\n`]*\n?([\s\S]*?)```/g, '$1') // code blocks: their text
    .replace(/<a?:[\w~]+:\d+>/g, ' ') // custom emoji
    .replace(/<t:-?\d+(?::[tTdDfFR])?>/g, ' ') // timestamps
    .replace(/<\/[\w -]+:\d+>/g, ' ') // slash-command mentions
    .replace(/<(?:@[!&]?|#)\d+>/g, ' ') // user, role and channel mentions
    .replace(/<id:\w+>/g, ' ') // guild navigation
    .replace(/@(?:everyone|here)\b/g, ' ')
    .replace(/\[([^\]]*)\]\(<?https?:\/\/[^)\s]*>?\)/g, '$1') // masked links: their text
    .replace(/<?https?:\/\/\S+/g, ' ') // bare links
    .replace(/^(?:\s*>>?>?\s?|\s*#{1,3}\s+|\s*-#\s+|\s*[-*]\s+|\s*\d+\.\s+)/gm, '') // quotes, headings, subtext, list items
    .replace(/(\*\*|__|~~|\|\||\*|_|`)/g, '') // emphasis, strike-through, spoilers, inline code
    .replace(/\\([\\*_~`|>#-])/g, '$1') // escaped markdown characters
    .replace(/[^\S\n]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** The longest quotation of a few words or more in the text ("…", “…”), if any. */
function quotation(text: string): string | null {
  let best: string | null = null;
  for (const match of text.matchAll(/"([^"\n]+)"|“([^”]+)”/g)) {
    const quoted = (match[1] ?? match[2] ?? '').trim();
    if (words(quoted) >= QUOTED_WORDS && (!best || quoted.length > best.length)) best = quoted;
  }
  return best;
}

/** Cuts at the last sentence end within `max`, else at the last space, else hard. */
export function cutSensibly(text: string, max = STATEMENT_MAX): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentence = Math.max(...[...head.matchAll(/[.!?…]["”’)]?(?=\s)/g)].map((m) => m.index + m[0].length), -1);
  if (sentence >= max / 3) return head.slice(0, sentence).trim();
  const space = head.lastIndexOf(' ');
  return (space >= max / 3 ? head.slice(0, space) : head).replace(/[\uD800-\uDBFF]$/, '').trim();
}

/** The statement a message stands for, or '' when it has no words. */
export function statementOfMessage(content: string, max = STATEMENT_MAX): string {
  const plain = plainWords(content);
  if (words(plain) === 0) return '';
  return cutSensibly((quotation(plain) ?? plain).replace(/\s+/g, ' '), max);
}
