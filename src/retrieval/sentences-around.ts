/** Where a statement stands in its article: the sentences it overlaps. */
import type { SentenceRecord } from './snapshot.js';

/** The sentences of its article that a statement overlaps. */
export function sentencesAround(sentences: readonly SentenceRecord[], start: number, end: number): SentenceRecord[] {
  let low = 0;
  let high = sentences.length;
  // The first sentence that ends after the statement starts.
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle] as SentenceRecord).end <= start) low = middle + 1;
    else high = middle;
  }
  const around: SentenceRecord[] = [];
  for (let i = low; i < sentences.length && (sentences[i] as SentenceRecord).start < end; i++) around.push(sentences[i] as SentenceRecord);
  return around;
}
