/**
 * A question about a quantity ("how many countries met in Springfield?",
 * "how far is the fleet from Kelvale?") answered with the figures each
 * outlet gives, each with its sentence and link, rather than one answer:
 * outlets often give different figures, and which is right is the reader's
 * call. A sentence counts when it holds half the question's words at least
 * (or its article does, and the sentence one of them) and a quantity of the
 * kind asked (for "how many <noun>", a number counting that noun or one of
 * its kin).
 */
import { kinOf, singular } from '../language/kin-nouns.js';
import { quantitiesIn, type Quantity, type QuantityKind } from '../language/quantities.js';
import type { Coverage } from '../retrieval/coverage.js';
import type { ArticleRecord } from '../retrieval/snapshot.js';
import { contextSentence } from './context-sentence.js';
import { creditsOf, TYPO } from './matching.js';
import { askedTerms } from './typos.js';
import type { OutletFigure } from './types.js';

/** Sentences weighed, the best matches first. */
const MAX_SENTENCES = 300;
/** Sentences shown an outlet: its best, and one more that may give another figure. */
const PER_OUTLET = 2;
/** Outlets shown, the best matches first. */
const MAX_OUTLETS = 20;

export interface QuantityAsked {
  kind: QuantityKind;
  noun?: string;
}

interface Candidate {
  figure: OutletFigure;
  held: number;
  score: number;
}

/**
 * Each outlet's figures for `text` (the question's words), the sentence
 * and link of each; `keep` says which articles may answer (an outlet or a
 * date asked about). Outlets in order of their best sentence.
 */
export function outletFigures(coverage: Coverage, text: string, quantity: QuantityAsked, keep: (article: ArticleRecord) => boolean = () => true): OutletFigure[] {
  const counted = quantity.kind === 'count' && quantity.noun ? kinOf(quantity.noun, text) : new Set<string>();
  const { terms, corrected } = askedTerms(coverage, text);
  if (terms.length === 0) return [];
  // The noun counted need not be in the sentence ("11 other ministers" for "how many countries"): a count of its kind stands for it.
  const content = terms.filter((term) => !counted.has(singular(term)));
  const forNoun = terms.length - content.length;
  const hits = coverage.searchSentences(terms.join(' '), { limit: MAX_SENTENCES }).flatMap((result) => {
    const credits = creditsOf(result, corrected);
    const sentence = coverage.sentence(result.id as number);
    const article = sentence ? coverage.article(sentence.articleId) : undefined;
    if (!sentence || !article || !keep(article)) return [];
    return [{ sentence, article, score: result.score, held: content.filter((term) => (credits.get(term) ?? 0) >= TYPO) }];
  });
  // The question's words an article holds in any sentence found: "met in Springfield" may be a sentence before the figure.
  const ofArticle = new Map<string, Set<string>>();
  for (const hit of hits) ofArticle.set(hit.article.id, new Set([...(ofArticle.get(hit.article.id) ?? []), ...hit.held]));
  const candidates: Candidate[] = [];
  for (const { sentence, article, score, held } of hits) {
    const quantities = withConversions(sentence.text, quantitiesIn(sentence.text, quantity.kind, counted));
    if (quantities.length === 0) continue;
    const own = held.length + forNoun;
    const around = (ofArticle.get(article.id)?.size ?? 0) + forNoun;
    // Half the question's words in the sentence; else in its article, the sentence holding one at least.
    if (own * 2 < terms.length && (own === 0 || around * 2 < terms.length)) continue;
    const figure = { outlet: article.outlet, figures: quantities.map((q) => q.text), values: quantities.map((q) => q.value), sentence: contextSentence(coverage, sentence) };
    candidates.push({ figure, held: own * 100 + around, score });
  }
  candidates.sort((a, b) => b.held - a.held || b.score - a.score);
  const byOutlet = new Map<string, OutletFigure[]>();
  for (const { figure } of candidates) {
    // An article with no outlet on record stands for itself.
    const key = figure.outlet ?? `article ${figure.sentence.source.id}`;
    const held = byOutlet.get(key) ?? [];
    if (held.length >= PER_OUTLET || held.some((f) => f.sentence.text === figure.sentence.text)) continue;
    if (!byOutlet.has(key) && byOutlet.size >= MAX_OUTLETS) continue;
    byOutlet.set(key, [...held, figure]);
  }
  return [...byOutlet.values()].flat();
}

/** A figure followed by its conversion in brackets ("8 miles (13 kilometres)") is one figure, written whole, valued as the first. */
function withConversions(sentence: string, quantities: readonly Quantity[]): Quantity[] {
  const merged: Quantity[] = [];
  for (const quantity of quantities) {
    const before = merged.at(-1);
    if (before && before.kind === quantity.kind && /^\s*\(\s*$/.test(sentence.slice(before.end, quantity.start)) && sentence[quantity.end] === ')') {
      merged[merged.length - 1] = { ...before, text: sentence.slice(before.start, quantity.end + 1), end: quantity.end + 1 };
    } else {
      merged.push(quantity);
    }
  }
  return merged;
}

/** Each outlet's figures as the answer names them, in the outlets' order: "12 nations (Springfield Gazette)". */
function perOutlet(figures: readonly OutletFigure[]): { outlet: string; texts: string[]; values: Set<string> }[] {
  const outlets = new Map<string, { texts: string[]; values: Set<string> }>();
  for (const figure of figures) {
    const name = figure.outlet ?? `article ${figure.sentence.source.id}`;
    const held = outlets.get(name) ?? { texts: [], values: new Set<string>() };
    for (const [at, text] of figure.figures.entries()) {
      if (!held.texts.includes(text)) held.texts.push(text);
      held.values.add(figure.values[at] ?? text);
    }
    outlets.set(name, held);
  }
  return [...outlets].map(([outlet, held]) => ({ outlet, ...held }));
}

/**
 * What the figures say together: "The outlets differ: 12 nations
 * (Springfield Gazette); 11 other ministers (Ostby Post)." or "The outlets
 * agree: 6 kilometres (Ostby Post, Acme Herald)."; one outlet's alone.
 */
export function figuresText(figures: readonly OutletFigure[]): string {
  const outlets = perOutlet(figures);
  const [first] = outlets;
  if (!first) return '';
  if (outlets.length === 1) return `Only ${first.outlet} gives a figure: ${first.texts.join(', ')}.`;
  const values = new Set(outlets.flatMap((o) => [...o.values]));
  if (values.size === 1) return `The outlets agree: ${first.texts[0] ?? ''} (${outlets.map((o) => o.outlet).join(', ')}).`;
  return `The outlets differ: ${outlets.map((o) => `${o.texts.join(', ')} (${o.outlet})`).join('; ')}.`;
}
