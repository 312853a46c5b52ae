import { describe, expect, it } from 'vitest';
import { sourceName } from '../../src/answer/templates.js';

describe('sourceName', () => {
  it('is the outlet, else the headline in quotation marks, never a bare id as if it were an outlet', () => {
    expect(sourceName({ id: 'local/017', outlet: 'Springfield Gazette', headline: 'Bridge to reopen' })).toBe('Springfield Gazette');
    expect(sourceName({ id: 'local/017', outlet: null, headline: 'Bridge to reopen in May' })).toBe('“Bridge to reopen in May”');
    expect(sourceName({ id: 'local/017', outlet: null, headline: 'A'.repeat(100) })).toBe(`“${'A'.repeat(59)}…”`);
    expect(sourceName({ id: 'local/017', outlet: null })).toBe('article local/017');
  });
});
