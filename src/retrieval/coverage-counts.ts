/**
 * What /about counts of a coverage besides its statements and outlets, and
 * the count made from articles held in memory; the PostgreSQL store counts
 * the same in SQL (postgres/speaker-reads.ts).
 */
import type { ArticleRecord } from './snapshot.js';

/** What /about counts of a coverage besides its statements and outlets. */
export interface CoverageCounts {
  articles: number;
  /** Articles with no outlet on record. */
  withoutOutlet: number;
  /** The first and last days of publication (ISO), and how many articles have one; null when none has. */
  published: { from: string; to: string; dated: number } | null;
  /** Named, not anonymous, speakers with at least one statement. */
  people: number;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The counts of /about, from every article and the number of people quoted.
 *
 * @example countsOf(snapshot.articles, 12).published // { from: '1987-02-26', to: '1987-10-20', dated: 310 }
 */
export function countsOf(articles: readonly ArticleRecord[], people: number): CoverageCounts {
  let withoutOutlet = 0;
  let from: string | null = null;
  let to: string | null = null;
  let dated = 0;
  for (const article of articles) {
    if (!article.outlet) withoutOutlet++;
    const day = article.published && ISO_DAY.test(article.published) ? article.published.slice(0, 10) : null;
    if (!day) continue;
    dated++;
    if (from === null || day < from) from = day;
    if (to === null || day > to) to = day;
  }
  return { articles: articles.length, withoutOutlet, published: from !== null && to !== null ? { from, to, dated } : null, people };
}

