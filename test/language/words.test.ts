import { describe, expect, it } from 'vitest';
import { hasJoinedParticle, NAME_PARTICLES } from '../../src/language/name-particles.js';
import { isTimeNoun, MONTH_SHORT_FORMS, MONTHS, WEEKDAYS } from '../../src/language/time.js';
import { isCapitalised, tokenize } from '../../src/language/tokens.js';

describe('time words', () => {
  it('knows days, relative days and periods', () => {
    expect(['tuesday', 'today', 'week'].every(isTimeNoun)).toBe(true);
    expect(isTimeNoun('bridge')).toBe(false);
    expect(WEEKDAYS.size).toBe(7);
    expect(MONTHS).toHaveLength(12);
  });

  it('gives the short forms of months, "sept" among them', () => {
    expect(MONTH_SHORT_FORMS).toContain('oct');
    expect(MONTH_SHORT_FORMS).toContain('sept');
    expect(MONTH_SHORT_FORMS).toContain('may');
  });
});

describe('name particles', () => {
  it('knows particles as words and joined by a hyphen', () => {
    expect(NAME_PARTICLES.has('van')).toBe(true);
    expect(hasJoinedParticle('al-Sami')).toBe(true);
    expect(hasJoinedParticle('de-icing')).toBe(false);
    expect(hasJoinedParticle('al-')).toBe(false);
  });
});

describe('tokenize', () => {
  it('keeps inner apostrophes, hyphens and dotted acronyms in one word, and marks quotations', () => {
    const tokens = tokenize('“Jane didn\'t,” said al-Sami of the U.S. team.');
    expect(tokens.map((t) => t.text)).toEqual(['“', 'Jane', "didn't", ',', '”', 'said', 'al-Sami', 'of', 'the', 'U.S.', 'team', '.']);
    expect(tokens[0]?.kind).toBe('quote');
    expect(isCapitalised(tokens[1])).toBe(true);
    expect(isCapitalised(tokens[5])).toBe(false);
  });
});
