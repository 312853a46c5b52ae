/**
 * Typos in the words that frame a question ("hwo siad ...", "wat did Roe
 * sya about ..."), put right before the question is read. Only the frame is
 * touched, and only where the words around it confirm it: "wheat prices"
 * stays as it is, "woh siad" becomes "who said". What the question asks
 * about is left to the index's own fuzzy matching.
 */
import { editDistance } from '../language/edit-distance.js';

const SAY_FORMS = ['said', 'say', 'says'];
const AUXILIARIES = ['did', 'does', 'do'];
const OUTLET_WORDS = ['outlets', 'outlet', 'media', 'newspapers', 'papers', 'publications', 'sites', 'websites'];
const REPORT_WORDS = ['reported', 'report', 'carried', 'quoted', 'published', 'covered'];
const SPOKEN_VERBS = ['say', 'tell', 'said'];
/** Real words a letter away from a frame word, which are never typos for it ("who saw the crash"). */
const NOT_TYPOS: ReadonlySet<string> = new Set(['saw', 'sat', 'sued', 'wheat', 'that', 'whom', 'why', 'how', 'two']);

/**
 * The one word of `targets` nearest to `word` within the edits allowed (one, or two for
 * a word of five letters or more, or a shorter one that keeps the target's first and last
 * letters: "sed" for "said"); null when none is. Of two as near, the one listed first.
 */
function nearest(word: string, targets: readonly string[]): string | null {
  if (targets.includes(word)) return word;
  if (NOT_TYPOS.has(word)) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const target of targets) {
    const sameEnds = word.length < target.length && word[0] === target[0] && word.at(-1) === target.at(-1);
    const limit = target.length >= 5 || sameEnds ? 2 : 1;
    const distance = editDistance(word, target, limit);
    if (distance > limit) continue;
    if (distance < bestDistance) [best, bestDistance] = [target, distance];
  }
  return word.length < 2 ? null : best;
}

/** The word before "about"/"on"/"regarding", or the last word: where "what did X say" puts its verb. */
function verbIndex(words: readonly string[]): number {
  const about = words.findIndex((w, index) => index > 2 && /^(?:about|on|regarding)$/.test(w));
  return about > 0 ? about - 1 : words.length - 1;
}

/**
 * The question with the typos of its frame put right.
 *
 * @example correctQuestionWords('woh siad the bridge is safe') // 'who said the bridge is safe'
 * @example correctQuestionWords('wat did Roe sya about tolls') // 'what did Roe say about tolls'
 */
export function correctQuestionWords(question: string): string {
  const words = question.split(' ');
  const lower = words.map((w) => w.toLowerCase());
  const fix = (index: number, targets: readonly string[]): boolean => {
    const found = nearest(lower[index] ?? '', targets);
    if (found === null) return false;
    if (found !== lower[index]) words[index] = found;
    return true;
  };
  const frame = (first: readonly string[], second: readonly string[]): boolean =>
    nearest(lower[0] ?? '', first) !== null && nearest(lower[1] ?? '', second) !== null && fix(0, first) && fix(1, second);
  if (frame(['who'], SAY_FORMS)) return words.join(' ');
  if (frame(['what'], AUXILIARIES)) {
    // Only when no verb of saying is spelt right: "what did Roe tell Sam" keeps its Sam.
    const verb = verbIndex(lower);
    if (verb > 2 && !lower.slice(2).some((w) => SPOKEN_VERBS.includes(w))) fix(verb, SPOKEN_VERBS);
    return words.join(' ');
  }
  if (frame(['which'], OUTLET_WORDS)) fix(2, REPORT_WORDS);
  return words.join(' ');
}
