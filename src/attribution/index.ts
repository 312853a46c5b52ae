/**
 * The attribution stage: statements and speakers for a whole corpus.
 *
 * @example
 * const { statements, entities } = attributeCorpus(loadCorpus().articles);
 * statements.filter((s) => s.speaker.entity === 'person:jane roe');
 */
import type { Article } from '../corpus/types.js';
import { EMPTY_CONFIG, type AttributionConfig } from './config.js';
import { resolveSpeakers } from './coreference.js';
import { buildEntities, type SpeakerEntity } from './entities.js';
import { extractRawStatements } from './extract.js';
import type { Statement } from './types.js';

export type { Statement, Speaker, Mention, Cue, StatementKind } from './types.js';
export type { SpeakerEntity } from './entities.js';

export interface Attribution {
  statements: Statement[];
  entities: SpeakerEntity[];
}

/** Finds every statement of every article and resolves its speaker to a corpus-wide entity. */
export function attributeCorpus(articles: readonly Article[], config: AttributionConfig = EMPTY_CONFIG): Attribution {
  const resolved = articles.map((article) => resolveSpeakers(article, extractRawStatements(article), config));
  const { entities, idOf } = buildEntities(resolved.map((r) => r.entities), config);
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
  return { statements, entities };
}
