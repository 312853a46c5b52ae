import { describe, expect, it } from 'vitest';
import { pairCues } from '../../src/attribution/pairing.js';
import { extendUnmarkedQuotes } from '../../src/attribution/unmarked-quotes.js';
import { inventedArticle, quotationIndexOf, slice } from './invented.js';

/** The statements' texts as paired, and after extending them over unmarked quotations. */
function extended(text: string): { paired: (string | null)[]; extended: (string | null)[] } {
  const article = inventedArticle(text);
  const { statements } = pairCues(article, quotationIndexOf(article));
  const paired = statements.map((s) => slice(article, s));
  extendUnmarkedQuotes(article, statements);
  return { paired, extended: statements.map((s) => slice(article, s)) };
}

describe('extendUnmarkedQuotes', () => {
  it('takes first-person sentences before "... said X" in text without punctuation', () => {
    const text = [
      'The council met in Springfield on a cold evening in the old town hall by the river',
      'We will rebuild the bridge by the spring and we will pay for it ourselves',
      'The town has waited long enough said Jane Roe',
      'the mayor of the town since the flood of the year before the last one',
    ].join(' ');
    const found = extended(text);
    expect(found.paired[0]).toBe('The town has waited long enough');
    expect(found.extended[0]).toBe('We will rebuild the bridge by the spring and we will pay for it ourselves The town has waited long enough');
  });

  it('leaves punctuated text as it is', () => {
    const found = extended('We will rebuild the bridge. The town has waited long enough, said Jane Roe.');
    expect(found.extended).toEqual(['The town has waited long enough']);
  });

  it('marks first-person speech that lost its marks as a quotation, and a report in the third person as a paraphrase', () => {
    const kinds = (text: string) => {
      const article = inventedArticle(text);
      const { statements } = pairCues(article, quotationIndexOf(article));
      extendUnmarkedQuotes(article, statements);
      return statements.map((s) => [slice(article, s), s.kind]);
    };
    expect(kinds('Jane Roe said we have already begun rebuilding the bridge in Springfield')).toEqual([['we have already begun rebuilding the bridge in Springfield', 'direct']]);
    expect(kinds('Jane Roe said the bridge in Springfield will be rebuilt by the spring')).toEqual([['the bridge in Springfield will be rebuilt by the spring', 'indirect']]);
    expect(kinds('Jane Roe said we have already begun rebuilding the bridge.')).toEqual([['we have already begun rebuilding the bridge', 'indirect']]);
  });
});
