/**
 * An article read from a summary only (a feed item without its content) is
 * said to be one wherever it is cited: in an answer's sources and in the list
 * of sources, on every store (in memory, embedded packed and layered, PostgreSQL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { readCorpus } from '../../src/corpus/load.js';
import { prepareArticle, type RawArticle } from '../../src/corpus/prepare.js';
import { createLogger } from '../../src/logging/logger.js';
import { renderDiscord } from '../../src/render/discord.js';
import { exportTable } from '../../src/render/export.js';
import { renderJson } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { codeVersion } from '../../src/retrieval/code-version.js';
import { buildCoverage, type Coverage } from '../../src/retrieval/coverage.js';
import { ingestEmbedded } from '../../src/retrieval/embedded/store.js';
import { createNormaliser } from '../../src/retrieval/normalise.js';
import { settled } from '../../src/retrieval/pending.js';
import { ingestIntoPostgres } from '../../src/retrieval/postgres/ingest.js';
import { openPostgresCoverage } from '../../src/retrieval/postgres/postgres-coverage.js';
import { writeSearchIndexes } from '../../src/retrieval/postgres/search-write.js';
import { loadConfigFiles } from '../../src/settings/config-files.js';
import { FIXTURES } from '../helpers.js';
import { postgres, useTestDatabase } from '../helpers/postgres.js';

const { synonyms, attribution } = loadConfigFiles();
const normaliser = createNormaliser(synonyms);

const SUMMARY_ID = 'https://courier.kelvale.example/2021/03/05/acme-welders';
const FULL_ID = 'kelvale-courier-8812';
/** The feeds of the fixtures, the summary-only item last: the layered store holds it in its layer. */
const RAWS: RawArticle[] = (() => {
  const raws = readCorpus([path.join(FIXTURES, 'formats', 'harbour.rss'), path.join(FIXTURES, 'formats', 'council.atom')]).raws;
  return [...raws.filter((raw) => raw.id !== SUMMARY_ID), ...raws.filter((raw) => raw.id === SUMMARY_ID)];
})();

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const fresh = (): string => {
  const folder = mkdtempSync(path.join(tmpdir(), 'quotewire-summary-'));
  folders.push(folder);
  return folder;
};

function embeddedStores(): Record<string, Coverage> {
  const options = { folder: fresh(), normaliser, attribution, layerShare: 0.5 };
  ingestEmbedded(RAWS.slice(0, -1), options);
  const layered = ingestEmbedded(RAWS, options);
  const packedOptions = { ...options, folder: fresh() };
  ingestEmbedded(RAWS, packedOptions);
  const packed = ingestEmbedded(RAWS, packedOptions);
  expect([layered.origin, packed.origin]).toEqual(['layered', 'packed']);
  return { memory: buildCoverage(RAWS.map(prepareArticle), synonyms, attribution), packed: packed.coverage, layered: layered.coverage };
}

describe('a summary-only article on every store', () => {
  const database = postgres.reachable ? useTestDatabase() : null;
  let stores: Record<string, Coverage>;

  beforeAll(async () => {
    stores = embeddedStores();
    if (database) {
      const log = createLogger({ logLevel: 'silent', logFormat: 'json' });
      await ingestIntoPostgres(database.pool, RAWS, { config: attribution, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
      stores.postgres = await openPostgresCoverage(database.pool);
    }
  }, 120_000);

  it('is recorded as such, and a full item is not', async () => {
    expect(Object.keys(stores)).toEqual(['memory', 'packed', 'layered', ...(database ? ['postgres'] : [])]);
    for (const [store, coverage] of Object.entries(stores)) {
      const records = await settled(() => coverage.articlesFrom(0, 10));
      const flags = Object.fromEntries(records.map((record) => [record.id, record.summaryOnly]));
      expect(flags[SUMMARY_ID], store).toBe(true);
      expect(flags[FULL_ID], store).toBe(false);
    }
  });

  it('is said to be a summary beside its outlet where an answer cites it', async () => {
    for (const [store, coverage] of Object.entries(stores)) {
      const answer = await settled(() => answerQuestion(coverage, 'What did Ada Roe say?'));
      expect(answer.quotes[0]?.sources.map((s) => [s.id, s.summaryOnly]), store).toEqual([[SUMMARY_ID, true]]);
      expect(renderText(answer), store).toContain(`    Kelvale Courier (summary only), 2021-03-05: ${SUMMARY_ID}`);
      expect(JSON.stringify(renderDiscord(answer, 1)), store).toContain('(summary only)');
      expect(renderJson(answer), store).toMatchObject({ quotes: [{ sources: [{ id: SUMMARY_ID, summaryOnly: true }] }] });
      expect(exportTable(answer).rows[0]?.at(-1), store).toBe(true);
      const full = await settled(() => answerQuestion(coverage, 'Who said the ferry to Kelvale will run all winter?'));
      expect(full.quotes[0]?.sources[0]?.summaryOnly, store).toBe(false);
      expect(renderText(full), store).not.toContain('summary only');
    }
  });

  it('is said to be a summary in the list of sources', async () => {
    for (const [store, coverage] of Object.entries(stores)) {
      const answer = await settled(() => answerQuestion(coverage, 'List the sources'));
      const lines = renderText(answer).split('\n');
      expect(lines, store).toContain(`- Kelvale Courier: Acme to hire welders (summary only) (2021-03-05) ${SUMMARY_ID}`);
      expect(lines, store).toContain('- Kelvale Courier: Ferry to run all winter, mayor says (2021-03-04) https://courier.kelvale.example/2021/03/04/ferry-winter');
      expect(answer.answer, store).toContain(`- Kelvale Courier: Acme to hire welders [${SUMMARY_ID}] (summary only) (2021-03-05)`);
      expect(JSON.stringify(renderDiscord(answer, 1)), store).toContain('summary only');
    }
  });
});
