/**
 * Recognising a speaker named in a question, by any alias or role and
 * despite typos ("Hollnde", "the Pentagon chief", "Defense Secretary").
 */
import type { SpeakerEntity } from '../attribution/index.js';
import type { Coverage } from '../retrieval/coverage.js';

export interface SpeakerMatch {
  entity: SpeakerEntity;
  /** Share of the question's name words this speaker matched. */
  coverage: number;
}

/** Words that say what kind of person, not which: dropped before matching. */
const GENERIC = /^(?:the|a|an|mr|mrs|ms|dr|us|u\.s\.|president|secretary|minister|general|gen|sen|senator|rep|gov|mayor|official|spokesman|spokeswoman)\.?$/i;

/** Speakers whose name, alias or role matches `text`, best first. */
export function findSpeakers(coverage: Coverage, text: string, limit = 5): SpeakerMatch[] {
  const terms = [...new Set(coverage.normaliser.tokenize(text).map((t) => t.toLowerCase()))];
  if (terms.length === 0) return [];
  const distinctive = terms.filter((t) => !GENERIC.test(t));
  const wanted = distinctive.length > 0 ? distinctive.length : terms.length;
  const results = coverage.indexes.speakers.search(text.slice(0, 200), { combineWith: 'OR' });
  const matches: (SpeakerMatch & { score: number })[] = [];
  for (const result of results.slice(0, 50)) {
    const entity = coverage.snapshot.entities[result.id as number];
    if (!entity) continue;
    const matched = result.queryTerms.filter((t) => !GENERIC.test(t)).length || result.queryTerms.length;
    matches.push({ entity, coverage: Math.min(1, matched / wanted), score: result.score });
  }
  // Equal coverage goes to the better match of the name (the index's score), never to whoever is quoted most:
  // "Roe" should not mean the talkative Tom Roe when Jane Roe's name fits as well.
  return matches
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score)
    .slice(0, limit)
    .map(({ entity, coverage: share }) => ({ entity, coverage: share }));
}

/** The one speaker a question means, when some speaker matches all its name words. */
export function resolveSpeaker(coverage: Coverage, text: string): SpeakerEntity | null {
  const [best] = findSpeakers(coverage, text, 1);
  return best && best.coverage >= 1 ? best.entity : null;
}
