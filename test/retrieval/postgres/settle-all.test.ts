import { describe, expect, it } from 'vitest';
import { settleAll } from '../../../src/retrieval/postgres/settle-all.js';

describe('settleAll', () => {
  it('gives every value in order', async () => {
    expect(await settleAll([Promise.resolve(1), Promise.resolve('two')])).toEqual([1, 'two']);
  });

  it('throws the first failure only once every promise has settled', async () => {
    let finishSlow = (): void => undefined;
    let slowDone = false;
    const slow = new Promise<void>((resolve) => (finishSlow = resolve)).then(() => {
      slowDone = true;
    });
    const settled = settleAll([Promise.reject(new Error('first')), slow, Promise.reject(new Error('second'))]);
    let thrown: unknown = null;
    const watched = settled.catch((error: unknown) => (thrown = error));
    await Promise.resolve();
    expect(thrown).toBeNull();
    finishSlow();
    await watched;
    expect(slowDone).toBe(true);
    expect((thrown as Error).message).toBe('first');
  });
});
