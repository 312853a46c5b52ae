import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/attribution/quotations.js';
import { quoteOpenAfter } from '../../src/corpus/quotes-state.js';
import { inventedArticle, statementsOf } from './invented.js';

/** The words inside each quotation of a one-paragraph text. */
function quoted(text: string): string[] {
  return findQuotations(text, [{ start: 0, end: text.length, kind: 'body' }]).map((q) => text.slice(q.start, q.end));
}

describe('quotations inside quotations', () => {
  it('does not end a quotation at a short quotation inside it, with straight marks', () => {
    expect(quoted('"We have no objection to Acme buying the "B" shares," Jane Roe told the Gazette. "But all of it waits."')).toEqual([
      'We have no objection to Acme buying the "B" shares',
      'But all of it waits.',
    ]);
    expect(statementsOf(['"We have no objection to Acme buying the "B" shares," Jane Roe told the Springfield Gazette.'])).toEqual([
      ['We have no objection to Acme buying the "B" shares', 'Jane Roe', 'told'],
    ]);
  });

  it('does the same with curly marks, and with a phrase of several words', () => {
    expect(quoted('“They could be talking to a “friendly buyer” right now,” said Tom Varga.')).toEqual([
      'They could be talking to a “friendly buyer” right now',
    ]);
    expect(quoted('"We can\'t say "yes, we will close the Ostby plant" but it is being looked at," an official said.')).toEqual([
      'We can\'t say "yes, we will close the Ostby plant" but it is being looked at',
    ]);
  });

  it('lets the inner mark end the quotation when no closing mark follows it', () => {
    // The writer closed both quotations with one mark at the paragraph's end.
    expect(quoted('"Prices jump on so-called "witching days."')).toEqual(['Prices jump on so-called "witching days.']);
  });

  it('needs a true closing mark after the inner one, not a mark with space on both sides', () => {
    // The writer forgot to close the first quotation; the spaced mark opens the last one.
    expect(quoted('"Ostby will not be sold, she said. "Nobody here wants that," Roe added, " and nobody will."')).toEqual([
      'Ostby will not be sold, she said. "Nobody here wants that',
      'and nobody will.',
    ]);
  });

  it('keeps a double-mark quotation inside a single-mark one as part of it', () => {
    expect(quoted('‘We want the “B” shares,’ said Jane Roe.')).toEqual(['We want the “B” shares,']);
  });
});

describe('a straight mark with space on both sides', () => {
  it('closes an open quotation', () => {
    expect(quoted('"Ostby is a key market for us, " said Jane Roe. Tom Varga disagreed.')).toEqual(['Ostby is a key market for us']);
    expect(statementsOf(['"Ostby is a key market for us, " said Jane Roe of Acme. Tom Varga was not there.'])).toEqual([
      ['Ostby is a key market for us', 'Jane Roe', 'said'],
    ]);
  });

  it('opens one when none is open', () => {
    expect(quoted('Jane Roe said " we will stay " and left.')).toEqual(['we will stay']);
  });

  it('leaves the sentence after it outside the quotation', () => {
    const text = '"Ostby is a key market, " Jane Roe said. Tom Varga left early.';
    expect(quoteOpenAfter(text, 0, text.indexOf(' Tom'), false)).toBe(false);
    const article = inventedArticle(text);
    expect(article.sentences.find((s) => s.text.startsWith('Tom'))?.insideQuote).toBe(false);
  });
});
