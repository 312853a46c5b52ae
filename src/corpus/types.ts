/**
 * Plain data shared by the corpus stage and every stage after it.
 *
 * Every span is a pair of JavaScript string indices into `Article.original`,
 * the article text exactly as read (a file as UTF-8, or a JSONL line's body),
 * so `original.slice(start, end)` always gives back what a span names.
 */

/** A half-open range `[start, end)` of `Article.original`. */
export interface Span {
  start: number;
  end: number;
}

/** What kind of page furniture a span is: text around the story, not the story. */
export type FurnitureKind =
  | 'video-caption'
  | 'photo-caption'
  | 'dateline-header'
  | 'dateline'
  | 'byline'
  | 'short-link'
  | 'sign-off'
  | 'reporting-credit';

export interface FurnitureSpan extends Span {
  kind: FurnitureKind;
}

export type ParagraphKind = 'body' | 'heading';

export interface Paragraph extends Span {
  kind: ParagraphKind;
}

export interface Sentence extends Span {
  /** `original.slice(start, end)`, kept so later stages need not slice again. */
  text: string;
  /** Index into `Article.paragraphs`. */
  paragraph: number;
  /** True when the sentence begins inside a quotation opened by an earlier sentence. */
  insideQuote: boolean;
}

/** Facts about an article that come from outside its story text. */
export interface ArticleMeta {
  outlet: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) when known, otherwise the date as given. */
  published: string | null;
  /** News agencies the article credits (AP, AFP, Reuters, ...). */
  wires: string[];
  byline: string | null;
  /** Place named in a dateline ("PARIS"). */
  dateline: string | null;
  notes: string | null;
  /** False when `url` is another copy of the story whose wording differs (a republished or stripped text). */
  textAtUrl: boolean;
  /** True when the text is only a summary of the story (a feed item without its full content): what it quotes may be cut short. */
  summaryOnly: boolean;
}

export interface Article {
  /** File name without extension, path relative to its folder, or a JSONL `id`. */
  id: string;
  /** Where it was read from: a file path, or `file:line` for a JSONL line. */
  origin: string;
  original: string;
  headline: string | null;
  /** Where the headline stands in `original`; null when it came from metadata. */
  headlineSpan: Span | null;
  meta: ArticleMeta;
  furniture: FurnitureSpan[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

/** A problem with the input that did not stop the rest from loading. */
export interface LoadWarning {
  file: string;
  /** 1-based line number, where the problem sits on one line. */
  line?: number;
  message: string;
}

export interface Corpus {
  articles: Article[];
  warnings: LoadWarning[];
  /** Search synonyms the corpus brings for itself (its folder's synonyms.json). */
  synonyms: string[][];
}
