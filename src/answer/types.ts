/**
 * Answers are plain data: what was asked, what was found, and the statements
 * and sources behind it. They know nothing of how they are shown; see
 * src/render for console text, JSON and Discord.
 */
import type { StatementKind } from '../attribution/index.js';
import type { StatementComparison } from './compare.js';
import type { ArticleRecord } from '../retrieval/snapshot.js';

export type Intent = 'who-said' | 'speaker-quotes' | 'which-outlets' | 'who-is' | 'how-many' | 'top-voices' | 'sources' | 'search' | 'coverage' | 'figures' | 'compare';

/** One article that carried a statement. */
export interface AnswerSource {
  id: string;
  outlet: string | null;
  headline: string | null;
  published: string | null;
  /** The article's address, as recorded. */
  url: string | null;
  /** The address with a text fragment that scrolls to the statement, where the page carries it word for word. */
  link: string | null;
  /** True when the article read was only a summary of the story (a feed item without its content). */
  summaryOnly: boolean;
  /** Where the statement stands in that article's text. */
  start: number;
  end: number;
  kind: StatementKind;
}

/** One statement, however many outlets carried it. */
export interface AnswerQuote {
  speaker: string | null;
  role: string | null;
  anonymous: boolean;
  entity: string | null;
  text: string;
  kind: StatementKind;
  sources: AnswerSource[];
}

export interface SpeakerProfile {
  entity: string;
  name: string | null;
  roles: string[];
  aliases: string[];
  anonymous: boolean;
  statements: number;
  sources: Pick<AnswerSource, 'id' | 'outlet' | 'headline' | 'url'>[];
}

/**
 * Which items of a long list an answer carries: `count` from the `from`th
 * (0-based). A list of sources can run to hundreds of thousands of articles;
 * a page, a file or a script takes the window it shows.
 */
export interface ListWindow {
  from: number;
  count: number;
}

/** The window an answer carries unless asked for another: a page of every renderer, and a script's first look. */
export const FIRST_LISTED: ListWindow = { from: 0, count: 100 };

/** The window of page `page` (1-based) of `perPage` items. */
export function windowOfPage(page: number, perPage: number): ListWindow {
  return { from: (Math.max(1, Math.trunc(page) || 1) - 1) * perPage, count: perPage };
}

export interface ArticleListing extends Omit<ArticleRecord, 'textAtUrl' | 'signature'> {
  statements: number;
  /** The other articles it shares long verbatim passages with, most shared first (see shared-text.ts); absent for none. */
  shares?: TextShare[];
}

/** Another article that shares long passages with a listed one. */
export interface TextShare {
  id: string;
  outlet: string | null;
  /** The share (0 to 1) of the listed article's runs of four words found in this one, counted exactly. */
  share: number;
  /** Nearly all of each is in the other: two files of one article. */
  sameArticle: boolean;
  /** A wire service both credit, when the two are of different outlets: the text is that wire's. */
  wire: string | null;
}

/** A sentence of an article, shown as context. */
export interface ContextSentence {
  text: string;
  source: Pick<AnswerSource, 'id' | 'outlet' | 'url' | 'link' | 'start' | 'end' | 'summaryOnly'>;
}

/** For a question about a quantity ("how many countries met"): one sentence of one outlet, and the figures of the kind asked it gives. */
export interface OutletFigure {
  outlet: string | null;
  /** As the sentence writes them: "12 nations", "a 40-nation", "eight or nine miles". */
  figures: string[];
  /** What figures are compared on, one a figure: "12", "11 others", "5-6 km". */
  values: string[];
  sentence: ContextSentence;
}

export interface Answer {
  question: string;
  intent: Intent;
  /** False when nothing in the coverage answers the question well enough. */
  found: boolean;
  /** The answer as plain text, built from templates. */
  answer: string;
  /** The statements that answer the question, best first. */
  quotes: AnswerQuote[];
  /** Near misses, offered as "closest, but not a match" and never as the answer. */
  closest: AnswerQuote[];
  /** Statements with the question's words that say the opposite (the question affirms, they deny, or the reverse); never the answer. */
  opposite?: AnswerQuote[];
  speaker?: SpeakerProfile;
  /** For "the sources": the articles of `articleWindow`, in corpus order. */
  articles?: ArticleListing[];
  /** Where `articles` starts among all the coverage's articles, and how many there are: a list of sources is fetched a window at a time. */
  articleWindow?: { from: number; total: number };
  context?: ContextSentence[];
  /** For "how many ...": the articles and outlets that quoted the speaker or carried the statement. */
  /** "how many": the articles (a story carried by several outlets, or saved twice, counted once), the outlets, and the copies counted so. */
  counted?: { articles: number; outlets: number; copies: number };
  /** For "who was quoted most about ...": each speaker with how many statements on the topic, most first. */
  voices?: { speaker: string; statements: number }[];
  /** For "how did the outlets report ...": each outlet's version of the statement, and what differs between them. */
  comparison?: StatementComparison;
  /** For "how was <topic> covered": which outlets, whom they quoted, and when (see TopicCoverage). */
  coverage?: TopicCoverage;
  /** For a question about a quantity: each outlet's figures, with the sentence and link, outlets in order of the best match. */
  figures?: OutletFigure[];
  /** What the question was understood to ask about. */
  understood: {
    statement?: string; speaker?: string; topic?: string; outlet?: string;
    /** The publication date asked about, as said back ("March", "October 26, 2016"). */
    published?: string;
    /** Words of the question the coverage does not use, read as the words they are a typo of. */
    readAs?: { typed: string; word: string }[];
  };
}

/** One outlet's coverage of a topic. */
export interface OutletCoverage {
  /** The outlet's name, or NO_OUTLET for the articles without one on record. */
  outlet: string;
  /** Its articles on the topic (one story it saved twice counted once). */
  articles: number;
  /** The named speakers it quoted on the topic, most statements first. */
  voices: { speaker: string; statements: number }[];
}

/** A statement on the topic that only one outlet carried. */
export interface SingleOutletStatement {
  speaker: string;
  outlet: string;
  text: string;
  articleId: string;
}

/** How many articles each outlet published on the topic in one period. */
export interface CoveragePeriod {
  /** The period's first day (YYYY-MM-DD). */
  start: string;
  /** As the chart labels it ("Mar 3", "1987-W10", "Mar 1987", "1987"). */
  label: string;
  byOutlet: Record<string, number>;
}

/** A topic's coverage: what "how was <topic> covered" answers. */
export interface TopicCoverage {
  topic: string;
  /** As "how many" counts: articles (copies of one story once), outlets, and the copies counted so. */
  counted: { articles: number; outlets: number; copies: number };
  /** Most articles first. */
  outlets: OutletCoverage[];
  /** At most MAX_SINGLE_OUTLET of them; `singleOutletTotal` says how many there are. */
  singleOutlet: SingleOutletStatement[];
  singleOutletTotal: number;
  /** Each outlet's articles by period, every period from the first dated article's to the last's. */
  timeline: { bucket: 'day' | 'week' | 'month' | 'year'; periods: CoveragePeriod[]; undated: number };
}

/** The label of the articles with no outlet on record. */
export const NO_OUTLET = '(no outlet on record)';
