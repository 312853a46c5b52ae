import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { ROOT } from '../helpers.js';

const seeds = loadCorpus().articles;

describe.each(seeds.map((article) => [article.id, article] as const))('offsets of %s', (id, article) => {
  const fileText = readFileSync(path.join(ROOT, 'seeds', `${id}.txt`), 'utf8');

  it('keeps the file text exactly as read', () => {
    expect(article.original).toBe(fileText);
  });

  it('gives every sentence as a slice of the original file text', () => {
    expect(article.sentences.length).toBeGreaterThan(0);
    for (const sentence of article.sentences) {
      expect(fileText.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('orders sentences without overlap and keeps them inside their paragraphs', () => {
    article.sentences.forEach((sentence, index) => {
      const previous = article.sentences[index - 1];
      if (previous) expect(sentence.start).toBeGreaterThanOrEqual(previous.end);
      const paragraph = article.paragraphs[sentence.paragraph];
      expect(sentence.start).toBeGreaterThanOrEqual(paragraph?.start ?? Infinity);
      expect(sentence.end).toBeLessThanOrEqual(paragraph?.end ?? -1);
    });
  });

  it('starts no sentence inside a word and ends none with white space', () => {
    for (const { start, end, text } of article.sentences) {
      const before = fileText[start - 1] ?? ' ';
      const first = fileText[start] ?? '';
      // A letter straight after a letter would be the middle of a word.
      expect(/\p{L}/u.test(before) && /\p{L}/u.test(first), `starts mid-word: ${text.slice(0, 40)}`).toBe(false);
      expect(text).toBe(text.trim());
      expect(end - start).toBe(text.length);
    }
  });

  it('keeps page furniture out of the sentences', () => {
    for (const piece of article.furniture) {
      for (const sentence of article.sentences) {
        const overlaps = sentence.start < piece.end && piece.start < sentence.end;
        expect(overlaps, `${piece.kind} inside "${sentence.text.slice(0, 40)}"`).toBe(false);
      }
    }
  });

  it('points the headline span at the headline', () => {
    if (article.headlineSpan) {
      expect(fileText.slice(article.headlineSpan.start, article.headlineSpan.end)).toBe(article.headline);
    }
  });
});
