/** Pairwise scoring of statement groups (scripts/eval/group-scoring.ts), and the seeds' figures it guards. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldGroupsOf, scoreGroups, type GoldGroup } from '../../scripts/eval/group-scoring.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { buildCorpusCoverage } from '../../src/retrieval/coverage.js';
import type { QuoteCluster } from '../../src/retrieval/snapshot.js';
import { loadAttributionConfig, loadSynonyms } from '../../src/settings/config-files.js';

const occurrence = (articleId: string, text: string, start = 0) => ({ articleId, start, end: start + text.length, text, kind: 'direct' as const, cue: null, mention: null });
const cluster = (id: number, ...occurrences: ReturnType<typeof occurrence>[]): QuoteCluster => ({
  id, entity: 'person:jane roe', speaker: 'Jane Roe', role: null, anonymous: false, kind: 'direct', text: occurrences[0]?.text ?? '', occurrences,
});

const gold: GoldGroup[] = [
  { remark: 'ferry', members: [{ articleId: 'a', words: 'ferry will run' }, { articleId: 'b', words: 'ferry runs all winter' }, { articleId: 'c', words: 'the ferry, all winter' }] },
  { remark: 'tolls', members: [{ articleId: 'a', words: 'tolls stay' }] },
];

describe('pairwise scoring of statement groups', () => {
  it('counts gold pairs found, and predicted pairs the gold keeps apart as wrong', () => {
    const score = scoreGroups(gold, [
      cluster(0, occurrence('a', 'The ferry will run all winter'), occurrence('b', 'The ferry runs all winter'), occurrence('a', 'Tolls stay the same', 40)),
      cluster(1, occurrence('c', 'the ferry, all winter, every day')),
    ]);
    // Gold: 3 pairs (ferry); predicted: 3 pairs in group 0, of which 1 right (a–b ferry).
    expect(score).toMatchObject({ goldPairs: 3, predictedPairs: 3, rightPairs: 1 });
    expect(score.precision).toBeCloseTo(1 / 3);
    expect(score.recall).toBeCloseTo(1 / 3);
  });

  it('counts a statement the gold does not list as wrong in every pair, and a member no statement holds as missed', () => {
    const score = scoreGroups(gold, [cluster(0, occurrence('a', 'The ferry will run'), occurrence('b', 'Nothing of the gold'))]);
    expect(score.unlisted).toEqual(['b: Nothing of the gold']);
    expect(score.unfound.map((member) => member.words)).toEqual(['ferry runs all winter', 'the ferry, all winter', 'tolls stay']);
    expect(score).toMatchObject({ predictedPairs: 1, rightPairs: 0, precision: 0, recall: 0 });
  });
});

describe('the seeds against their gold grouping', () => {
  it('keeps pairwise precision at 0.9 or more and recall at 0.5 or more (npm run eval:groups prints them)', () => {
    const file = JSON.parse(readFileSync(new URL('../fixtures/seeds-statement-groups.json', import.meta.url), 'utf8'));
    const coverage = buildCorpusCoverage(loadCorpus(['seeds']), loadSynonyms(), loadAttributionConfig());
    const score = scoreGroups(goldGroupsOf(file), coverage.clusters());
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.5);
  });
});
