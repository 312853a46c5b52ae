/**
 * Scores predicted statements against gold attributions, with the Gender Gap
 * Tracker's overlap rule: a gold statement is found when predictions cover at
 * least 30% of its characters; a prediction is right when at least 30% of its
 * characters lie inside some gold content; the speaker is right when the
 * predicted mention overlaps the gold source span.
 */
import type { Span } from '../corpus/types.js';

export const OVERLAP = 0.3;

export interface GoldAttribution {
  source: Span | null;
  cue: string | null;
  content: Span[];
  /** Whether it counts for recall (its cue is a reporting verb). */
  scored: boolean;
  /** The resolved speaker, where the gold names one (null: an unnamed source). */
  speaker?: string | null;
  anonymous?: boolean;
}

export interface Prediction extends Span {
  mention: Span | null;
  speaker?: string | null;
  anonymous?: boolean;
}

/** Whether a prediction names the gold speaker: by default, its mention overlaps the gold source span. */
export type SpeakerCheck = (gold: GoldAttribution, prediction: Prediction) => boolean | null;

export const mentionOverlaps: SpeakerCheck = (gold, prediction) =>
  gold.source === null ? null : prediction.mention !== null && overlap(prediction.mention, gold.source) > 0;

/** The resolved speaker is the gold one: same name, or unnamed (and anonymous) alike. */
export const sameResolvedSpeaker: SpeakerCheck = (gold, prediction) => {
  if (gold.speaker === undefined) return null;
  if (gold.speaker === null) return (prediction.speaker ?? null) === null && (!gold.anonymous || prediction.anonymous === true);
  return (prediction.speaker ?? '').toLowerCase() === gold.speaker.toLowerCase();
};

export interface Score {
  predictions: number;
  correctPredictions: number;
  gold: number;
  found: number;
  speakerChecked: number;
  speakerRight: number;
}

export interface ScoredDocument {
  score: Score;
  missed: GoldAttribution[];
  wrong: Prediction[];
  wrongSpeaker: { gold: GoldAttribution; prediction: Prediction }[];
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function length(spans: readonly Span[]): number {
  return spans.reduce((sum, span) => sum + (span.end - span.start), 0);
}

/** Characters of `spans` covered by `cover` (each position counted once). */
function covered(spans: readonly Span[], cover: readonly Span[]): number {
  let total = 0;
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) if (cover.some((c) => i >= c.start && i < c.end)) total++;
  }
  return total;
}

/** Scores one document's predictions. */
export function scoreDocument(
  gold: readonly GoldAttribution[],
  predictions: readonly Prediction[],
  speakerCheck: SpeakerCheck = mentionOverlaps,
): ScoredDocument {
  const allContent = gold.flatMap((g) => g.content);
  const wrong = predictions.filter((p) => covered([p], allContent) < OVERLAP * (p.end - p.start));
  const scored = gold.filter((g) => g.scored && length(g.content) > 0);
  const missed: GoldAttribution[] = [];
  const wrongSpeaker: ScoredDocument['wrongSpeaker'] = [];
  let found = 0;
  let speakerChecked = 0;
  let speakerRight = 0;
  for (const attribution of scored) {
    if (covered(attribution.content, predictions) < OVERLAP * length(attribution.content)) {
      missed.push(attribution);
      continue;
    }
    found++;
    // The predictions that cover most of this statement speak for it; any of them may name the speaker
    // (a statement made jointly is predicted once per speaker).
    const score = (p: Prediction): number => attribution.content.reduce((sum, c) => sum + overlap(p, c), 0);
    const top = Math.max(...predictions.map(score));
    const best = predictions.filter((p) => score(p) === top);
    const verdicts = best.map((p) => speakerCheck(attribution, p));
    if (verdicts.every((v) => v === null)) continue;
    speakerChecked++;
    if (verdicts.some((v) => v === true)) speakerRight++;
    else if (best[0]) wrongSpeaker.push({ gold: attribution, prediction: best[0] });
  }
  return {
    score: {
      predictions: predictions.length,
      correctPredictions: predictions.length - wrong.length,
      gold: scored.length,
      found,
      speakerChecked,
      speakerRight,
    },
    missed,
    wrong,
    wrongSpeaker,
  };
}

export function addScores(scores: readonly Score[]): Score {
  const total: Score = { predictions: 0, correctPredictions: 0, gold: 0, found: 0, speakerChecked: 0, speakerRight: 0 };
  for (const score of scores) {
    for (const key of Object.keys(total) as (keyof Score)[]) total[key] += score[key];
  }
  return total;
}

export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
}

export function metrics(score: Score): Metrics {
  const precision = score.predictions ? score.correctPredictions / score.predictions : 0;
  const recall = score.gold ? score.found / score.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const speakerAccuracy = score.speakerChecked ? score.speakerRight / score.speakerChecked : 0;
  return { precision, recall, f1, speakerAccuracy };
}
