/** A plain-text or Markdown article: the file is the story, its first line the headline when it looks like one. */
import type { ArticleFormat } from './format.js';

export const textFormat: ArticleFormat = {
  name: 'text article',
  extensions: ['.txt', '.md'],
  read: ({ file, id, text }) => [{ id, origin: file, text, headlineInText: true }],
};
