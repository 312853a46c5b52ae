import { describe, expect, it } from 'vitest';
import { stemOf } from '../../src/retrieval/same-remark.js';

describe('stemOf', () => {
  it('takes off one plural or verb ending, "-es" only after ss, x, z, ch or sh, a doubled consonant once (not l, s or z)', () => {
    expect(['harbours', 'taxes', 'fares', 'planned', 'planning', 'plans', 'ferries', 'dredging', 'pier'].map(stemOf))
      .toEqual(['harbour', 'tax', 'fare', 'plan', 'plan', 'plan', 'ferry', 'dredg', 'pier']);
    for (const [a, b] of [['killed', 'kills'], ['passes', 'pass'], ['called', 'calls'], ['rises', 'rise'], ['stopped', 'stops']]) expect(stemOf(a as string), `${a} ${b}`).toBe(stemOf(b as string));
  });
});
