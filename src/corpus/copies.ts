/**
 * Articles that are copies of one another: the same story carried by
 * several outlets (a wire text, trimmed or retitled), or the same file
 * saved twice under two names. Found by their text signatures
 * (text-signature.ts): candidates share a band of slots, and a pair is a
 * copy when at least COPY_AGREEMENT of all slots agree. Copies are counted
 * once where answers count articles; every outlet still shows.
 */
import { forEachRun, signatureAgreement, SIGNATURE_SLOTS, textSignature } from './text-signature.js';

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
    return top;
  };
  const signed = articles.flatMap(({ signature }, at) => (signature?.length === SIGNATURE_SLOTS ? [at] : []));
  for (const [i, j] of candidatePairs(signed.map((at) => articles[at]?.signature ?? []), COPY_AGREEMENT)) {
    const [a, b] = [root(signed[i] as number), root(signed[j] as number)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
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

/** Two articles that share text: `shared` is the share (0 to 1) of the shorter one's runs of words found in the other. */
export interface CopyPair {
  a: string;
  b: string;
  shared: number;
}

export interface Story {
  id: string;
  /** The story's text (its sentences, not the page around them). */
  text: string;
}

/** Agreement of two signatures below which a pair is not looked at: a third of their runs in common. */
const CANDIDATE_AGREEMENT = 0.3;

/** The least share of the shorter text found in the other for a pair to be listed. */
export const LISTED_SHARE = 0.5;

/** The distinct hashes of a text's runs of four words (as text-signature.ts hashes them). */
function runsOf(text: string): Set<number> {
  const runs = new Set<number>();
  forEachRun(text, (hash) => runs.add(hash));
  return runs;
}

/** The pairs of texts (by place) that share a band of their signatures and agree on `least` of all their slots. */
function candidatePairs(signatures: readonly (readonly number[])[], least: number): [number, number][] {
  const buckets = new Map<string, number[]>();
  signatures.forEach((signature, at) => {
    for (let band = 0; band < SIGNATURE_SLOTS; band += BAND) {
      const key = `${band}:${signature.slice(band, band + BAND).join(',')}`;
      const held = buckets.get(key);
      if (held) held.push(at);
      else buckets.set(key, [at]);
    }
  });
  const pairs = new Map<string, [number, number]>();
  const pair = (a: number, b: number): void => {
    const key = `${a},${b}`;
    if (!pairs.has(key) && signatureAgreement(signatures[a] ?? [], signatures[b] ?? []) >= least) pairs.set(key, [a, b]);
  };
  // Texts whose whole signatures are the same (the same text, however many times) are all paired.
  const same = new Map<string, number[]>();
  signatures.forEach((signature, at) => {
    const key = signature.join(',');
    const held = same.get(key);
    if (held) held.push(at);
    else same.set(key, [at]);
  });
  for (const members of same.values()) for (let j = 1; j < members.length; j++) for (let i = 0; i < j; i++) pair(members[i] as number, members[j] as number);
  // Others against their band's first few: a story's copies are found through any of them, and a crowded band stays linear.
  for (const members of buckets.values()) {
    for (let j = 1; j < members.length; j++) for (let i = 0; i < Math.min(j, COMPARED); i++) pair(members[i] as number, members[j] as number);
  }
  return [...pairs.values()];
}

/**
 * The pairs of articles that share long verbatim passages (a wire story
 * carried twice, one file saved twice): candidates found by their
 * signatures, then each pair's share counted exactly on its runs of four
 * words; pairs sharing at least LISTED_SHARE of the shorter text, in
 * corpus order.
 *
 * @example
 * sharedPairs([{ id: 'a', text: wire }, { id: 'b', text: wire }, { id: 'c', text: other }]) // [{ a: 'a', b: 'b', shared: 1 }]
 */
export function sharedPairs(stories: readonly Story[]): CopyPair[] {
  const signatures = stories.map((story) => textSignature(story.text));
  const runs = new Map<number, Set<number>>();
  const runsAt = (at: number): Set<number> => {
    let held = runs.get(at);
    if (!held) runs.set(at, (held = runsOf(stories[at]?.text ?? '')));
    return held;
  };
  const found: (CopyPair & { order: [number, number] })[] = [];
  for (const [a, b] of candidatePairs(signatures, CANDIDATE_AGREEMENT)) {
    const [first, second] = [runsAt(a), runsAt(b)];
    const [shorter, longer] = first.size <= second.size ? [first, second] : [second, first];
    if (shorter.size === 0) continue;
    let common = 0;
    for (const run of shorter) if (longer.has(run)) common++;
    const shared = common / shorter.size;
    if (shared >= LISTED_SHARE) found.push({ a: stories[a]?.id ?? '', b: stories[b]?.id ?? '', shared: Math.round(shared * 1000) / 1000, order: [a, b] });
  }
  return found.sort((x, y) => x.order[0] - y.order[0] || x.order[1] - y.order[1]).map(({ a, b, shared }) => ({ a, b, shared }));
}
