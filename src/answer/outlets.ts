/**
 * One outlet asked about by name ("did the Gazette report ...", "according
 * to acme news"): the coverage's outlets it names, and the statements as the
 * sources kept carried them.
 */
import type { Coverage } from '../retrieval/coverage.js';
import type { AnswerQuote, AnswerSource } from './types.js';

/** An outlet's name for comparing: lower case, no accents, no "the", letters and digits only. */
function foldOutlet(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The outlets of the coverage that `asked` names: the same name once folded ("rfe/rl" for "RFE/RL", "acme news" for "Acme News"). */
export function outletsNamed(coverage: Coverage, asked: string): string[] {
  const wanted = foldOutlet(asked);
  if (!wanted) return [];
  return coverage.outlets().filter((outlet) => foldOutlet(outlet) === wanted);
}

/** The statements as the sources kept carried them ("only DW", "only on October 26"); a statement none of them carried is left out. */
export function onlyFrom(quotes: readonly AnswerQuote[], keep: (source: AnswerSource) => boolean): AnswerQuote[] {
  return quotes.flatMap((quote) => {
    const sources = quote.sources.filter(keep);
    return sources.length > 0 ? [{ ...quote, sources }] : [];
  });
}
