/**
 * The speaker look-ups answering makes instead of reading every speaker,
 * on every store: in memory, embedded (packed, and layered with an article
 * added), and PostgreSQL (fetched on demand). Each gives the same, and what
 * the invented articles say.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer.js';
import { prepareArticle, type RawArticle } from '../../src/corpus/prepare.js';
import { createLogger } from '../../src/logging/logger.js';
import { codeVersion } from '../../src/retrieval/code-version.js';
import { buildCoverage, type Coverage } from '../../src/retrieval/coverage.js';
import { ingestEmbedded } from '../../src/retrieval/embedded/store.js';
import { createNormaliser } from '../../src/retrieval/normalise.js';
import { settled } from '../../src/retrieval/pending.js';
import { ingestIntoPostgres } from '../../src/retrieval/postgres/ingest.js';
import { openPostgresCoverage } from '../../src/retrieval/postgres/postgres-coverage.js';
import { writeSearchIndexes } from '../../src/retrieval/postgres/search-write.js';
import { loadConfigFiles } from '../../src/settings/config-files.js';
import { everySpeaker } from '../helpers/every-speaker.js';
import { postgres, useTestDatabase } from '../helpers/postgres.js';

const { synonyms, attribution } = loadConfigFiles();
const normaliser = createNormaliser(synonyms);

const raw = (id: string, body: string, known: RawArticle['known'] = {}): RawArticle => ({ id, origin: `${id}.txt`, headlineInText: true, text: `Harbour news ${id}\n\n${body}`, known });

const ARTICLES: RawArticle[] = [
  raw('a1', '"The ferry to Kelvale will run all winter," said Jane Roe, the mayor of Springfield.', { outlet: 'Springfield Post', published: '2021-03-04' }),
  raw('a2', '"Tolls on the bridge must rise," said Tom Varga, the foreign minister. "The ferry fares stay," said Jane Roe, the mayor of Springfield.', { outlet: 'Kelvale Courier', published: '2021-01-15T08:00:00Z' }),
  raw('a3', '"Acme will hire two hundred welders," said Ada Roe, the Acme spokeswoman. "The harbour wall is safe," said Jane Roe, the mayor of Springfield.', { outlet: 'Springfield Post' }),
  raw('a4', '"Our trade talks went well," said Tom Varga, the foreign minister. "The smelter reopens in May," said Ada Roe, the Acme spokeswoman.', { published: 'last Tuesday' }),
  raw('a5', '"The school roof will be mended," said Ivo Dahl, the education minister. "Fishing quotas stay," an official said.', { outlet: 'Ostby Herald', published: '2021-02-01' }),
];
const ADDED = raw('a6', '"The library opens on Sundays," said Karl Brek, the culture minister.', { outlet: 'Ostby Herald', published: '2021-04-09' });

const folders: string[] = [];
const fresh = (prefix: string): string => {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The same articles on each store (the layered one with the last article layered on the others, packed). */
function memoryStores(raws: readonly RawArticle[]): Record<string, Coverage> {
  const folder = fresh('quotewire-lookups-');
  const options = { folder, normaliser, attribution, layerShare: 0.5 };
  const built = ingestEmbedded(raws.slice(0, -1), options);
  const layered = ingestEmbedded(raws, options);
  expect(layered.origin).toBe('layered');
  const store = fresh('quotewire-lookups-packed-');
  ingestEmbedded(raws, { ...options, folder: store });
  const packed = ingestEmbedded(raws, { ...options, folder: store });
  expect([built.origin, packed.origin]).toEqual(['built', 'packed']);
  return { memory: buildCoverage(raws.map(prepareArticle), synonyms, attribution), packed: packed.coverage, layered: layered.coverage };
}

const names = (speakers: readonly { name: string | null }[]): (string | null)[] => speakers.map((speaker) => speaker.name);

/** Every look-up of every store, as plain data: what the tests compare. `speakers`: every speaker's id, in order. */
async function lookups(coverage: Coverage, speakers: readonly string[]) {
  const ask = <T>(work: () => T): Promise<T> => settled(work);
  return {
    speakers,
    mostQuoted: names(await ask(() => coverage.mostQuoted(3))),
    everyQuoted: names(await ask(() => coverage.mostQuoted(100))),
    roes: names(await ask(() => coverage.speakersNamed(['roe']))),
    janeRoe: names(await ask(() => coverage.speakersNamed(['roe', 'jane']))),
    nobody: names(await ask(() => coverage.speakersNamed([]))),
    nearVraga: await ask(() => coverage.nameWordsNear('vraga', 1)),
    nearRoa: await ask(() => coverage.nameWordsNear('roa', 1)),
    ministers: names(await ask(() => coverage.peopleWithRoleWords([['minist']]))),
    foreignMinisters: names(await ask(() => coverage.peopleWithRoleWords([['minist'], ['forei', 'domestic']]))),
    counts: await ask(() => coverage.coverageCounts()),
    ferry: coverage.statementsHolding('ferry'),
    stays: coverage.statementsHolding('stay'),
    statements: await ask(() => speakers.map((id) => coverage.statementsBy(id))),
  };
}

/** The look-ups that list speakers in their order, with the speakers in another order. */
function inAnyOrder(found: Awaited<ReturnType<typeof lookups>>) {
  const sorted = <T>(items: readonly T[]): T[] => [...items].sort();
  const statements = new Map(found.speakers.map((id, at) => [id, found.statements[at]]));
  return {
    ...found,
    speakers: sorted(found.speakers),
    statements: sorted(found.speakers).map((id) => statements.get(id)),
    roes: sorted(found.roes),
    janeRoe: sorted(found.janeRoe),
    ministers: sorted(found.ministers),
    foreignMinisters: sorted(found.foreignMinisters),
  };
}

/** Every speaker's id, in order, of a store that may fetch them: places asked one by one, until one holds no one. */
async function speakerIds(coverage: Coverage): Promise<string[]> {
  const ids: string[] = [];
  for (let position = 0; ; position++) {
    const speaker = await settled(() => coverage.speakerAt(position));
    if (!speaker) return ids;
    ids.push(speaker.id);
  }
}

describe('the speaker look-ups on every store', () => {
  const database = postgres.reachable ? useTestDatabase() : null;
  let stores: Record<string, Coverage>;

  beforeAll(async () => {
    stores = memoryStores([...ARTICLES, ADDED]);
    if (database) {
      const log = createLogger({ logLevel: 'silent', logFormat: 'json' });
      await ingestIntoPostgres(database.pool, [...ARTICLES, ADDED], { config: attribution, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
      stores.postgres = await openPostgresCoverage(database.pool);
    }
  }, 120_000);

  it('finds what the invented articles say', async () => {
    const memory = stores.memory as Coverage;
    const found = await lookups(memory, everySpeaker(memory).map((speaker) => speaker.id));
    expect(found.mostQuoted).toEqual(['Jane Roe', 'Ada Roe', 'Tom Varga']);
    expect(found.everyQuoted).toEqual(['Jane Roe', 'Ada Roe', 'Tom Varga', 'Ivo Dahl', 'Karl Brek']);
    // In the speakers' order (here their ids').
    expect(found.speakers).toEqual(['unnamed:a5#1', 'person:ada roe', 'person:ivo dahl', 'person:jane roe', 'person:karl brek', 'person:tom varga']);
    expect(found.statements).toEqual([1, 2, 1, 3, 1, 2]);
    expect(found.roes).toEqual(['Ada Roe', 'Jane Roe']);
    expect(found.janeRoe).toEqual(['Jane Roe']);
    expect(found.nobody).toEqual([]);
    expect(found.nearVraga).toEqual([{ word: 'varga', distance: 1 }]);
    expect(found.nearRoa).toEqual([{ word: 'roe', distance: 1 }]);
    expect(found.ministers).toEqual(['Ivo Dahl', 'Karl Brek', 'Tom Varga']);
    expect(found.foreignMinisters).toEqual(['Tom Varga']);
    expect(found.counts).toEqual({ articles: 6, withoutOutlet: 1, published: { from: '2021-01-15', to: '2021-04-09', dated: 4 }, people: 5 });
    expect([found.ferry, found.stays]).toEqual([2, 2]);
  });

  it('gives the same on every store', async () => {
    const memory = stores.memory as Coverage;
    const expected = await lookups(memory, everySpeaker(memory).map((speaker) => speaker.id));
    expect(Object.keys(stores)).toEqual(postgres.reachable ? ['memory', 'packed', 'layered', 'postgres'] : ['memory', 'packed', 'layered']);
    for (const [name, coverage] of Object.entries(stores)) {
      const found = await lookups(coverage, await speakerIds(coverage));
      // A layered coverage lists the speakers its layer adds after the others (layered-coverage.ts), as it did before.
      if (name === 'layered') expect(inAnyOrder(found), name).toEqual(inAnyOrder(expected));
      else expect(found, name).toEqual(expected);
    }
  });

  it('answers one look-up once, then from what it fetched', async () => {
    const coverage = stores.postgres;
    if (!coverage) return;
    await settled(() => coverage.speakersNamed(['varga']));
    expect(names(coverage.speakersNamed(['varga']))).toEqual(['Tom Varga']);
    // The words near a typo bring the speakers each names: the next look-up needs no fetch.
    await settled(() => coverage.nameWordsNear('dahk', 1));
    expect(names(coverage.speakersNamed(['dahl']))).toEqual(['Ivo Dahl']);
  });

  it('answers a question naming a speaker in one round of fetching, and one more for a misspelt name', async () => {
    const coverage = stores.postgres;
    if (!coverage) return;
    const rounds = async (question: string): Promise<number> => {
      let count = 0;
      await settled(() => {
        count++;
        return answerQuestion(coverage, question);
      });
      return count - 1;
    };
    expect(await rounds('What did Ada Roe say?')).toBe(1);
    expect(await rounds('What did Ivo Dhal say?')).toBe(2);
    expect(answerQuestion(coverage, 'What did Ivo Dhal say?').quotes[0]?.speaker).toBe('Ivo Dahl');
  });
});
