/**
 * Groups statements that are one remark carried by several outlets, or told
 * twice in one article: the same speaker, and wording that says the same
 * (same-remark.ts): "Yes, the ferry will run all winter..." and "The ferry
 * will run all winter...", a quotation and its paraphrase.
 */
import type { SpeakerEntity, Statement } from '../attribution/index.js';
import type { Normaliser } from './normalise.js';
import { pointsBackTo, remarkShape, sameRemark, sameWords, weightsAmong, type RemarkShape, type TermWeights } from './same-remark.js';
import { countRoles, shownRole } from './shown-role.js';
import type { QuoteCluster, StatementOccurrence } from './snapshot.js';

/**
 * A word held by more of a speaker's earlier statements than this finds no
 * candidates (one said often finds them through its rarer words): a speaker
 * quoted thousands of times costs time in proportion to their statements.
 */
const CANDIDATES_PER_WORD = 64;

/** A statement as grouping needs it: where it was carried, its words, and how its speaker was written there. */
interface Member extends StatementOccurrence {
  entity: string | null;
  name: string | null;
  role: string | null;
  anonymous: boolean;
}

function memberOf(statement: Statement): Member {
  return {
    articleId: statement.articleId,
    start: statement.start,
    end: statement.end,
    text: statement.text,
    kind: statement.kind,
    cue: statement.cue?.text ?? null,
    mention: statement.speaker.mention?.text ?? null,
    entity: statement.speaker.entity,
    name: statement.speaker.name,
    role: statement.speaker.role,
    anonymous: statement.speaker.anonymous,
  };
}

/** An occurrence of a cluster built earlier as a member: its speaker as the cluster shows them (the role each article wrote is not kept). */
function memberOfOccurrence(occurrence: StatementOccurrence, cluster: QuoteCluster): Member {
  return { ...occurrence, entity: cluster.entity, name: cluster.speaker, role: cluster.role, anonymous: cluster.anonymous };
}

function occurrenceOf(member: Member): StatementOccurrence {
  const { articleId, start, end, text, kind, cue, mention } = member;
  return { articleId, start, end, text, kind, cue, mention };
}

/** A statement's rank as a group's representative: a quotation first, then the longer. */
const rankOf = (member: Member): number => (member.kind === 'direct' ? 1_000_000 : 0) + member.text.length;

function representative(members: readonly Member[]): Member {
  return [...members].sort((a, b) => rankOf(b) - rankOf(a))[0] as Member;
}

/**
 * One speaker's statements (in reading order) in groups of one remark each.
 * A statement joins the group of the first with its very words, or of the
 * statement it points back at; else the group holding the most statements
 * it is one remark with (sameRemark), if that is at least half the group's
 * wordings: a chain of near wordings, each a little further off, does not
 * join remarks that share only a topic. Else it starts a group. It is
 * compared with the earlier statements that share a word few of them hold.
 * Groups are in the order of their first statement, and hold theirs in order.
 */
export function groupRemarks(shapes: readonly RemarkShape[], weights: TermWeights): number[][] {
  const groups: number[][] = [];
  const groupOf: number[] = [];
  /** Each group's distinct wordings: what "half the group" counts. */
  const wordings: Set<string>[] = [];
  const firstWithText = new Map<string, number>();
  const lastInArticle = new Map<string, number>();
  const holding = new Map<string, number[]>();
  shapes.forEach((shape, index) => {
    const before = lastInArticle.get(shape.articleId);
    const same = firstWithText.get(shape.lower);
    let home = (same === undefined ? undefined : groupOf[same]) ?? (before !== undefined && pointsBackTo(shape, shapes[before] as RemarkShape) ? groupOf[before] : undefined);
    if (home === undefined) home = closestGroup(shape, candidatesOf(shape, holding), (other) => groupOf[other] as number, wordings, shapes, weights);
    if (home === undefined) {
      home = groups.length;
      groups.push([]);
      wordings.push(new Set());
    }
    groups[home]?.push(index);
    wordings[home]?.add(shape.lower);
    groupOf[index] = home;
    if (!firstWithText.has(shape.lower)) firstWithText.set(shape.lower, index);
    lastInArticle.set(shape.articleId, index);
    for (const stem of shape.stems) {
      const list = holding.get(stem);
      if (list) list.push(index);
      else holding.set(stem, [index]);
    }
  });
  return groups;
}

/** Most earlier statements a statement is compared with: those sharing the most of its words few hold. */
const CANDIDATES = 64;

/** The earlier statements sharing a word with `shape` that few of them hold, those sharing most such words first, CANDIDATES at most. */
function candidatesOf(shape: RemarkShape, holding: ReadonlyMap<string, readonly number[]>): Set<number> {
  const shared = new Map<number, number>();
  for (const stem of shape.stems) {
    const list = holding.get(stem);
    if (list && list.length <= CANDIDATES_PER_WORD) for (const other of list) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  if (shared.size <= CANDIDATES) return new Set(shared.keys());
  return new Set([...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES).map(([other]) => other));
}

/** The group holding the most wordings `shape` is one remark with, if they are at least half its wordings. */
function closestGroup(
  shape: RemarkShape,
  candidates: ReadonlySet<number>,
  groupOf: (index: number) => number,
  wordings: readonly ReadonlySet<string>[],
  shapes: readonly RemarkShape[],
  weights: TermWeights,
): number | undefined {
  // A wording carried with a few words changed joins the first group holding it, as ever.
  let first: number | undefined;
  for (const other of candidates) {
    const group = groupOf(other);
    if ((first === undefined || group < first) && sameWords(shape, shapes[other] as RemarkShape)) first = group;
  }
  if (first !== undefined) return first;
  const matched = new Map<number, Set<string>>();
  for (const other of candidates) {
    const them = shapes[other] as RemarkShape;
    const group = groupOf(other);
    if (matched.get(group)?.has(them.lower) || !sameRemark(shape, them, weights)) continue;
    matched.set(group, (matched.get(group) ?? new Set()).add(them.lower));
  }
  let best: number | undefined;
  let bestShare = 0;
  for (const [group, same] of matched) {
    const share = same.size / (wordings[group]?.size ?? 1);
    if (share >= 0.5 && (share > bestShare || (share === bestShare && group < (best ?? Infinity)))) [best, bestShare] = [group, share];
  }
  return best;
}

/** A group of one speaker's statements as a cluster, shown as its representative statement. */
function clusterOf(id: number, members: readonly Member[], rolesOfSpeaker: ReadonlyMap<string, number>, introduced: readonly string[]): QuoteCluster {
  const best = representative(members);
  return {
    id,
    entity: best.entity,
    speaker: best.anonymous ? null : best.name,
    role: shownRole(members.map((m) => m.role), rolesOfSpeaker, introduced),
    anonymous: best.anonymous,
    kind: best.kind,
    text: best.text,
    occurrences: members.map(occurrenceOf),
  };
}

/** How statements are compared: the coverage's terms, how much each weighs, and when each article was published. */
export interface Grouping {
  normaliser: Normaliser;
  weights: TermWeights;
  /** An article's publication date, null when not on record. */
  publishedOf?: (articleId: string) => string | null;
}

/** One speaker's statements, in order, grouped into clusters numbered from `firstId`. */
function clustersOfSpeaker(members: readonly Member[], grouping: Grouping, introduced: readonly string[], firstId: number): QuoteCluster[] {
  const shapes = members.map((member) => remarkShape(member, grouping.normaliser, grouping.weights, grouping.publishedOf?.(member.articleId)));
  const groups = groupRemarks(shapes, grouping.weights);
  const rolesOfSpeaker = countRoles(members.map((m) => m.role));
  return groups.map((group, at) => clusterOf(firstId + at, group.map((index) => members[index] as Member), rolesOfSpeaker, introduced));
}

/**
 * Clusters statements. Only statements of one identified speaker are
 * compared, so the work grows with the statements per speaker, not their square overall.
 */
export function clusterStatements(
  statements: readonly Statement[],
  normaliser: Normaliser,
  entities: readonly SpeakerEntity[] = [],
  publishedOf?: Grouping['publishedOf'],
): QuoteCluster[] {
  const rolesOf = new Map(entities.map((entity) => [entity.id, entity.roles]));
  const grouping: Grouping = { normaliser, weights: weightsAmong(statements.map((statement) => statement.text), normaliser), ...(publishedOf ? { publishedOf } : {}) };
  const bySpeaker = new Map<string, Member[]>();
  statements.forEach((statement, index) => {
    const key = statement.speaker.entity ?? `none:${index}`;
    const list = bySpeaker.get(key) ?? [];
    list.push(memberOf(statement));
    bySpeaker.set(key, list);
  });
  const clusters: QuoteCluster[] = [];
  for (const members of bySpeaker.values()) {
    const entity = members[0]?.entity ?? null;
    // One by one: a speaker quoted tens of thousands of times would overflow a spread's arguments.
    for (const cluster of clustersOfSpeaker(members, grouping, rolesOf.get(entity ?? '') ?? [], clusters.length)) clusters.push(cluster);
  }
  return clusters;
}

/** The clusters built earlier that regrouping reads. */
export interface EarlierClusters {
  /** A speaker's clusters. */
  of(entityId: string): readonly QuoteCluster[];
  /** The clusters an article carries. */
  inArticle(articleId: string): readonly QuoteCluster[];
}

/**
 * Clusters built earlier, brought up to date with some articles gone and the
 * statements of others added, without clustering everything again: the
 * speakers those articles touch are grouped again, their statements in
 * corpus order, as clusterStatements groups them. A group that is an
 * earlier cluster as it was keeps it; the rest are new clusters, numbered
 * from `firstId`, and the earlier clusters they replace are listed as gone.
 * The role each article wrote for an earlier statement is not kept, so a new
 * cluster counts its earlier statements with the role their cluster showed.
 *
 * @param position an article's place in the corpus
 */
export function regroupClusters(
  statements: readonly Statement[],
  gone: ReadonlySet<string>,
  earlier: EarlierClusters,
  context: Grouping & { entities: readonly SpeakerEntity[]; position: (articleId: string) => number; firstId: number },
): { replaced: Set<number>; added: QuoteCluster[] } {
  const replaced = new Set<number>();
  const added: QuoteCluster[] = [];
  const news = new Map<string, Member[]>();
  for (const statement of statements) {
    if (statement.speaker.entity === null) {
      added.push(clusterOf(context.firstId + added.length, [memberOf(statement)], new Map(), []));
      continue;
    }
    news.set(statement.speaker.entity, [...(news.get(statement.speaker.entity) ?? []), memberOf(statement)]);
  }
  const touched = new Set(news.keys());
  for (const id of gone) {
    for (const cluster of earlier.inArticle(id)) {
      if (cluster.entity === null) replaced.add(cluster.id);
      else touched.add(cluster.entity);
    }
  }
  const rolesOf = new Map(context.entities.map((entity) => [entity.id, entity.roles]));
  const placeOf = (member: Member): [number, number] => [context.position(member.articleId), member.start];
  for (const entity of touched) {
    const before = earlier.of(entity);
    const members = [
      ...before.flatMap((cluster) => cluster.occurrences.filter((o) => !gone.has(o.articleId)).map((o) => memberOfOccurrence(o, cluster))),
      ...(news.get(entity) ?? []),
    ];
    const places = new Map(members.map((member) => [member, placeOf(member)]));
    members.sort((a, b) => {
      const [pa, pb] = [places.get(a) as [number, number], places.get(b) as [number, number]];
      return pa[0] - pb[0] || pa[1] - pb[1];
    });
    const kept = new Set<QuoteCluster>();
    for (const cluster of clustersOfSpeaker(members, context, rolesOf.get(entity) ?? [], 0)) {
      const same = before.find((old) => sameCluster(old, cluster));
      if (same) kept.add(same);
      else added.push({ ...cluster, id: context.firstId + added.length });
    }
    for (const old of before) if (!kept.has(old)) replaced.add(old.id);
  }
  return { replaced, added };
}

/** Whether a cluster regrouped is an earlier one as it was: the same occurrences, in order, and the same wording. */
function sameCluster(old: QuoteCluster, regrouped: QuoteCluster): boolean {
  return (
    old.text === regrouped.text &&
    old.role === regrouped.role &&
    old.occurrences.length === regrouped.occurrences.length &&
    old.occurrences.every((o, index) => {
      const other = regrouped.occurrences[index];
      return other !== undefined && o.articleId === other.articleId && o.start === other.start && o.end === other.end;
    })
  );
}
