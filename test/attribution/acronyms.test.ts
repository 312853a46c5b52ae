import { describe, expect, it } from 'vitest';
import { bracketedAcronyms } from '../../src/attribution/acronyms.js';

describe('bracketedAcronyms', () => {
  it('maps an acronym in brackets to the name whose initials it spells', () => {
    const found = bracketedAcronyms('Yesterday the Springfield Water Board (SWB) met. The Office of Fair Trading (OFT) did not.');
    expect(Object.fromEntries(found)).toEqual({ swb: 'Springfield Water Board', oft: 'Office of Fair Trading' });
  });

  it('ignores brackets whose letters spell something else', () => {
    expect(bracketedAcronyms('Jane Roe (R-Ohio) and Tom Varga (CEO) spoke.').size).toBe(0);
  });
});
