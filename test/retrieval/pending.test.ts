import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import type { Coverage } from '../../src/retrieval/coverage.js';
import { allOf, DataPending, settled } from '../../src/retrieval/pending.js';
import { inventedArticle, inventedCoverage } from '../answer/invented-coverage.js';

/** The coverage as a remote store gives it: each statement and each search fetched (here: let through) before it answers. */
function fetchingCoverage(coverage: Coverage): { coverage: Coverage; fetches: () => number } {
  const fetched = new Set<string>();
  let fetches = 0;
  const gate = <A extends unknown[], R>(name: string, look: (...args: A) => R) => (...args: A): R => {
    const key = `${name}:${JSON.stringify(args, (_, value: unknown) => (value instanceof Set ? [...(value as Set<unknown>)] : value))}`;
    if (!fetched.has(key)) {
      throw new DataPending(async () => {
        fetches++;
        await Promise.resolve();
        fetched.add(key);
      }, key);
    }
    return look(...args);
  };
  return {
    coverage: {
      ...coverage,
      cluster: gate('cluster', coverage.cluster),
      clustersOf: gate('clustersOf', coverage.clustersOf),
      searchStatements: gate('searchStatements', coverage.searchStatements),
      searchSentences: gate('searchSentences', coverage.searchSentences),
    },
    fetches: () => fetches,
  };
}

const coverage = inventedCoverage([
  inventedArticle('a1', 'Ostby Post', 'Ferry to run all winter\n\n"The Ostby ferry will run all winter," said Jane Roe, the harbour master.'),
  inventedArticle('a2', 'Kelvale Times', 'Mill to close\n\n"The Kelvale mill will close in June," Acme spokeswoman Ana Lindgren said.'),
]);

describe('answering from a store that fetches', () => {
  it('gives the very answer of a store that holds everything, fetching what the question needs', async () => {
    const remote = fetchingCoverage(coverage);
    for (const question of ['Who said the ferry will run all winter?', 'What did Ana Lindgren say?', 'Who said the bridge will close?']) {
      expect(await settled(() => answerQuestion(remote.coverage, question))).toEqual(answerQuestion(coverage, question));
    }
    expect(remote.fetches()).toBeGreaterThan(0);
  });

  it('stops with a clear error when the store never has what it is asked for', async () => {
    const broken: Coverage = { ...coverage, searchStatements: () => { throw new DataPending(async () => {}, 'a search that never arrives'); } };
    await expect(settled(() => answerQuestion(broken, 'Who said the ferry will run?'), 5)).rejects.toThrow(/kept asking for data after 5 fetches \(last: not fetched yet: a search that never arrives\)/);
  });

  it('lets any other error through at once', async () => {
    await expect(settled(() => { throw new RangeError('not a pending look-up'); })).rejects.toThrow(RangeError);
  });
});

describe('allOf: look-ups an answer needs side by side', () => {
  /** A look-up of `value` that must be fetched once first; `fetching` counts the fetches running at once. */
  function lookUp(value: string, state: { held: Set<string>; running: number; most: number }) {
    return (): string => {
      if (state.held.has(value)) return value;
      throw new DataPending(async () => {
        state.running++;
        state.most = Math.max(state.most, state.running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        state.held.add(value);
        state.running--;
      }, value);
    };
  }

  it('gives every result when none needs fetching', () => {
    expect(allOf(() => 1, () => 'two', () => [3])).toEqual([1, 'two', [3]]);
  });

  it('fetches what they all need in one round, at once', async () => {
    const state = { held: new Set<string>(['kept']), running: 0, most: 0 };
    let rounds = 0;
    const results = await settled(() => {
      rounds++;
      return allOf(lookUp('ferry', state), lookUp('kept', state), lookUp('tolls', state));
    });
    expect(results).toEqual(['ferry', 'kept', 'tolls']);
    expect(rounds).toBe(2);
    expect(state.most).toBe(2);
  });

  it('lets an error that is no fetch through', () => {
    expect(() => allOf(() => 1, () => {
      throw new RangeError('no such page');
    })).toThrow(RangeError);
  });
});
