/**
 * Groups statements that are one statement carried by several outlets: the
 * same speaker, and wording that overlaps enough ("Yes, the ferry will
 * run all winter..." and "The ferry will run all winter..."; a quotation
 * and its close paraphrase).
 */
import type { SpeakerEntity, Statement } from '../attribution/index.js';
import type { Normaliser } from './normalise.js';
import { countRoles, shownRole } from './shown-role.js';
import type { QuoteCluster, StatementOccurrence } from './snapshot.js';

/** Share of the shorter statement's terms the longer must contain to be the same statement. */
export const SAME_STATEMENT_OVERLAP = 0.6;
/** Statements with fewer distinct terms are compared word for word only. */
const MIN_TERMS = 3;

function overlapCoefficient(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const term of small) if (large.has(term)) shared++;
  return shared / small.size;
}

function sameStatement(a: ReadonlySet<string>, b: ReadonlySet<string>, textA: string, textB: string): boolean {
  if (Math.min(a.size, b.size) < MIN_TERMS) return textA.toLowerCase() === textB.toLowerCase();
  return overlapCoefficient(a, b) >= SAME_STATEMENT_OVERLAP;
}

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
 * Puts each statement (in order) into a group: the first group holding the
 * very same words (case aside), in any article (an article may repeat a
 * quotation, two articles may carry it beside a shorter one); else the first
 * group holding a close wording from another article; else a group of its
 * own. The same words are a lookup, and only statements of other articles are
 * compared word by word, so one long article costs time in proportion to its
 * statements, not their square.
 */
function groupStatements(indices: readonly number[], statements: readonly { articleId: string; text: string }[], terms: readonly ReadonlySet<string>[]): number[][] {
  const groups: number[][] = [];
  /** For a wording (lower case), the first group holding it. */
  const firstWithText = new Map<string, number>();
  /** Per article, its statements placed so far: [group, statement index], in order. */
  const placed = new Map<string, [number, number][]>();
  for (const index of indices) {
    const statement = statements[index];
    const own = terms[index];
    if (!statement || !own) continue;
    const text = statement.text.toLowerCase();
    let home = firstWithText.get(text) ?? Infinity;
    if (home === Infinity) {
      for (const [articleId, members] of placed) {
        if (articleId === statement.articleId) continue;
        for (const [group, other] of members) {
          // Insertion order is not group order: a later statement may join an earlier group.
          if (group >= home) continue;
          const otherStatement = statements[other];
          if (otherStatement && sameStatement(own, terms[other] ?? new Set(), statement.text, otherStatement.text)) home = group;
        }
      }
    }
    if (home === Infinity) {
      home = groups.length;
      groups.push([index]);
    } else {
      groups[home]?.push(index);
    }
    if (!firstWithText.has(text)) firstWithText.set(text, home);
    const list = placed.get(statement.articleId) ?? [];
    list.push([home, index]);
    placed.set(statement.articleId, list);
  }
  return groups;
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

/** One speaker's statements, in order, grouped into clusters numbered from `firstId`. */
function clustersOfSpeaker(members: readonly Member[], normaliser: Normaliser, introduced: readonly string[], firstId: number): QuoteCluster[] {
  const terms = members.map((m) => new Set(normaliser.terms(m.text)));
  const groups = groupStatements(members.map((_, index) => index), members, terms);
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
): QuoteCluster[] {
  const rolesOf = new Map(entities.map((entity) => [entity.id, entity.roles]));
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
    for (const cluster of clustersOfSpeaker(members, normaliser, rolesOf.get(entity ?? '') ?? [], clusters.length)) clusters.push(cluster);
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
  context: { normaliser: Normaliser; entities: readonly SpeakerEntity[]; position: (articleId: string) => number; firstId: number },
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
    for (const cluster of clustersOfSpeaker(members, context.normaliser, rolesOf.get(entity) ?? [], 0)) {
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
