import { describe, expect, it } from 'vitest';
import { polarityOf } from '../../src/answer/polarity.js';
import { createNormaliser } from '../../src/retrieval/normalise.js';

const normaliser = createNormaliser({ groups: [] });

describe('polarity', () => {
  it('keeps a denial past a possessive or an object pronoun, and ends it at a new subject and verb', () => {
    expect(polarityOf(normaliser, 'The council did not raise its fares').get('fares')?.denied).toBe(true);
    expect(polarityOf(normaliser, 'The council would not give you the ferry').get('ferry')?.denied).toBe(true);
    expect(polarityOf(normaliser, 'It is not a toll it is a tax').get('tax')?.denied).toBe(false);
    expect(polarityOf(normaliser, 'its not a toll its a tax').get('tax')?.denied).toBe(false);
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
