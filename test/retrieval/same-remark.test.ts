import { describe, expect, it } from 'vitest';
import { stemOf, termWeights } from '../../src/retrieval/same-remark.js';

describe('stemOf', () => {
  it('takes off one plural or verb ending, "-es" only after ss, x, z, ch or sh, a doubled consonant once (not l, s or z)', () => {
    expect(['harbours', 'taxes', 'fares', 'planned', 'planning', 'plans', 'ferries', 'dredging', 'pier'].map(stemOf))
      .toEqual(['harbour', 'tax', 'fare', 'plan', 'plan', 'plan', 'ferry', 'dredg', 'pier']);
    for (const [a, b] of [['killed', 'kills'], ['passes', 'pass'], ['called', 'calls'], ['rises', 'rise'], ['stopped', 'stops']]) expect(stemOf(a as string), `${a} ${b}`).toBe(stemOf(b as string));
  });
});

describe('termWeights', () => {
  it('calls rare a term held by a tenth of the statements at most, and by no more than 50 in a large archive', () => {
    const small = termWeights((term) => (term === 'ferry' ? 6 : 40), 67);
    expect(small.weightOf('ferry')).toBeGreaterThanOrEqual(small.rare);
    const large = termWeights((term) => ({ dovetail: 30, important: 1_000 })[term] ?? 0, 70_000);
    expect(large.weightOf('dovetail')).toBeGreaterThanOrEqual(large.rare);
    expect(large.weightOf('important')).toBeLessThan(large.rare);
  });
});
