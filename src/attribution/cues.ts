/**
 * Reporting cues: a speech verb outside quotation marks ("said", "told"),
 * or "according to".
 */
import { SPEECH_VERBS } from './lexicon.js';
import type { Token } from './tokens.js';

export interface CueToken {
  /** Index of the cue's first token. */
  index: number;
  /** Index of its last token ("according to" has two). */
  last: number;
  lemma: string;
}

/** Forms that are more often nouns ("the claims", "his remarks"): cues only after a subject. */
export const NOUN_LIKE_FORMS: ReadonlySet<string> = new Set([
  'claims', 'claim', 'notes', 'note', 'reports', 'report', 'calls', 'call', 'remarks', 'comments',
  'comment', 'promises', 'promise', 'warning', 'tweets', 'tweet', 'states', 'state', 'answers',
  'stresses', 'estimates', 'pledge', 'pledges', 'vows', 'vow', 'repeat', 'writing', 'reporting',
  'thought', 'saying',
]);

export function findCues(tokens: readonly Token[], quoted: (token: Token) => boolean): CueToken[] {
  const cues: CueToken[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'word' || quoted(token)) return;
    if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') {
      cues.push({ index, last: index + 1, lemma: 'according to' });
      return;
    }
    const lemma = SPEECH_VERBS.get(token.lower);
    if (lemma && /^\p{Ll}/u.test(token.text)) cues.push({ index, last: index, lemma });
  });
  return cues;
}
