import { describe, expect, it } from 'vitest';
import { topicCoverage } from '../../src/answer/topic-coverage.js';
import type { Coverage } from '../../src/retrieval/coverage.js';
import { DataPending, settled } from '../../src/retrieval/pending.js';
import { inventedArticle as article, inventedCoverage } from './invented-coverage.js';

/**
 * A coverage that, like a database, has fetched nothing yet: every look-up of an article, statement, sentence or
 * speaker by id pends the first time.
 */
function fetchingAsItGoes(coverage: Coverage): Coverage {
  const fetched = new Set<string>();
  const lookUp = <A extends string | number, R>(name: string, read: (arg: A) => R) => (arg: A): R => {
    const key = `${name}:${arg}`;
    if (!fetched.has(key)) throw new DataPending(async () => void fetched.add(key), key);
    return read(arg);
  };
  return {
    ...coverage,
    article: lookUp('article', (id: string) => coverage.article(id)),
    sentence: lookUp('sentence', (id: number) => coverage.sentence(id)),
    cluster: lookUp('cluster', (id: number) => coverage.cluster(id)),
    entity: lookUp('entity', (id: string) => coverage.entity(id)),
    clustersInArticle: lookUp('clustersInArticle', (id: string) => coverage.clustersInArticle(id)),
    sentencesOf: lookUp('sentencesOf', (id: string) => coverage.sentencesOf(id)),
  };
}

const harbour = (n: number): string => `"The harbour fees rose again this year number ${n}," said ${n % 2 ? 'Jane Roe' : 'Tom Varga'}.`;

describe('a topic\'s coverage from a store that fetches as it goes', () => {
  it('asks for the articles, their statements and sentences, and the speakers side by side: a few rounds, not one a look-up', async () => {
    const memory = inventedCoverage(Array.from({ length: 12 }, (_, n) => article(`h${n}`, n % 3 ? 'Ostby Post' : 'Kelvale Courier', harbour(n), `2026-03-${String(n + 1).padStart(2, '0')}`)));
    const store = fetchingAsItGoes(memory);
    let rounds = 0;
    const counted = await settled(() => {
      rounds++;
      return topicCoverage(store, 'harbour');
    });
    expect(counted).toEqual(topicCoverage(memory, 'harbour'));
    // Sentences; articles; statements and sentences of articles; speakers; statements; where else carried; and the last run.
    expect(rounds).toBeLessThanOrEqual(8);
  });
});
