/**
 * A plain-text or Markdown article: the file is the story, its first line the
 * headline when it looks like one. A "text" file that is really an HTML page
 * (a page saved under the wrong name) is read as HTML, with a warning, so its
 * markup never becomes statements.
 */
import type { ArticleFormat } from './format.js';
import { looksLikeHtml, readHtmlArticle } from './html.js';

export const textFormat: ArticleFormat = {
  name: 'text article',
  extensions: ['.txt', '.md'],
  read: (input, warnings) => {
    if (!looksLikeHtml(input.text)) return [{ id: input.id, origin: input.file, text: input.text, headlineInText: true }];
    warnings.push({ file: input.file, message: 'looks like an HTML page; read as HTML' });
    return readHtmlArticle(input, warnings);
  },
};
