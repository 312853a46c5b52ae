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

function occurrence(statement: Statement): StatementOccurrence {
  return {
    articleId: statement.articleId,
    start: statement.start,
    end: statement.end,
    text: statement.text,
    kind: statement.kind,
    cue: statement.cue?.text ?? null,
    mention: statement.speaker.mention?.text ?? null,
  };
}

function representative(members: readonly Statement[]): Statement {
  const rank = (s: Statement): number => (s.kind === 'direct' ? 1_000_000 : 0) + s.text.length;
  return [...members].sort((a, b) => rank(b) - rank(a))[0] as Statement;
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
function groupStatements(indices: readonly number[], statements: readonly Statement[], terms: readonly ReadonlySet<string>[]): number[][] {
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
  const bySpeaker = new Map<string, number[]>();
  statements.forEach((statement, index) => {
    const key = statement.speaker.entity ?? `none:${index}`;
    const list = bySpeaker.get(key) ?? [];
    list.push(index);
    bySpeaker.set(key, list);
  });
  const terms = statements.map((s) => new Set(normaliser.terms(s.text)));
  const clusters: QuoteCluster[] = [];
  for (const indices of bySpeaker.values()) {
    const groups = groupStatements(indices, statements, terms);
    const rolesOfSpeaker = countRoles(indices.map((index) => statements[index]?.speaker.role ?? null));
    for (const group of groups) {
      const members = group.map((index) => statements[index]).filter((s): s is Statement => s !== undefined);
      const best = representative(members);
      clusters.push({
        id: clusters.length,
        entity: best.speaker.entity,
        speaker: best.speaker.anonymous ? null : best.speaker.name,
        role: shownRole(members.map((m) => m.speaker.role), rolesOfSpeaker, rolesOf.get(best.speaker.entity ?? '') ?? []),
        anonymous: best.speaker.anonymous,
        kind: best.kind,
        text: best.text,
        occurrences: members.map(occurrence),
      });
    }
  }
  return clusters;
}
