import { describe, expect, it } from 'vitest';
import { attachLooseQuotations } from '../../src/attribution/loose-quotations.js';
import { pairCues } from '../../src/attribution/pairing.js';
import { inventedArticle, quotationIndexOf, slice } from './invented.js';

/** Statements after pairing and attaching loose quotations: content, speaker and whose speaker it inherits. */
function attached(text: string): [string | null, string | null, number][] {
  const article = inventedArticle(text);
  const quotations = quotationIndexOf(article);
  const { statements, usedQuotations } = pairCues(article, quotations);
  attachLooseQuotations(article.original, article, quotations, usedQuotations, statements);
  return statements.map((s) => [slice(article, s), slice(article, s.mention), s.inherits]);
}

describe('attachLooseQuotations', () => {
  it('gives a second quotation in the paragraph to the speaker of the first', () => {
    expect(attached('"We are not leaving," said Jane Roe. "Not today, not tomorrow, not ever."')).toEqual([
      ['We are not leaving', 'Jane Roe', -1],
      ['Not today, not tomorrow, not ever.', 'Jane Roe', 0],
    ]);
  });

  it('carries a speaker on to a paragraph that is only a quotation', () => {
    const found = attached('Jane Roe said the dam would hold.\n\n"We checked every wall of it twice this spring."');
    expect(found[1]).toEqual(['We checked every wall of it twice this spring.', 'Jane Roe', 0]);
  });

  it('leaves a short quotation inside a sentence alone', () => {
    expect(attached('The town calls it the "new bridge" these days.')).toEqual([]);
  });
});
