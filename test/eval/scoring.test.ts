import { describe, expect, it } from 'vitest';
import { addScores, isDescription, metrics, sameName, scoreDocument, type PredictedStatement } from '../../scripts/eval/scoring.js';

const said = (start: number, end: number, name: string | null, mention: [number, number] | null = null): PredictedStatement => ({
  start, end, name, role: null, anonymous: false,
  mention: mention ? { start: mention[0], end: mention[1], text: 'x', kind: 'name' } : null,
});

describe('the evaluation scorer', () => {
  it('matches names by the whole name, or by surname when one side is a surname alone', () => {
    expect(sameName('Jane Roe', 'jane  roe')).toBe(true);
    expect(sameName('Roe', 'Jane Roe')).toBe(true);
    expect(sameName('Jane Roe', 'Roe')).toBe(true);
    expect(sameName('John Roe', 'Jane Roe')).toBe(false);
    expect(sameName('Springfield Water Board', 'The Springfield Water Board')).toBe(true);
    expect(sameName(null, 'Jane Roe')).toBe(false);
  });

  it('treats a gold speaker with no capital letter as a description', () => {
    expect(isDescription('some residents')).toBe(true);
    expect(isDescription('a spokesperson for the agency')).toBe(true);
    expect(isDescription('the Springfield council')).toBe(false);
  });

  it('counts precision and recall against the same gold, and a null name as a miss', () => {
    const gold = [
      { content: [{ start: 0, end: 10 }], source: { start: 20, end: 24 }, speaker: 'Jane Roe' },
      { content: [{ start: 30, end: 40 }], source: { start: 50, end: 54 }, speaker: 'Tom Varga' },
    ];
    const scored = scoreDocument(gold, [said(0, 10, 'Roe', [20, 24]), said(30, 40, null, [50, 54]), said(60, 70, 'Jane Roe')]);
    const m = metrics(addScores([scored.score]));
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBe(1);
    expect(m.mentionAccuracy).toBe(1);
    expect(m.nameAccuracy).toBe(0.5);
    expect(scored.nameMisses).toHaveLength(1);
  });
});
