/**
 * One article as a store keeps it: how answers cite it, its sentences (for
 * context) and its statements with speakers resolved within it. Everything
 * here depends on that article alone (and the code), so a store keeps one
 * unit per article, keyed by its content, and redoes only the articles that
 * change. Corpus-wide work (one entity per person, one group per statement)
 * is done over the units afterwards (`snapshotOfUnits`).
 */
import { createHash } from 'node:crypto';
import type { AttributionConfig } from '../attribution/config.js';
import { attributeArticle, mergeAttributions, type ResolvedArticle } from '../attribution/index.js';
import { prepareArticle, type RawArticle } from '../corpus/prepare.js';
import { storySignature } from '../corpus/text-signature.js';
import type { Article, Span } from '../corpus/types.js';
import { clusterStatements } from './clusters.js';
import type { Normaliser } from './normalise.js';
import type { ArticleRecord, CorpusSnapshot, SentenceRecord } from './snapshot.js';

export interface ArticleUnit {
  record: ArticleRecord;
  /** The article's sentences in reading order, offsets into its original text. */
  sentences: (Span & { text: string })[];
  resolved: ResolvedArticle;
}

function articleRecord(article: Article): ArticleRecord {
  const { meta } = article;
  return {
    id: article.id, outlet: meta.outlet, headline: article.headline, url: meta.url, published: meta.published,
    wires: meta.wires, textAtUrl: meta.textAtUrl, summaryOnly: meta.summaryOnly,
    // The story's sentences, not the page furniture around them: copies on two sites share the one, not the other.
    signature: storySignature(article.sentences.map((sentence) => sentence.text).join(' ')),
  };
}

/** The unit of a prepared article. */
export function unitOfArticle(article: Article, config: AttributionConfig): ArticleUnit {
  return {
    record: articleRecord(article),
    sentences: article.sentences.map(({ start, end, text }) => ({ start, end, text })),
    resolved: attributeArticle(article, config),
  };
}

/** The unit of an article as read from a corpus. */
export function unitOf(raw: RawArticle, config: AttributionConfig): ArticleUnit {
  return unitOfArticle(prepareArticle(raw), config);
}

/**
 * What a unit is made from: the article as read (id, text, metadata). Two
 * reads with the same fingerprint give the same unit under the same code.
 */
export function articleFingerprint(raw: RawArticle): string {
  return createHash('sha256')
    .update(raw.id).update('\u0000')
    .update(raw.text).update('\u0000')
    .update(String(raw.headlineInText)).update('\u0000')
    .update(JSON.stringify(raw.known ?? {}))
    .digest('hex')
    .slice(0, 32);
}

/** The corpus-wide snapshot of units in corpus order: entities merged, statements grouped, sentences numbered (`sentences`: sentencesOfUnits of the units, when the caller has them already). */
export function snapshotOfUnits(units: readonly ArticleUnit[], normaliser: Normaliser, config: AttributionConfig, sentences: SentenceRecord[] = sentencesOfUnits(units)): CorpusSnapshot {
  const { statements, entities } = mergeAttributions(units.map((unit) => unit.resolved), config);
  const published = new Map(units.map((unit) => [unit.record.id, unit.record.published]));
  const clusters = clusterStatements(statements, normaliser, entities, (id) => published.get(id) ?? null);
  return { articles: units.map((unit) => unit.record), clusters, entities, sentences };
}

/** The snapshot's sentences (snapshotOfUnits): the units' in corpus order, numbered across the corpus. */
export function sentencesOfUnits(units: readonly ArticleUnit[]): SentenceRecord[] {
  let id = 0;
  const sentences: SentenceRecord[] = [];
  for (const unit of units) for (const s of unit.sentences) sentences.push({ id: id++, articleId: unit.record.id, start: s.start, end: s.end, text: s.text });
  return sentences;
}
