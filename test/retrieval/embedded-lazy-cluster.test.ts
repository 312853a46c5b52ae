import { describe, expect, it } from 'vitest';
import { lazyCluster } from '../../src/retrieval/embedded/lazy-cluster.js';
import type { QuoteCluster } from '../../src/retrieval/snapshot.js';

const statement: QuoteCluster = {
  id: 7,
  entity: 'person:jane roe',
  speaker: 'Jane Roe',
  role: 'harbour master',
  anonymous: false,
  kind: 'direct',
  text: 'The Kelvale ferry will run all winter',
  occurrences: [{ articleId: 'acme-1', start: 10, end: 47, text: 'The Kelvale ferry will run all winter', kind: 'direct', cue: 'said', mention: 'Jane Roe' }],
};

describe('a statement read lazily', () => {
  it('is parsed when a field other than its id is first read, and once', () => {
    let parsed = 0;
    const cluster = lazyCluster(7, (id) => (parsed++, JSON.parse(JSON.stringify({ ...statement, id })) as QuoteCluster));
    expect(cluster.id).toBe(7);
    expect(parsed).toBe(0);
    expect(cluster.text).toBe(statement.text);
    expect(cluster.occurrences).toBe(cluster.occurrences);
    expect(parsed).toBe(1);
  });

  it('reads, copies and serialises as the parsed statement', () => {
    const cluster = lazyCluster(7, () => JSON.parse(JSON.stringify(statement)) as QuoteCluster);
    expect(cluster).toEqual(statement);
    expect({ ...cluster }).toStrictEqual(statement);
    expect(JSON.stringify(cluster)).toBe(JSON.stringify(statement));
    expect(Object.keys(cluster)).toEqual(Object.keys(statement));
  });
});
