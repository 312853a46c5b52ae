import { describe, expect, it } from 'vitest';
import { statementsOf } from './invented.js';

const statements = statementsOf;

describe('a noun that reports speech, with its owner', () => {
  it('is a statement by the owner, a possessive name or pronoun', () => {
    expect(statements(['Tom Varga repeated his promise to cut taxes for every family in town.'])).toEqual([
      ['to cut taxes for every family in town', 'Tom Varga', 'promise'],
    ]);
    expect(statements(['The council rejected Jane Roe\'s claim that the bridge was safe.'])).toEqual([['the bridge was safe', 'Jane Roe', 'claim']]);
  });

  it('is a statement as the object of a preposition', () => {
    expect(statements(['The town flooded in spite of Jane Roe\'s claim that the dam was safe.'])).toEqual([['the dam was safe', 'Jane Roe', 'claim']]);
  });

  it('is a statement after "in", and an acknowledgment or an emphasis reports too', () => {
    expect(statements(['Tom Varga was candid in his acknowledgement that the new bridge would cost more.'])).toEqual([
      ['the new bridge would cost more', 'Tom Varga', 'acknowledgement'],
    ]);
    expect(statements(['The council dismissed Jane Roe\'s constant emphasis that the dam was safe.'])).toEqual([['the dam was safe', 'Jane Roe', 'emphasis']]);
  });

  it('is not one when the noun phrase is the subject', () => {
    expect(statements(['Her claim that the dam is safe was disputed by engineers.'])).toEqual([]);
  });
});
