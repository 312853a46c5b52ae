/**
 * One kind of file a corpus may hold (a plain-text article, an HTML page, a
 * feed, a CSV export, a NITF document ...), read into raw articles. Each
 * format is a file of this folder; load.ts finds a file's format by its
 * extension (and, where one extension serves several, by what the text
 * starts with) and does all the I/O.
 */
import type { RawArticle } from '../prepare.js';
import type { LoadWarning } from '../types.js';

/** A file's decoded text, and what its path says. */
export interface FormatInput {
  /** The file as given or found: named in warnings and in the articles' origins. */
  file: string;
  /** The id its path gives (relative to its folder, without extension): a one-article file's id, a many-article file's prefix. */
  id: string;
  text: string;
  /** Articles larger than this many bytes are refused with a warning. */
  maxBytes: number;
}

export interface ArticleFormat {
  /** What it is called in messages ("HTML page"). */
  name: string;
  /** Lower-case file extensions, with the dot. */
  extensions: readonly string[];
  /** True when one file holds many articles (a feed, an export): it may be as large as a JSONL archive, each article held to the limit. */
  holdsMany?: boolean;
  /** Whether a text with one of `extensions` is this format; absent: every such text is. */
  claims?(text: string): boolean;
  /** The file's articles; what cannot be read is a warning naming the file (and line), the rest still read. */
  read(input: FormatInput, warnings: LoadWarning[]): RawArticle[];
}
