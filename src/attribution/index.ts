/**
 * The attribution stage: statements and speakers for a whole corpus.
 *
 * @example
 * const { statements, entities } = attributeCorpus(loadCorpus().articles);
 * statements.filter((s) => s.speaker.entity === 'person:jane roe');
 */
import type { Article } from '../corpus/types.js';
import { EMPTY_CONFIG, type AttributionConfig } from './config.js';
import { resolveSpeakers, type ResolvedArticle } from './coreference.js';
import { extendEntities, type SpeakerEntity } from './entities.js';
import { extractRawStatements } from './extract.js';
import type { Statement } from './types.js';

export type { Statement, Speaker, Mention, Cue, StatementKind } from './types.js';
export type { SpeakerEntity } from './entities.js';
export { movesBareSurnames } from './entities.js';

export interface Attribution {
  statements: Statement[];
  entities: SpeakerEntity[];
}

/** What one article says, with speakers resolved within it: the unit a store keeps per article. */
export type { ResolvedArticle } from './coreference.js';

/** Finds one article's statements and resolves their speakers within it (no other article is read). */
export function attributeArticle(article: Article, config: AttributionConfig = EMPTY_CONFIG): ResolvedArticle {
  return resolveSpeakers(article, extractRawStatements(article), config);
}

/**
 * Merges articles attributed one by one into corpus-wide entities: what
 * makes "Thomas Varga" in one article and "Tom Varga" in another one person.
 * The same articles give the same result whether attributed now or read back
 * from a store.
 */
export function mergeAttributions(resolved: readonly ResolvedArticle[], config: AttributionConfig = EMPTY_CONFIG): Attribution {
  const { statements, entities } = extendAttributions([], resolved, config);
  return { statements, entities };
}

/**
 * Merges more articles into entities merged earlier (extendEntities): the
 * statements of those articles with corpus-wide speakers, every entity, and
 * the ids of the earlier entities they added to.
 */
export function extendAttributions(
  earlier: readonly SpeakerEntity[],
  resolved: readonly ResolvedArticle[],
  config: AttributionConfig = EMPTY_CONFIG,
): Attribution & { grown: Set<string> } {
  const { entities, idOf, grown } = extendEntities(earlier, resolved.map((r) => r.entities), config);
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const statements = resolved.flatMap((r) =>
    r.statements.map((statement) => {
      const id = statement.speaker.entity ? (idOf.get(statement.speaker.entity) ?? null) : null;
      // The corpus-wide name: "Thomas Varga" in one article is "Tom Varga" everywhere.
      const name = (id ? byId.get(id)?.name : null) ?? statement.speaker.name;
      const { start, end, kind, cue, articleId, text, speaker } = statement;
      return { start, end, kind, cue, articleId, text, speaker: { ...speaker, entity: id, name } };
    }),
  );
  return { statements, entities, grown };
}

/** Finds every statement of every article and resolves its speaker to a corpus-wide entity. */
export function attributeCorpus(articles: readonly Article[], config: AttributionConfig = EMPTY_CONFIG): Attribution {
  return mergeAttributions(articles.map((article) => attributeArticle(article, config)), config);
}
