/**
 * Pairwise scoring of statement groups against a gold grouping: what users
 * see as "one statement, carried by these outlets" against what a reader
 * says is one remark.
 *
 * Each gold member is the bot's statement (an occurrence of a group) in its
 * article that holds the member's words; the member is then in that
 * statement's group. A pair of members in one gold group is a gold pair; a pair
 * of statements in one of the bot's groups is a predicted pair, right when
 * both hold members of one gold group. A statement that holds no member (the
 * gold says it is no statement) makes every pair it is in wrong; a member no
 * statement holds is in no predicted pair.
 */
import type { QuoteCluster } from '../../src/retrieval/snapshot.js';

/** A gold member: an article, words of the statement as it writes them, and the speaker's name when two statements stand at one place. */
export interface GoldMember {
  articleId: string;
  words: string;
  speaker?: string;
}

export interface GoldGroup {
  remark: string;
  members: GoldMember[];
}

export interface GroupScore {
  goldPairs: number;
  predictedPairs: number;
  rightPairs: number;
  precision: number;
  recall: number;
  /** Members no statement holds. */
  unfound: GoldMember[];
  /** Statements that hold no member, as "article: text". */
  unlisted: string[];
  /** Gold pairs the bot keeps apart, and predicted pairs the gold keeps apart: "remark: words | words". */
  missedPairs: string[];
  wrongPairs: string[];
}

/** Letters and digits only, lower case, one space between words: the two texts' punctuation and spacing aside. */
const plain = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

interface Placed {
  cluster: QuoteCluster;
  occurrence: number;
}

/** The statement holding a member: in its article, holding its words, by the speaker named if one is. */
function placeOf(member: GoldMember, clusters: readonly QuoteCluster[]): Placed | null {
  const words = plain(member.words);
  let best: (Placed & { start: number }) | null = null;
  for (const cluster of clusters) {
    if (member.speaker && !(cluster.speaker ?? cluster.role ?? '').toLowerCase().includes(member.speaker.toLowerCase())) continue;
    cluster.occurrences.forEach((occurrence, index) => {
      if (occurrence.articleId !== member.articleId || !plain(occurrence.text).includes(words)) return;
      if (!best || occurrence.start < best.start) best = { cluster, occurrence: index, start: occurrence.start };
    });
  }
  return best;
}

const pairsOf = (n: number): number => (n * (n - 1)) / 2;

/** Scores the bot's statement groups (`clusters`) against `gold`. */
export function scoreGroups(gold: readonly GoldGroup[], clusters: readonly QuoteCluster[]): GroupScore {
  // Each statement of the bot (cluster id, occurrence index) with the gold groups of the members it holds.
  const held = new Map<string, { cluster: QuoteCluster; occurrence: number; groups: number[]; words: string[] }>();
  const key = (cluster: QuoteCluster, occurrence: number): string => `${cluster.id}:${occurrence}`;
  const unfound: GoldMember[] = [];
  const memberPlaces: (string | null)[][] = gold.map((group, g) => group.members.map((member) => {
    const place = placeOf(member, clusters);
    if (!place) {
      unfound.push(member);
      return null;
    }
    const k = key(place.cluster, place.occurrence);
    const entry = held.get(k) ?? { ...place, groups: [], words: [] };
    entry.groups.push(g);
    entry.words.push(member.words);
    held.set(k, entry);
    return k;
  }));
  const missedPairs: string[] = [];
  let goldPairs = 0;
  let rightPairs = 0;
  gold.forEach((group, g) => {
    const places = memberPlaces[g] ?? [];
    goldPairs += pairsOf(group.members.length);
    for (let i = 0; i < places.length; i++) {
      for (let j = i + 1; j < places.length; j++) {
        const [a, b] = [places[i], places[j]];
        const together = a && b && (a === b || held.get(a)?.cluster === held.get(b)?.cluster);
        if (together) rightPairs++;
        else missedPairs.push(`${group.remark}: ${group.members[i]?.words} | ${group.members[j]?.words}`);
      }
    }
  });
  const unlisted: string[] = [];
  const wrongPairs: string[] = [];
  let predictedPairs = 0;
  let predictedRight = 0;
  for (const cluster of clusters) {
    // Each member a statement of this group holds, with its gold remark; a statement holding none stands for a wrong one.
    const members: { group: number; words: string }[] = [];
    cluster.occurrences.forEach((occurrence, index) => {
      const statement = held.get(key(cluster, index));
      if (!statement) {
        unlisted.push(`${occurrence.articleId}: ${occurrence.text}`);
        members.push({ group: -1 - unlisted.length, words: occurrence.text });
        return;
      }
      statement.words.forEach((words, at) => members.push({ group: statement.groups[at] ?? -1, words }));
    });
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i], members[j]];
        if (!a || !b) continue;
        predictedPairs++;
        if (a.group === b.group && a.group >= 0) predictedRight++;
        else wrongPairs.push(`${a.words} | ${b.words}`);
      }
    }
  }
  return {
    goldPairs,
    predictedPairs,
    rightPairs,
    precision: predictedPairs === 0 ? 1 : predictedRight / predictedPairs,
    recall: goldPairs === 0 ? 1 : rightPairs / goldPairs,
    unfound,
    unlisted,
    missedPairs,
    wrongPairs,
  };
}

/** The gold file's groups (test/fixtures/seeds-statement-groups.json), members' articles by their ids. */
export function goldGroupsOf(file: { articles: Record<string, string>; groups: { remark: string; members: [string, string, string?][] }[] }): GoldGroup[] {
  return file.groups.map((group) => ({
    remark: group.remark,
    members: group.members.map(([article, words, speaker]) => ({ articleId: file.articles[article] ?? article, words, ...(speaker ? { speaker } : {}) })),
  }));
}
