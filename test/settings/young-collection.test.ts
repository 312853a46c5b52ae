import { describe, expect, it } from 'vitest';
import { collectYoungIfFull, collectYoungSoon, youngShare } from '../../src/settings/young-collection.js';

/** Allocates and drops small objects, as answering does, until the young generation is more than `share` full. */
function fillYoung(share: number): void {
  let dropped: { i: number; text: string }[] = [];
  for (let i = 0; i < 50_000_000 && youngShare() <= share; i++) {
    dropped.push({ i, text: `dropped ${i}` });
    if (dropped.length > 1_000) dropped = [];
  }
}

describe('collecting the young generation between answers', () => {
  it('collects once the young generation is more than half full, and empties it', () => {
    fillYoung(0.6);
    expect(youngShare()).toBeGreaterThan(0.5);
    expect(collectYoungIfFull()).toBe(true);
    expect(youngShare()).toBeLessThan(0.5);
  });

  it('leaves a young generation that is less than half full', () => {
    fillYoung(0.6);
    collectYoungIfFull();
    fillYoung(0.1);
    expect(youngShare()).toBeLessThan(0.5);
    expect(collectYoungIfFull()).toBe(false);
  });

  it('collects after the current turn, and not while another answer is under way', async () => {
    const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
    fillYoung(0.6);
    collectYoungSoon(() => false);
    await turn();
    expect(youngShare()).toBeGreaterThan(0.5);
    collectYoungSoon();
    expect(youngShare()).toBeGreaterThan(0.5);
    await turn();
    expect(youngShare()).toBeLessThan(0.5);
  });
});
