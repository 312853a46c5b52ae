import { describe, expect, it } from 'vitest';
import { clustersOf, type ClusterWithOccurrencesRow } from '../../../src/retrieval/postgres/records.js';

const row = (id: number, occurrences: ClusterWithOccurrencesRow['occurrences']): ClusterWithOccurrencesRow => ({
  id, entity: 'person:jane roe', speaker: 'Jane Roe', role: 'mayor', anonymous: false, kind: 'direct', text: 'The ferry will run all winter.', occurrences,
});

describe('clusters read one row a cluster', () => {
  it('gives an occurrence sent without its text the cluster\'s text, and keeps a wording of its own', () => {
    const [cluster] = clustersOf([row(7, [
      ['kelvale-post', 10, 40, null, 'direct', 'said', 'Jane Roe'],
      ['acme-news', 0, 35, 'The ferry will run all the winter.', 'direct', 'told', null],
    ])]);
    expect(cluster?.occurrences.map((o) => o.text)).toEqual(['The ferry will run all winter.', 'The ferry will run all the winter.']);
    expect(cluster?.occurrences[1]).toEqual({ articleId: 'acme-news', start: 0, end: 35, text: 'The ferry will run all the winter.', kind: 'direct', cue: 'told', mention: null });
  });

  it('leaves out a cluster without occurrences, as a join would', () => {
    expect(clustersOf([row(1, null), row(2, [['kelvale-post', 1, 2, null, 'direct', null, null]])]).map((c) => c.id)).toEqual([2]);
  });
});
