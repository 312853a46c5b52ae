import { describe, expect, it } from 'vitest';
import { isNegative, negatedAround, polarityOf } from '../../src/answer/polarity.js';
import { createNormaliser } from '../../src/retrieval/normalise.js';

const normaliser = createNormaliser({ groups: [] });
const shared = (...terms: string[]) => new Set(terms);

describe('polarity', () => {
  it('finds a negation anywhere in a question', () => {
    expect(isNegative('the mill will never reopen')).toBe(true);
    expect(isNegative("Acme won't sell")).toBe(true);
    expect(isNegative('nobody in Ostby voted')).toBe(true);
    expect(isNegative('the mill will reopen')).toBe(false);
  });

  it('weighs only the negations around the shared words of a statement', () => {
    expect(negatedAround(normaliser, 'The ferry will not run again', shared('ferry', 'run'))).toBe(true);
    expect(negatedAround(normaliser, 'There will be no ferry', shared('ferry'))).toBe(true);
    // The "not" bears on other words, after the shared ones or in another clause.
    expect(negatedAround(normaliser, 'Yes, the ferry will run, but not daily', shared('ferry', 'run'))).toBe(false);
    expect(negatedAround(normaliser, 'No, the ferry will run', shared('ferry', 'run'))).toBe(false);
    expect(negatedAround(normaliser, 'The ferry will run', shared('bridge'))).toBe(false);
  });

  it('tells, word by word, what a text denies and what it surely denies', () => {
    const said = polarityOf(normaliser, 'The ferry will not run to Ostby on Sundays, but the bus will');
    expect(said.get('ferry')).toEqual({ denied: false, surelyDenied: false, affirmed: true });
    expect(said.get('run')).toEqual({ denied: true, surelyDenied: true, affirmed: false });
    expect(said.get('sundays')).toEqual({ denied: true, surelyDenied: false, affirmed: false });
    expect(said.get('bus')).toEqual({ denied: false, surelyDenied: false, affirmed: true });
    // Said both ways: affirmed somewhere, so not denied.
    expect(polarityOf(normaliser, 'No tolls now; tolls later').get('tolls')).toMatchObject({ denied: false, affirmed: false });
  });
});
