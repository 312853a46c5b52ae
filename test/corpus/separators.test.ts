import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/corpus/prepare.js';

describe('lines with no word in them', () => {
  it('separate paragraphs without being paragraphs', () => {
    const text = 'Springfield bridge reopens\n\nThe bridge reopened on Monday.\n .\n"It took two years," said Jane Roe.\n* * *\nTraffic was light.';
    const article = prepareArticle({ id: 'x', origin: 'x.txt', text, headlineInText: true });
    expect(article.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'The bridge reopened on Monday.',
      '"It took two years," said Jane Roe.',
      'Traffic was light.',
    ]);
  });
});
