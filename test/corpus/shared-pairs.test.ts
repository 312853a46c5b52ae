/** On the real corpora (skipped without ../shared): every pair of articles with the same story text is found. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sharedPairs } from '../../src/corpus/copies.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { BBC, hasBbc, hasReuters, REUTERS } from '../helpers.js';

/** The pairs of ids whose story texts are the same, counted by hashing the texts (nothing of sharedPairs used). */
function sameTextPairs(stories: readonly { id: string; text: string }[]): string[] {
  const byText = new Map<string, string[]>();
  for (const { id, text } of stories) {
    const key = createHash('sha256').update(text).digest('hex');
    byText.set(key, [...(byText.get(key) ?? []), id]);
  }
  return [...byText.values()].flatMap((ids) => ids.flatMap((a, i) => ids.slice(i + 1).map((b) => `${a}|${b}`)));
}

describe.each([
  ['BBC', BBC, hasBbc],
  ['Reuters', REUTERS, hasReuters],
])('pairs sharing text on %s', (_name, corpus, present) => {
  it.skipIf(!present)('finds every pair of articles whose stories are the same text, each sharing all of it', () => {
    const stories = loadCorpus([corpus]).articles.map((article) => ({ id: article.id, text: article.sentences.map((sentence) => sentence.text).join(' ') }));
    const exact = sameTextPairs(stories);
    const found = new Map(sharedPairs(stories).map((pair) => [`${pair.a}|${pair.b}`, pair.shared]));
    expect(exact.length).toBeGreaterThan(100);
    expect(exact.filter((pair) => found.get(pair) !== 1)).toEqual([]);
  }, 120_000);
});
