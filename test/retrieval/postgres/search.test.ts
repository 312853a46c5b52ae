import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNormaliser } from '../../../src/retrieval/normalise.js';
import { searchIndex, type SearchIndexName } from '../../../src/retrieval/postgres/search.js';
import { heldVocabulary, loadHeldTerms } from '../../../src/retrieval/postgres/held-terms.js';
import { removeFromSearchIndex, writeSearchIndex } from '../../../src/retrieval/postgres/search-write.js';
import { sentenceOptions, speakerOptions, statementOptions } from '../../../src/retrieval/search-index.js';
import { termsOf, vocabularyOf } from '../../../src/retrieval/vocabulary.js';
import { pick, questionText, seeded, sentence, speakerFields, statementTexts, type Random } from './invented-documents.js';
import { throwawayDatabase, type ThrowawayDatabase } from './throwaway-database.js';

const opened = await throwawayDatabase();
const database = 'client' in opened ? opened : null;
const skipReason = 'unavailable' in opened ? ` (skipped: ${opened.unavailable})` : '';

const normaliser = createNormaliser({ groups: [['springfield', 'springfeld'], ['un', 'UN', 'united nations']] });

interface Index {
  name: SearchIndexName;
  options: Options;
  documents: { id: number; fields: Record<string, string> }[];
  minisearch: MiniSearch;
}

function makeIndex(name: SearchIndexName, options: Options, fields: Record<string, string>[], firstId: number): Index {
  const documents = fields.map((f, at) => ({ id: firstId + at * 3, fields: f }));
  const minisearch = new MiniSearch(options);
  minisearch.addAll(documents.map((d) => ({ id: d.id, ...d.fields })));
  return { name, options, documents, minisearch };
}

/** Differences between two result lists, described; none when they are the same (scores to 1e-9 relative). */
function differences(query: string, expected: SearchResult[], actual: SearchResult[]): string[] {
  const strip = (results: SearchResult[]) => results.map(({ id, terms, queryTerms, match }) => ({ id, terms, queryTerms, match }));
  const found: string[] = [];
  try {
    expect(strip(actual)).toEqual(strip(expected));
  } catch {
    found.push(`${JSON.stringify(query)}: expected ${JSON.stringify(strip(expected).slice(0, 5))} got ${JSON.stringify(strip(actual).slice(0, 5))}`);
  }
  expected.forEach((result, at) => {
    const other = actual[at]?.score ?? NaN;
    if (!(Math.abs(other - result.score) <= 1e-9 * Math.max(1, Math.abs(result.score)))) found.push(`${JSON.stringify(query)}: score ${at} ${other} != ${result.score}`);
  });
  return found;
}

const VARIANTS: (SearchOptions & { among?: boolean; limit?: number })[] = [
  { limit: 5 },
  { limit: 20 },
  { limit: 3, among: true },
  { limit: 10, combineWith: 'AND' },
  { limit: 8, fuzzy: 0.3, prefix: true, boost: { text: 3, name: 2 } },
  {},
  { combineWith: 'AND' },
  { combineWith: 'AND', fuzzy: false, prefix: false },
  { fuzzy: false, prefix: false },
  { fuzzy: 0.3, maxFuzzy: 3 },
  { fuzzy: 2 },
  { fuzzy: 1, prefix: true },
  { prefix: true, weights: { fuzzy: 0.2, prefix: 0.9 } },
  { fuzzy: (term) => (term.length > 3 ? 0.25 : false), prefix: (term, i) => i === 0 },
  { among: true },
  { among: true, combineWith: 'AND' },
  { boost: { text: 2, name: 1, aliases: 5, roles: 0.1 } },
];

async function compareQueries(index: Index, random: Random, count: number, texts: readonly string[]): Promise<string[]> {
  const client = (database as ThrowawayDatabase).client;
  const ids = index.documents.map((d) => d.id);
  const found: string[] = [];
  for (let i = 0; i < count; i++) {
    const query = questionText(random, texts);
    const { among: restrict, limit, ...searchOptions } = pick(random, VARIANTS);
    const among = restrict ? ids.filter(() => random() < 0.3) : undefined;
    const allowed = new Set(among);
    const expected = index.minisearch.search(query, among ? { ...searchOptions, filter: (r) => allowed.has(r.id as number) } : searchOptions).slice(0, limit);
    const actual = await searchIndex(client, index.name, query, index.options, { ...searchOptions, ...(among ? { among } : {}), ...(limit === undefined ? {} : { limit }) });
    found.push(...differences(query, expected, actual));
  }
  return found;
}

describe.skipIf(!database)(`searchIndex: the same results as minisearch${skipReason}`, () => {
  const random = seeded(11);
  // One document repeats a word past what a tsvector position can count (search_frequency_overflow).
  const repeated = `Tollbar ${'tollbar '.repeat(16_500)}ferry.`;
  const statements = makeIndex('statements', statementOptions(normaliser), [...statementTexts(random, 300), repeated].map((text) => ({ text })), 0);
  const sentences = makeIndex('sentences', sentenceOptions(normaliser), Array.from({ length: 400 }, () => ({ text: sentence(random, 3 + Math.floor(random() * 25)) })), 5);
  const speakers = makeIndex('speakers', speakerOptions(normaliser), speakerFields(random, 120), 1);
  const indexes = [statements, sentences, speakers];
  const texts = (index: Index) => index.documents.map((d) => Object.values(d.fields).join(' '));

  beforeAll(async () => {
    const client = (database as ThrowawayDatabase).client;
    await client.query('BEGIN');
    // Two writes, as two ingests would add them: the second adds terms to a tree that has some.
    for (const index of indexes) {
      const half = Math.floor(index.documents.length / 2);
      await writeSearchIndex(client, index.name, index.documents.slice(0, half), index.options);
      await writeSearchIndex(client, index.name, index.documents.slice(half), index.options);
    }
    await client.query('COMMIT');
  });
  afterAll(async () => database?.drop());

  for (const index of indexes) {
    it(`${index.name}: a few hundred questions with typos, prefixes, AND/OR, among and limit`, async () => {
      expect(await compareQueries(index, seeded(index.name.length), 250, texts(index))).toEqual([]);
    });
  }

  it('limit: the first results of questions echoing one document, where common words need not be read whole', async () => {
    const client = (database as ThrowawayDatabase).client;
    const draw = seeded(31);
    const found: string[] = [];
    for (const index of [statements, sentences]) {
      for (let i = 0; i < 120; i++) {
        const words = pick(draw, texts(index)).split(/\s+/).filter(Boolean);
        const start = Math.floor(draw() * Math.max(1, words.length - 5));
        const query = words.slice(start, start + 3 + Math.floor(draw() * 4)).join(' ');
        const limit = pick(draw, [1, 3, 10]);
        const expected = index.minisearch.search(query).slice(0, limit);
        found.push(...differences(query, expected, await searchIndex(client, index.name, query, index.options, { limit })));
      }
    }
    expect(found).toEqual([]);
  });

  it('a word repeated past a tsvector position\'s range scores with its exact frequency', async () => {
    const client = (database as ThrowawayDatabase).client;
    for (const query of ['tollbar', 'tollbar ferry']) {
      expect(differences(query, statements.minisearch.search(query), await searchIndex(client, 'statements', query, statements.options))).toEqual([]);
    }
  });

  it('the words held in the process list what the indexes\' vocabulary lists, and search as minisearch does', async () => {
    const client = (database as ThrowawayDatabase).client;
    const vocabulary = vocabularyOf([termsOf(statements.minisearch), termsOf(sentences.minisearch)]);
    const held = heldVocabulary(await loadHeldTerms(client, 'statements'), await loadHeldTerms(client, 'sentences'));
    const draw = seeded(5);
    const mismatches: string[] = [];
    for (let i = 0; i < 150; i++) {
      const term = normaliser.terms(questionText(draw, texts(statements)))[0];
      if (!term) continue;
      const distance = 1 + Math.floor(draw() * 2);
      const expected = vocabulary.near(term, distance);
      const actual = held.near(term, distance);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(`${term}/${distance}: ${JSON.stringify(expected)} vs ${JSON.stringify(actual)}`);
      // Asked again, the look-up is remembered: the same words in the same order.
      if (JSON.stringify(held.near(term, distance)) !== JSON.stringify(expected)) mismatches.push(`${term}/${distance} asked again`);
      if (held.has(term) !== vocabulary.has(term)) mismatches.push(`has ${term}`);
    }
    expect(mismatches).toEqual([]);
    for (const index of [statements, sentences]) {
      const terms = await loadHeldTerms(client, index.name);
      const draw = seeded(31);
      for (let i = 0; i < 100; i++) {
        const query = questionText(draw, texts(index));
        mismatches.push(...differences(query, index.minisearch.search(query).slice(0, 20), await searchIndex(client, index.name, query, index.options, { held: terms, limit: 20 })));
        // Again, its typo look-ups remembered.
        mismatches.push(...differences(query, index.minisearch.search(query).slice(0, 20), await searchIndex(client, index.name, query, index.options, { held: terms, limit: 20 })));
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('after removing documents, still the same results', async () => {
    const client = (database as ThrowawayDatabase).client;
    const draw = seeded(23);
    for (const index of indexes) {
      const gone = index.documents.filter(() => draw() < 0.25);
      for (const document of gone) index.minisearch.remove({ id: document.id, ...document.fields });
      await removeFromSearchIndex(client, index.name, gone.map((d) => d.id));
      const kept = new Set(gone.map((d) => d.id));
      index.documents = index.documents.filter((d) => !kept.has(d.id));
    }
    const found: string[] = [];
    for (const index of indexes) found.push(...(await compareQueries(index, seeded(99), 120, texts(index))));
    expect(found).toEqual([]);
  });
});
