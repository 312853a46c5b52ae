import { describe, expect, it } from 'vitest';
import { bracketedAcronyms } from '../../src/attribution/acronyms.js';

describe('bracketedAcronyms', () => {
  it('maps an acronym in brackets to the name whose initials it spells', () => {
    const found = bracketedAcronyms('Yesterday the Springfield Water Board (SWB) met. The Office of Fair Roads (OFR) did not.');
    expect(Object.fromEntries(found)).toEqual({ swb: 'Springfield Water Board', ofr: 'Office of Fair Roads' });
  });

  it('ignores brackets whose letters spell something else', () => {
    expect(bracketedAcronyms('Jane Roe (JR) and Tom Varga (CEO) met the Springfield Water Board (SB).').size).toBe(1);
    expect(bracketedAcronyms('Jane Roe (JR) and Tom Varga (CEO) met the Springfield Water Board (SB).').get('jr')).toBe('Jane Roe');
  });
});
