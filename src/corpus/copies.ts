/**
 * Articles that are copies of one another: the same story carried by
 * several outlets (a wire text, trimmed or retitled), or the same file
 * saved twice under two names. Found by their text signatures
 * (text-signature.ts): candidates share a band of slots, and a pair is a
 * copy when at least COPY_AGREEMENT of all slots agree. Copies are counted
 * once where answers count articles; every outlet still shows.
 */
import { signatureAgreement, SIGNATURE_SLOTS } from './text-signature.js';

/**
 * The share of slots two copies agree on at least. A wire story with a
 * fifth of its paragraphs cut, or retitled, still shares about three
 * quarters of its runs of four words; two stories on one topic share next
 * to none, and two reports written to one template (the same phrases, other
 * names and figures) about half.
 */
export const COPY_AGREEMENT = 0.6;

/** Members of a band's bucket each article is compared with, at most. */
const COMPARED = 16;

/** Slots per band: two texts sharing half their runs share some band of two slots with near certainty (64 bands). */
const BAND = 2;

export interface Signed {
  id: string;
  signature: readonly number[] | null;
}

/**
 * The articles grouped into stories: each group, in the order its first
 * member comes, holds an article and its copies (chains join: a copy of a
 * copy is one story). An article with no signature stands alone.
 *
 * @example
 * storiesOf([{ id: 'a', signature: s1 }, { id: 'b', signature: s1 }, { id: 'c', signature: s2 }]) // [['a', 'b'], ['c']]
 */
export function storiesOf(articles: readonly Signed[]): string[][] {
  const parent = articles.map((_, at) => at);
  const root = (at: number): number => {
    let top = at;
    while (parent[top] !== top) top = parent[top] as number;
    for (let next = at; parent[next] !== top; ) [next, parent[next]] = [parent[next] as number, top];
    return top;
  };
  const buckets = new Map<string, number[]>();
  articles.forEach(({ signature }, at) => {
    if (signature?.length !== SIGNATURE_SLOTS) return;
    for (let band = 0; band < SIGNATURE_SLOTS; band += BAND) {
      const key = `${band}:${signature.slice(band, band + BAND).join(',')}`;
      const held = buckets.get(key);
      if (held) held.push(at);
      else buckets.set(key, [at]);
    }
  });
  const signatureOf = (at: number): readonly number[] => articles[at]?.signature ?? [];
  for (const members of buckets.values()) {
    for (let j = 1; j < members.length; j++) {
      const b = members[j] as number;
      // Against the bucket's first few only: a story's copies are found through any of them, and a crowded band stays linear.
      for (const a of members.slice(0, Math.min(j, COMPARED))) {
        if (root(a) !== root(b) && signatureAgreement(signatureOf(a), signatureOf(b)) >= COPY_AGREEMENT) parent[root(b)] = root(a);
      }
    }
  }
  const groups = new Map<number, string[]>();
  articles.forEach(({ id }, at) => {
    const top = root(at);
    const group = groups.get(top);
    if (group) group.push(id);
    else groups.set(top, [id]);
  });
  return [...groups.values()];
}
