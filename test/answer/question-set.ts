import type { Answer } from '../../src/answer/types.js';

export interface ExpectedAnswer {
  question: string;
  intent: string;
  found: boolean;
  speaker?: string;
  articles?: string[];
}

/** Why an answer is wrong for its expectation, or null when it is right. */
export function judge(answer: Answer, expected: ExpectedAnswer): string | null {
  if (answer.intent !== expected.intent) return `intent ${answer.intent}, expected ${expected.intent}`;
  if (answer.found !== expected.found) return `found ${answer.found}, expected ${expected.found}`;
  if (!expected.found) return null;
  if (expected.intent === 'sources') return (answer.articles?.length ?? 0) > 0 ? null : 'no articles listed';
  if (expected.intent === 'who-is') {
    return answer.speaker?.name === expected.speaker ? null : `speaker ${answer.speaker?.name}, expected ${expected.speaker}`;
  }
  const first = answer.quotes[0];
  if (!first) return 'no statement in the answer';
  if (expected.speaker) {
    const speaker = first.anonymous ? 'anonymous' : first.speaker;
    if (speaker !== expected.speaker) return `speaker ${speaker}, expected ${expected.speaker}`;
  }
  const ids = new Set(first.sources.map((s) => s.id));
  const missing = (expected.articles ?? []).filter((id) => !ids.has(id));
  return missing.length > 0 ? `sources lack ${missing.join(', ')}` : null;
}
