/**
 * What a listed article shares with others: two files of one article, a
 * wire's text carried by several outlets, or long passages taken over. The
 * candidates come from the whole coverage's signatures, found once per
 * coverage (at the first list that asks); each listed article's shares are
 * then counted exactly on the story texts of the two (their sentences, the
 * words the signatures were made of), so no figure shown is an estimate.
 */
import { LISTED_SHARE, sharesBetween, signedPairs } from '../corpus/copies.js';
import { decodeSignature } from '../corpus/text-signature.js';
import type { Coverage } from '../retrieval/coverage.js';
import { allOf } from '../retrieval/pending.js';
import type { TextShare } from './types.js';

/** Both of two texts hold this share of the other, at least: they are one article saved twice (a word or two may differ). */
export const SAME_ARTICLE = 0.95;

/** An article as its shares are worked out: who published it, which wires it credits, and its story's text. */
export interface SharingArticle {
  id: string;
  outlet: string | null;
  wires: readonly string[];
  text: string;
}

/** Each article's candidates (signedPairs), both ways. */
export type Partners = ReadonlyMap<string, readonly string[]>;

/** The candidates of each article, from its pairs. */
export function partnersOf(pairs: readonly (readonly [string, string])[]): Partners {
  const partners = new Map<string, string[]>();
  const add = (from: string, to: string): void => {
    const held = partners.get(from);
    if (held) held.push(to);
    else partners.set(from, [to]);
  };
  for (const [a, b] of pairs) {
    add(a, b);
    add(b, a);
  }
  return partners;
}

/** A wire both credit, when the two are of different outlets: the text they share is that wire's. */
function sharedWire(article: SharingArticle, other: SharingArticle): string | null {
  if (!article.outlet || !other.outlet || article.outlet === other.outlet) return null;
  return article.wires.find((wire) => other.wires.includes(wire)) ?? null;
}

/**
 * What `article` shares with each of `others` (its candidates): those that
 * share at least LISTED_SHARE of the shorter text, the most shared first.
 */
export function sharesWith(article: SharingArticle, others: readonly SharingArticle[]): TextShare[] {
  return others
    .flatMap((other) => {
      const { ofA, ofB } = sharesBetween(article.text, other.text);
      if (Math.max(ofA, ofB) < LISTED_SHARE) return [];
      const share = Math.round(ofA * 100) / 100;
      return [{ id: other.id, outlet: other.outlet, share, sameArticle: Math.min(ofA, ofB) >= SAME_ARTICLE, wire: sharedWire(article, other) }];
    })
    .sort((x, y) => y.share - x.share || x.id.localeCompare(y.id));
}

/**
 * The shares of each of `ids` (the articles listed), by id; an article that
 * shares nothing is not in it. `find` gives an article by id, or undefined.
 */
export function sharesOfListed(ids: readonly string[], partners: Partners, find: (id: string) => SharingArticle | undefined): Map<string, TextShare[]> {
  const shares = new Map<string, TextShare[]>();
  for (const id of ids) {
    const article = find(id);
    const others = (partners.get(id) ?? []).flatMap((other) => find(other) ?? []);
    if (!article || others.length === 0) continue;
    const found = sharesWith(article, others);
    if (found.length > 0) shares.set(id, found);
  }
  return shares;
}

const partnersByCoverage = new WeakMap<Coverage, Partners>();

/**
 * Above this many articles the coverage-wide candidates are not worked out
 * at a question: it reads every article's signature (a database's whole
 * table, some 60 MB at 170,000 articles), more than a bot answering should hold.
 */
export const SHARES_MAX_ARTICLES = 50_000;

/** Whether what articles share is worked out for this coverage (see SHARES_MAX_ARTICLES). */
export function sharesWorkedOut(coverage: Pick<Coverage, 'articleCount'>): boolean {
  return coverage.articleCount <= SHARES_MAX_ARTICLES;
}

/** The candidates of a coverage's articles, found once per coverage from every article's signature; none above SHARES_MAX_ARTICLES. */
function coveragePartners(coverage: Coverage): Partners {
  if (!sharesWorkedOut(coverage)) return new Map();
  let partners = partnersByCoverage.get(coverage);
  if (!partners) {
    const signed = coverage.articles().map((article) => ({ id: article.id, signature: article.signature ? decodeSignature(article.signature) : null }));
    partnersByCoverage.set(coverage, (partners = partnersOf(signedPairs(signed))));
  }
  return partners;
}

/** The shares of the coverage's articles `ids` (a page of the list of sources), by id. */
export function coverageShares(coverage: Coverage, ids: readonly string[]): Map<string, TextShare[]> {
  const partners = coveragePartners(coverage);
  const involved = [...new Set(ids.flatMap((id) => (partners.has(id) ? [id, ...(partners.get(id) ?? [])] : [])))];
  // Every involved article's sentences at once: a store that fetches as it goes makes one round trip, not one an article.
  const texts = allOf(...involved.map((id) => () => coverage.sentencesOf(id).map((sentence) => sentence.text).join(' ')));
  const byId = new Map(involved.map((id, at) => [id, texts[at] ?? '']));
  return sharesOfListed(ids, partners, (id) => {
    const record = coverage.article(id);
    const text = byId.get(id);
    return record && text !== undefined ? { id, outlet: record.outlet, wires: record.wires, text } : undefined;
  });
}
