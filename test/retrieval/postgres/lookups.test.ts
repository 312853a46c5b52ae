import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotOfUnits, unitOf } from '../../../src/retrieval/article-unit.js';
import { coverageOf, type Coverage } from '../../../src/retrieval/coverage.js';
import { createLogger } from '../../../src/logging/logger.js';
import { createNormaliser } from '../../../src/retrieval/normalise.js';
import { ingestIntoPostgres } from '../../../src/retrieval/postgres/ingest.js';
import { coverageLookups, type CoverageLookups } from '../../../src/retrieval/postgres/lookups.js';
import { buildIndexes } from '../../../src/retrieval/search-index.js';
import { loadAttributionConfig, loadSynonyms } from '../../../src/settings/config-files.js';
import { postgres, postgresSuite, useTestDatabase } from '../../helpers/postgres.js';
import { INVENTED, NEW_ARTICLES } from './invented-raws.js';

const CORPUS = [...INVENTED, ...NEW_ARTICLES];

describe.skipIf(!postgres.reachable)(postgresSuite('coverageLookups'), () => {
  const database = useTestDatabase();
  let lookups: CoverageLookups;
  let memory: Coverage;

  beforeAll(async () => {
    const config = loadAttributionConfig();
    const synonyms = loadSynonyms();
    const log = createLogger({ logLevel: 'silent', logFormat: 'json' });
    await ingestIntoPostgres(database.pool, CORPUS, { config, synonyms, codeVersion: 'code-1', log });
    const normaliser = createNormaliser(synonyms);
    const snapshot = snapshotOfUnits(CORPUS.map((raw) => unitOf(raw, config)), normaliser, config);
    memory = coverageOf(snapshot, buildIndexes(snapshot, normaliser), normaliser);
    lookups = coverageLookups(database.pool);
  });

  it('answers articles and outlets as the in-memory coverage does', async () => {
    expect(await lookups.articles()).toEqual(memory.articles());
    for (const article of memory.articles()) expect(await lookups.article(article.id)).toEqual(article);
    expect(await lookups.article('no-such-article')).toBeUndefined();
    const outlets = new Map<string, number>();
    for (const article of memory.articles()) if (article.outlet) outlets.set(article.outlet, (outlets.get(article.outlet) ?? 0) + 1);
    expect(await lookups.outlets()).toEqual([...outlets].sort(([a], [b]) => (a < b ? -1 : 1)).map(([outlet, articles]) => ({ outlet, articles })));
  });

  it('answers entities and their statements', async () => {
    expect(await lookups.entities()).toEqual(memory.entities());
    expect(memory.entities().filter((entity) => memory.clustersOf(entity.id).length > 0).length).toBeGreaterThan(1);
    for (const entity of memory.entities()) {
      expect(await lookups.entity(entity.id)).toEqual(entity);
      expect(await lookups.clustersOf(entity.id)).toEqual(memory.clustersOf(entity.id));
    }
    expect(await lookups.entity('person:nobody')).toBeUndefined();
  });

  it('answers clusters by id, and those of some articles', async () => {
    const [first, second] = memory.clusters();
    if (!first || !second) throw new Error('the invented corpus has fewer than two statements');
    expect(await lookups.cluster(first.id)).toEqual(first);
    expect(await lookups.cluster(-1)).toBeUndefined();
    expect(await lookups.clusters([second.id, first.id, 99_999])).toEqual([first, second]);
    const ids = ['harbour', 'acme'];
    expect(await lookups.clustersInArticles(ids)).toEqual(memory.clusters().filter((c) => c.occurrences.some((o) => ids.includes(o.articleId))));
  });

  it('answers sentences (by article and by id) and statement counts per article', async () => {
    for (const article of memory.articles()) {
      const sentences = memory.sentencesOf(article.id);
      expect(await lookups.sentencesOf(article.id)).toEqual(sentences);
      for (const sentence of sentences) expect(await lookups.sentence(sentence.id)).toEqual(sentence);
      expect(await lookups.statementsPerArticle(article.id)).toBe(memory.statementsIn(article.id));
    }
    expect(await lookups.sentence(-1)).toBeUndefined();
  });
});
