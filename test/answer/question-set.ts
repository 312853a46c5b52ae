import type { Answer, AnswerQuote } from '../../src/answer/types.js';

/**
 * What a right answer must hold. One definition of right, shared by the
 * question-set tests and `npm run eval:questions`: it looks only at what the
 * user gets (the final answer), never at how it was reached.
 */
export interface ExpectedAnswer {
  question: string;
  /** seeds | bbc | reuters; the older sets leave it out (their file says which). */
  corpus?: string;
  /** The question form (issue 10, point 2): who-said, role, typo, how-many... For grouping only. */
  form?: string;
  intent: string;
  found: boolean;
  /** Who the first statement must be by ("anonymous" for an unnamed source). */
  speaker?: string;
  /** Every speaker a group question ("what did the French say") must give, and no one else. */
  speakers?: string[];
  /** Ids that must be among the sources the answer gives for the expected speaker (for any statement, without one). */
  articles?: string[];
  /** Exactly the outlets the answer names, over all its statements. */
  outlets?: string[];
  /** The number the answer must give, of articles or outlets ("how many ..."). */
  count?: { n: number; of: 'articles' | 'outlets' | 'statements' };
  /** Every source shown must be from this outlet, and/or published on a date starting with this (YYYY, YYYY-MM, YYYY-MM-DD). */
  filter?: { outlet?: string; published?: string };
  /** For a question expecting nothing: what the articles actually hold. */
  why?: string;
}

export const MISS_CAUSES = [
  'wrong intent',
  'not found',
  'found when nothing should be',
  'wrong speaker',
  'wrong sources',
  'wrong outlets',
  'wrong count',
  'outside the filter',
] as const;
export type MissCause = (typeof MISS_CAUSES)[number];

export interface Miss {
  cause: MissCause;
  detail: string;
}

const fold = (name: string): string[] =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/[\s-]+/).filter(Boolean);

/**
 * The same person: same family name, and first names equal or one the short
 * form of the other ("Ash Carter", "Ashton Carter"); case and accents aside.
 */
export function sameSpeaker(expected: string, got: string | null): boolean {
  if (got === null) return false;
  const a = fold(expected);
  const b = fold(got);
  if (a.join(' ') === b.join(' ')) return true;
  if (a.length < 2 || b.length < 2 || a.at(-1) !== b.at(-1)) return false;
  const [x, y] = [a[0] as string, b[0] as string];
  return x.startsWith(y) || y.startsWith(x);
}

/** An unnamed source ("a trader said") counts as anonymous, whether or not the bot marks it so. */
const speakerOf = (quote: AnswerQuote): string => (quote.anonymous || quote.speaker === null ? 'anonymous' : quote.speaker);

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The answer text gives `n` of `unit`: "5 articles", "five outlets", "3 different outlets". */
function givesCount(text: string, n: number, unit: string): boolean {
  const number = NUMBER_WORDS[n] ? `(?:${n}|${NUMBER_WORDS[n]})` : String(n);
  const noun = unit.replace(/s$/, '');
  return new RegExp(`(?<![\\d.,])${number}\\s+(?:[\\p{L}-]+\\s+){0,2}${noun}s?\\b`, 'iu').test(text);
}

/** Why an answer is wrong for its expectation, with the kind of miss; null when it is right. */
export function verdict(answer: Answer, expected: ExpectedAnswer): Miss | null {
  if (answer.intent !== expected.intent) return { cause: 'wrong intent', detail: `intent ${answer.intent}, expected ${expected.intent}` };
  if (answer.found !== expected.found) {
    return expected.found
      ? { cause: 'not found', detail: 'found false, expected true' }
      : { cause: 'found when nothing should be', detail: `found true, expected false: ${answer.answer.split('\n')[0]?.slice(0, 160)}` };
  }
  if (!expected.found) return null;
  if (expected.intent === 'sources') return (answer.articles?.length ?? 0) > 0 ? null : { cause: 'wrong sources', detail: 'no articles listed' };
  if (expected.intent === 'who-is') {
    return sameSpeaker(expected.speaker ?? '', answer.speaker?.name ?? null)
      ? null
      : { cause: 'wrong speaker', detail: `speaker ${answer.speaker?.name}, expected ${expected.speaker}` };
  }
  if (expected.count) {
    const { n, of } = expected.count;
    if (!givesCount(answer.answer, n, of)) return { cause: 'wrong count', detail: `expected ${n} ${of}, answer: ${answer.answer.split('\n')[0]?.slice(0, 160)}` };
  }
  const sources = answer.quotes.flatMap((q) => q.sources);
  if (expected.filter) {
    const { outlet, published } = expected.filter;
    const outside = sources.find((s) => (outlet !== undefined && s.outlet !== outlet) || (published !== undefined && !(s.published ?? '').startsWith(published)));
    if (outside) return { cause: 'outside the filter', detail: `source ${outside.id} (${outside.outlet}, ${outside.published}) is outside ${JSON.stringify(expected.filter)}` };
  }
  if (expected.outlets) {
    const named = [...new Set(sources.map((s) => s.outlet ?? s.id))].sort();
    const want = [...expected.outlets].sort();
    if (named.join('|') !== want.join('|')) return { cause: 'wrong outlets', detail: `outlets ${named.join(', ') || 'none'}, expected ${want.join(', ')}` };
  }
  if (expected.speakers) {
    const given = answer.quotes.map(speakerOf);
    const missing = expected.speakers.filter((name) => !given.some((g) => sameSpeaker(name, g)));
    const extra = [...new Set(given.filter((g) => !expected.speakers?.some((name) => sameSpeaker(name, g))))];
    if (missing.length > 0 || extra.length > 0) {
      return { cause: 'wrong speaker', detail: `${missing.length > 0 ? `lacks ${missing.join(', ')}` : ''}${missing.length > 0 && extra.length > 0 ? '; ' : ''}${extra.length > 0 ? `also gives ${extra.join(', ')}` : ''}` };
    }
  }
  if (!expected.speaker && !expected.articles?.length) return null;
  const first = answer.quotes[0];
  if (!first) return { cause: 'not found', detail: 'no statement in the answer' };
  if (expected.speaker) {
    const speaker = speakerOf(first);
    if (!sameSpeaker(expected.speaker, speaker)) return { cause: 'wrong speaker', detail: `speaker ${speaker}, expected ${expected.speaker}` };
    // What X said: every statement shown must be X's.
    if (expected.intent === 'speaker-quotes') {
      const other = answer.quotes.map(speakerOf).find((s) => !sameSpeaker(expected.speaker as string, s));
      if (other !== undefined) return { cause: 'wrong speaker', detail: `also gives ${other}, expected only ${expected.speaker}` };
    }
  }
  // The articles must be shown for that speaker: among the sources of the statements the answer gives them.
  const theirs = expected.speaker ? answer.quotes.filter((q) => sameSpeaker(expected.speaker as string, speakerOf(q))) : answer.quotes;
  const ids = new Set(theirs.flatMap((q) => q.sources.map((s) => s.id)));
  const missing = (expected.articles ?? []).filter((id) => !ids.has(id));
  return missing.length > 0 ? { cause: 'wrong sources', detail: `sources lack ${missing.join(', ')}` } : null;
}

/** Why an answer is wrong for its expectation, or null when it is right. */
export function judge(answer: Answer, expected: ExpectedAnswer): string | null {
  return verdict(answer, expected)?.detail ?? null;
}
