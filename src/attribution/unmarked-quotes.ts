/**
 * Quotations that lost their marks. In text with no punctuation a
 * quotation is no longer marked, so the sentences before "... said Jane
 * Roe" that speak in the first person ("I think ...", "We do ...") are taken
 * as the start of what she said, and what is said in the first person is a
 * quotation, not a paraphrase.
 */
import type { Article } from '../corpus/types.js';
import type { RawStatement } from './raw-statement.js';

/** First-person words: outside quotation marks they are someone speaking. */
const FIRST_PERSON = /\b(?:I|we|We|our|Our|us|my|My|Ive|Im|weve|Weve|ours)\b/;
/** How many sentences back an unmarked quotation may reach. */
const UNMARKED_REACH = 2;

/**
 * Stretches each statement of an unpunctuated paragraph back over the
 * first-person sentences before it, and marks one in the first person as a
 * quotation.
 */
export function extendUnmarkedQuotes(article: Article, statements: RawStatement[]): void {
  const { sentences, paragraphs, original } = article;
  const unpunctuated = paragraphs.map((p) => !/[.!?;:"“”]/.test(original.slice(p.start, p.end)));
  // Sentences some statement already stands in: an unmarked quotation never takes them.
  const taken = new Set(statements.map((s) => s.sentence));
  for (const statement of statements) {
    if (!unpunctuated[statement.paragraph]) continue;
    // Someone speaking in the first person is quoted, whether or not the marks survived: "said we will win".
    if (statement.kind === 'indirect' && FIRST_PERSON.test(original.slice(statement.start, statement.end))) statement.kind = 'direct';
    const sentence = sentences[statement.sentence];
    if (!sentence || statement.start !== sentence.start) continue;
    for (let back = statement.sentence - 1; back >= 0 && statement.sentence - back <= UNMARKED_REACH; back--) {
      const earlier = sentences[back];
      if (!earlier || earlier.paragraph !== statement.paragraph || taken.has(back) || !FIRST_PERSON.test(earlier.text)) break;
      statement.start = earlier.start;
      taken.add(back);
    }
  }
}
