import { describe, expect, it } from 'vitest';
import { stemOf } from '../../src/retrieval/same-remark.js';

describe('stemOf', () => {
  it('takes off plural and verb endings, "-es" only after s, x, z, ch or sh, a doubled consonant once', () => {
    expect(['harbours', 'taxes', 'fares', 'planned', 'planning', 'plans', 'ferries', 'dredging', 'pier'].map(stemOf))
      .toEqual(['harbour', 'tax', 'fare', 'plan', 'plan', 'plan', 'ferry', 'dredg', 'pier']);
  });
});
