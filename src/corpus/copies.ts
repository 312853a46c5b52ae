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
  const signatures = signed.map((at) => articles[at]?.signature ?? []);
  const copies = (a: number, b: number): boolean => signatureAgreement(signatures[a] ?? [], signatures[b] ?? []) >= COPY_AGREEMENT;
  for (const [i, j] of candidatePairs(signatures, copies, false)) {
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

/** The share of the shorter text the signatures must let one expect in the other for a pair to be counted exactly. */
const CANDIDATE_SHARE = 0.35;

/**
 * The share of the shorter of two texts (of `a` and `b` runs) that the other
 * holds, as their signatures' agreement `j` (their Jaccard index) implies:
 * common = j(a + b)/(1 + j). A short text inside a long one agrees on little
 * of their signatures, yet all of it is shared.
 */
function expectedShare(j: number, a: number, b: number): number {
  const shorter = Math.min(a, b);
  return shorter === 0 ? 0 : (j * (a + b)) / ((1 + j) * shorter);
}

/** The least share of the shorter text found in the other for a pair to be listed. */
export const LISTED_SHARE = 0.5;

/** The distinct hashes of a text's runs of four words (as text-signature.ts hashes them). */
function runsOf(text: string): Set<number> {
  const runs = new Set<number>();
  forEachRun(text, (hash) => runs.add(hash));
  return runs;
}

/** How many runs two sets of runs have in common. */
function commonRuns(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [smaller, larger] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const run of smaller) if (larger.has(run)) common++;
  return common;
}

function sameSignature(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, slot) => value === b[slot]);
}

/**
 * The pairs of texts (by place, the earlier first) worth a look: those whose
 * whole signatures are the same (the same text), and those that share a band
 * of their signatures and that `accept` takes. With `allSame`, every pair of
 * a group of the same text is given (a listing of pairs); without, each with
 * the group's first only (enough to join them: thousands of copies of one
 * story stay linear). Bands are looked at once a group, through its first.
 */
function candidatePairs(signatures: readonly (readonly number[])[], accept: (a: number, b: number) => boolean, allSame: boolean): [number, number][] {
  // The texts of each signature, found through a hash of it (a string of 128 numbers each cost more than the rest).
  const byHash = new Map<number, number[][]>();
  signatures.forEach((signature, at) => {
    let key = 0;
    for (const value of signature) key = Math.imul(key ^ value, 0x9e3779b1);
    key &= 0x3fffffff;
    const alike = byHash.get(key);
    const held = alike?.find((members) => sameSignature(signatures[members[0] as number] ?? [], signature));
    if (held) held.push(at);
    else if (alike) alike.push([at]);
    else byHash.set(key, [[at]]);
  });
  const groups = [...byHash.values()].flat().sort((a, b) => (a[0] as number) - (b[0] as number));
  const pairs = new Map<string, [number, number]>();
  const add = (a: number, b: number): void => {
    const [first, second] = a < b ? [a, b] : [b, a];
    pairs.set(`${first},${second}`, [first, second]);
  };
  const groupOf = new Map<number, number[]>();
  for (const members of groups) {
    groupOf.set(members[0] as number, members);
    for (let j = 1; j < members.length; j++) {
      if (allSame) for (let i = 0; i < j; i++) add(members[i] as number, members[j] as number);
      else add(members[0] as number, members[j] as number);
    }
  }
  // Per band, the first text of each bucket, and a list only for a bucket a second text comes to: a large archive has a
  // million buckets, nearly all of one text, and a string key or a list each cost more than every look. The key is a
  // small integer hash of the band's slots: two bands that hash alike share a bucket, which costs a look, never a pair.
  const bands = Array.from({ length: Math.ceil(SIGNATURE_SLOTS / BAND) }, () => new Map<number, number>());
  const crowded = new Map<string, number[]>();
  for (const first of groupOf.keys()) {
    const signature = signatures[first] ?? [];
    for (let band = 0; band < bands.length; band++) {
      let key = band;
      for (let slot = band * BAND; slot < (band + 1) * BAND; slot++) key = Math.imul(key ^ (signature[slot] ?? 0), 0x9e3779b1);
      key &= 0x3fffffff;
      const buckets = bands[band] as Map<number, number>;
      const held = buckets.get(key);
      if (held === undefined) buckets.set(key, first);
      else {
        const name = `${band}:${key}`;
        const members = crowded.get(name);
        if (members) members.push(first);
        else crowded.set(name, [held, first]);
      }
    }
  }
  // A pair looked at, as one number: many pairs in crowded bands, and a string each would cost more than the look.
  const looked = new Set<number>();
  // Against their band's first few: a story's copies are found through any of them, and a crowded band stays linear.
  for (const members of crowded.values()) {
    for (let j = 1; j < members.length; j++) {
      for (let i = 0; i < Math.min(j, COMPARED); i++) {
        const [a, b] = [members[i] as number, members[j] as number];
        const key = a * signatures.length + b;
        if (looked.has(key)) continue;
        looked.add(key);
        if (!accept(a, b)) continue;
        if (!allSame) add(a, b);
        else for (const x of groupOf.get(a) ?? [a]) for (const y of groupOf.get(b) ?? [b]) add(x, y);
      }
    }
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
  const counts = stories.map((story) => {
    let runs = 0;
    forEachRun(story.text, () => runs++);
    return runs;
  });
  const worthCounting = (a: number, b: number): boolean =>
    expectedShare(signatureAgreement(signatures[a] ?? [], signatures[b] ?? []), counts[a] ?? 0, counts[b] ?? 0) >= CANDIDATE_SHARE;
  const runs = new Map<number, Set<number>>();
  const runsAt = (at: number): Set<number> => {
    let held = runs.get(at);
    if (!held) runs.set(at, (held = runsOf(stories[at]?.text ?? '')));
    return held;
  };
  const found: (CopyPair & { order: [number, number] })[] = [];
  for (const [a, b] of candidatePairs(signatures, worthCounting, true)) {
    const [first, second] = [runsAt(a), runsAt(b)];
    const shorter = Math.min(first.size, second.size);
    if (shorter === 0) continue;
    const shared = commonRuns(first, second) / shorter;
    if (shared >= LISTED_SHARE) found.push({ a: stories[a]?.id ?? '', b: stories[b]?.id ?? '', shared: Math.round(shared * 1000) / 1000, order: [a, b] });
  }
  return found.sort((x, y) => x.order[0] - y.order[0] || x.order[1] - y.order[1]).map(({ a, b, shared }) => ({ a, b, shared }));
}

/**
 * The least share of slots two signatures agree on for their articles to be
 * compared word for word (`sharesBetween`): two texts of one length sharing
 * half their runs agree on a third of the slots, so a quarter leaves room
 * for the estimate's error. A short text inside a long one agrees on less,
 * and is found only by `sharedPairs`, which knows the texts' lengths.
 */
export const CANDIDATE_AGREEMENT = 0.25;

/**
 * The pairs of articles (ids, the earlier first) whose signatures agree
 * enough that they may share long passages: what is worth comparing word for
 * word when only the signatures are at hand for the whole corpus.
 *
 * @example
 * signedPairs([{ id: 'a', signature: s1 }, { id: 'b', signature: s1 }, { id: 'c', signature: s2 }]) // [['a', 'b']]
 */
export function signedPairs(articles: readonly Signed[]): [string, string][] {
  const signed = articles.filter((article) => article.signature?.length === SIGNATURE_SLOTS);
  const signatures = signed.map((article) => article.signature ?? []);
  const agree = (a: number, b: number): boolean => signatureAgreement(signatures[a] ?? [], signatures[b] ?? []) >= CANDIDATE_AGREEMENT;
  return candidatePairs(signatures, agree, true).map(([a, b]) => [signed[a]?.id ?? '', signed[b]?.id ?? '']);
}

/**
 * How much of each of two texts the other holds, exactly: the share of `a`'s
 * runs of four words found in `b`, and of `b`'s found in `a` (0 for a text
 * with none).
 *
 * @example
 * sharesBetween(wire, wire + ' More words of our own at the end here.') // { ofA: 1, ofB: 0.8… }
 */
export function sharesBetween(a: string, b: string): { ofA: number; ofB: number } {
  const [first, second] = [runsOf(a), runsOf(b)];
  const common = commonRuns(first, second);
  return { ofA: first.size === 0 ? 0 : common / first.size, ofB: second.size === 0 ? 0 : common / second.size };
}
