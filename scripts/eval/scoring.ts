/**
 * Scores what a user gets (the statements and resolved speakers of
 * `quotes --json`) against gold statements, with one definition of right:
 *
 * - a gold statement is found when predictions cover at least 30% of its
 *   characters (the Gender Gap Tracker's overlap rule);
 * - a prediction is right when at least 30% of its characters lie inside the
 *   content of some gold statement of the same definition (so precision and
 *   recall count against the same gold);
 * - for a found statement, the predictions covering most of it speak for it:
 *   the mention is right when one of them overlaps the gold speaker span, and
 *   the resolved name is right when one of them names the gold person
 *   (`sameName`): a null name is a miss.
 */
import type { Span } from '../../src/corpus/types.js';
import type { MentionKind } from '../../src/attribution/types.js';
import { nameParts } from '../../src/attribution/names.js';

export const OVERLAP = 0.3;

export interface GoldStatement {
  content: Span[];
  /** The speaker mention as written, where the annotators marked one. */
  source: Span | null;
  sourceText?: string | null;
  cue?: string | null;
  /** The person who spoke; undefined when the set does not resolve speakers, null for an unnamed source. */
  speaker?: string | null;
  /** An unnamed source that must stay anonymous (seeds gold). */
  anonymous?: boolean;
}

/** One statement as `quotes --json` prints it. */
export interface PredictedStatement extends Span {
  mention: (Span & { text: string; kind: MentionKind }) | null;
  /** The resolved name shown to users (null for anonymous or unknown). */
  name: string | null;
  role: string | null;
  anonymous: boolean;
  /** The reporting words, for listing misses. */
  cue?: string | null;
}

export interface Score {
  predictions: number;
  correctPredictions: number;
  gold: number;
  found: number;
  mentionChecked: number;
  mentionRight: number;
  nameChecked: number;
  nameRight: number;
  /** Of the names checked, gold speakers given only as a description, and those right (nobody named). */
  descriptions: number;
  descriptionsRight: number;
}

export interface Pairing {
  gold: GoldStatement;
  prediction: PredictedStatement;
}

export interface ScoredDocument {
  score: Score;
  missed: GoldStatement[];
  wrong: PredictedStatement[];
  mentionMisses: Pairing[];
  nameMisses: Pairing[];
}

/**
 * Whether a resolved name is the gold person: the same name once folded
 * (accents, case, courtesy titles, a leading "the"), or the same surname when
 * one side is a surname alone ("Roe" for "Jane Roe"). Two different full
 * names never match.
 */
export function sameName(predicted: string | null, gold: string): boolean {
  if (predicted === null) return false;
  const parts = (name: string): readonly string[] => nameParts(name.replace(/-/g, ' ').replace(/^the\s+/i, ''));
  const a = parts(predicted);
  const b = parts(gold);
  if (a.length === 0 || b.length === 0) return false;
  if (a.join(' ') === b.join(' ')) return true;
  return (a.length === 1 || b.length === 1) && a[a.length - 1] === b[b.length - 1];
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function length(spans: readonly Span[]): number {
  return spans.reduce((sum, span) => sum + (span.end - span.start), 0);
}

/** Characters of `spans` covered by `cover`, each position counted once. */
function covered(spans: readonly Span[], cover: readonly Span[]): number {
  let total = 0;
  for (const span of spans) {
    const marks = new Uint8Array(span.end - span.start);
    for (const c of cover) {
      for (let i = Math.max(c.start, span.start); i < Math.min(c.end, span.end); i++) marks[i - span.start] = 1;
    }
    total += marks.reduce((sum, mark) => sum + mark, 0);
  }
  return total;
}

/**
 * A gold speaker given only as a description ("experts", "a spokesperson for
 * the agency"): no capital letter after its determiner. Such a source has no
 * name to find, so it is right only when the prediction names nobody.
 */
export function isDescription(goldName: string): boolean {
  return !/\p{Lu}/u.test(goldName.replace(/^(?:the|a|an|some|many|several|two|three)\s+/i, ''));
}

function nameVerdict(gold: GoldStatement, prediction: PredictedStatement): boolean | null {
  if (gold.speaker === undefined) return null;
  if (gold.speaker === null || isDescription(gold.speaker)) return prediction.name === null && (!gold.anonymous || prediction.anonymous);
  return sameName(prediction.name, gold.speaker);
}

function mentionVerdict(gold: GoldStatement, prediction: PredictedStatement): boolean | null {
  if (gold.source === null) return null;
  return prediction.mention !== null && overlap(prediction.mention, gold.source) > 0;
}

/** Scores one document's predictions against its gold statements (all of one definition). */
export function scoreDocument(gold: readonly GoldStatement[], predictions: readonly PredictedStatement[]): ScoredDocument {
  const scored = gold.filter((g) => length(g.content) > 0);
  const allContent = scored.flatMap((g) => g.content);
  const wrong = predictions.filter((p) => covered([p], allContent) < OVERLAP * (p.end - p.start));
  const result: ScoredDocument = {
    score: { predictions: predictions.length, correctPredictions: predictions.length - wrong.length, gold: scored.length, found: 0, mentionChecked: 0, mentionRight: 0, nameChecked: 0, nameRight: 0, descriptions: 0, descriptionsRight: 0 },
    missed: [],
    wrong,
    mentionMisses: [],
    nameMisses: [],
  };
  const { score } = result;
  for (const statement of scored) {
    if (covered(statement.content, predictions) < OVERLAP * length(statement.content)) {
      result.missed.push(statement);
      continue;
    }
    score.found++;
    // The predictions covering most of the statement speak for it; any of them may name the speaker
    // (a statement made jointly is predicted once per speaker).
    const share = (p: PredictedStatement): number => statement.content.reduce((sum, c) => sum + overlap(p, c), 0);
    const top = Math.max(...predictions.map(share));
    const best = predictions.filter((p) => share(p) === top);
    const first = best[0];
    if (!first) continue;
    const mention = best.map((p) => mentionVerdict(statement, p));
    if (mention[0] !== null) {
      score.mentionChecked++;
      if (mention.includes(true)) score.mentionRight++;
      else result.mentionMisses.push({ gold: statement, prediction: first });
    }
    const name = best.map((p) => nameVerdict(statement, p));
    if (name[0] !== null) {
      score.nameChecked++;
      const description = statement.speaker ? isDescription(statement.speaker) : false;
      if (description) score.descriptions++;
      if (name.includes(true)) {
        score.nameRight++;
        if (description) score.descriptionsRight++;
      }
      else result.nameMisses.push({ gold: statement, prediction: first });
    }
  }
  return result;
}

export function addScores(scores: readonly Score[]): Score {
  const total: Score = { predictions: 0, correctPredictions: 0, gold: 0, found: 0, mentionChecked: 0, mentionRight: 0, nameChecked: 0, nameRight: 0, descriptions: 0, descriptionsRight: 0 };
  for (const score of scores) {
    for (const key of Object.keys(total) as (keyof Score)[]) total[key] += score[key];
  }
  return total;
}

export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
  mentionAccuracy: number;
  nameAccuracy: number;
  /** Name accuracy counting every gold description as a miss. */
  strictNameAccuracy: number;
}

export function metrics(score: Score): Metrics {
  const ratio = (a: number, b: number): number => (b ? a / b : 0);
  const precision = ratio(score.correctPredictions, score.predictions);
  const recall = ratio(score.found, score.gold);
  return {
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    mentionAccuracy: ratio(score.mentionRight, score.mentionChecked),
    nameAccuracy: ratio(score.nameRight, score.nameChecked),
    strictNameAccuracy: ratio(score.nameRight - score.descriptionsRight, score.nameChecked),
  };
}
