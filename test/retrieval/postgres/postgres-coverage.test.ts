import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerParsed, answerQuestion } from '../../../src/answer/answer.js';
import { parseQuestion } from '../../../src/answer/intent.js';
import { findSpeakers } from '../../../src/answer/speakers.js';
import { runCommand } from '../../../src/commands/run.js';
import { speakerChoices } from '../../../src/discord/interactions/autocomplete.js';
import { loadCorpus, readCorpus } from '../../../src/corpus/load.js';
import { prepareArticle, type RawArticle } from '../../../src/corpus/prepare.js';
import { createLogger } from '../../../src/logging/logger.js';
import { buildCorpusCoverage, type Coverage } from '../../../src/retrieval/coverage.js';
import { withCorpusSynonyms } from '../../../src/retrieval/normalise.js';
import { DataPending, settled } from '../../../src/retrieval/pending.js';
import { ingestIntoPostgres } from '../../../src/retrieval/postgres/ingest.js';
import type { Pool } from '../../../src/retrieval/postgres/pool.js';
import { CoverageChangedError, openPostgresCoverage } from '../../../src/retrieval/postgres/postgres-coverage.js';
import { writeSearchIndexes } from '../../../src/retrieval/postgres/search-write.js';
import { codeVersion } from '../../../src/retrieval/code-version.js';
import { loadAttributionConfig, loadSynonyms } from '../../../src/settings/config-files.js';
import { FIXTURES } from '../../helpers.js';
import { postgres, postgresSuite, useTestDatabase } from '../../helpers/postgres.js';
import { everySpeaker } from '../../helpers/every-speaker.js';

const questionsOf = (file: string): string[] =>
  (JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as { questions: { question: string; corpus?: string }[] }).questions
    .filter((q) => q.corpus === undefined || q.corpus === 'seeds')
    .map((q) => q.question);

describe.skipIf(!postgres.reachable)(postgresSuite('the coverage of a PostgreSQL store'), () => {
  const database = useTestDatabase();
  let memory: Coverage;
  let stored: Coverage;

  beforeAll(async () => {
    const { raws, synonyms: own } = readCorpus([]);
    const config = loadAttributionConfig();
    const synonyms = withCorpusSynonyms(loadSynonyms(), own);
    const log = createLogger({ logLevel: 'silent', logFormat: 'json' });
    await ingestIntoPostgres(database.pool, raws, { config, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
    memory = buildCorpusCoverage(loadCorpus(), loadSynonyms(), config);
    // The normaliser comes from the synonyms stored with the coverage: the corpus is not read again.
    stored = await openPostgresCoverage(database.pool);
  }, 60_000);

  it('answers every seeds question exactly as the coverage held in memory', async () => {
    const questions = [...questionsOf('seeds-questions.json'), ...questionsOf('casual-questions.json'), ...questionsOf('unanswerable-questions.json')];
    expect(questions.length).toBeGreaterThan(100);
    for (const question of questions) expect(await settled(() => answerQuestion(stored, question)), question).toEqual(answerQuestion(memory, question));
  });

  it('gives the same help, about and sources', async () => {
    for (const name of ['help', 'sources'] as const) expect(await settled(() => runCommand(stored, name, {}))).toEqual(runCommand(memory, name, {}));
    const about = (coverage: Coverage) => settled(() => runCommand(coverage, 'about', {}));
    const [fromStore, fromMemory] = [await about(stored), await about(memory)];
    expect(fromStore.kind === 'about' && fromStore.about.summary).toEqual(fromMemory.kind === 'about' && fromMemory.about.summary);
  });

  it('offers the same speakers in the autocomplete box, empty or typed into', async () => {
    for (const typed of ['', 'Ro', 'the mayor', 'Vrga', 'minister']) expect(await settled(() => speakerChoices(stored, typed)), typed).toEqual(speakerChoices(memory, typed));
    expect(speakerChoices(memory, '').length).toBeGreaterThan(3);
  });
});

/** Many invented people, each quoted once: more speakers than a fetch a speaker could serve. */
function crowdArticles(): RawArticle[] {
  const firsts = ['Jane', 'Tom', 'Ana', 'Lena', 'Oskar', 'Mira', 'Pavel', 'Ines', 'Karl', 'Rosa', 'Ivo', 'Nadia'];
  const stems = ['Varg', 'Lind', 'Ost', 'Kel', 'Rob', 'Tamm', 'Brek', 'Holm', 'Sund', 'Dahl'];
  const ends = ['a', 'en', 'strom', 'ley', 'ford', 'berg', 'son', 'ke', 'dorf', 'vik'];
  const names = stems.flatMap((stem) => ends.map((end) => `${stem}${end}`)).flatMap((surname, i) => [`${firsts[i % firsts.length]} ${surname}`, `${firsts[(i + 5) % firsts.length]} ${surname}`, `${firsts[(i + 9) % firsts.length]} ${surname}`]);
  return Array.from({ length: 25 }, (_, a) => ({
    id: `crowd-${a}`,
    origin: `crowd-${a}.txt`,
    headlineInText: true,
    text: `Council meeting ${a}\n\n${names.slice(a * 10, a * 10 + 10).map((name, i) => `"The harbour plan number ${a * 10 + i} needs work," said ${name}, a councillor.`).join(' ')}`,
  }));
}

describe.skipIf(!postgres.reachable)(postgresSuite('a PostgreSQL coverage under change and at size'), () => {
  const database = useTestDatabase();
  const config = loadAttributionConfig();
  const synonyms = loadSynonyms();
  const log = createLogger({ logLevel: 'silent', logFormat: 'json' });

  it('gives the help of the coverage in memory with more speakers than its rounds of fetching', async () => {
    const raws = crowdArticles();
    await ingestIntoPostgres(database.pool, raws, { config, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
    const stored = await openPostgresCoverage(database.pool);
    const memory = buildCorpusCoverage({ articles: raws.map(prepareArticle), synonyms: [] }, synonyms, config);
    expect(everySpeaker(memory).filter((entity) => memory.statementsBy(entity.id) > 0).length).toBeGreaterThan(200);
    expect(await settled(() => runCommand(stored, 'help', {}))).toEqual(runCommand(memory, 'help', {}));
  });

  it('answers about a group of more people than its rounds of fetching, as the coverage in memory does', async () => {
    const raws = crowdArticles();
    await ingestIntoPostgres(database.pool, raws, { config, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
    const stored = await openPostgresCoverage(database.pool);
    const memory = buildCorpusCoverage({ articles: raws.map(prepareArticle), synonyms: [] }, synonyms, config);
    const question = 'What did the councillors say?';
    const answer = await settled(() => answerQuestion(stored, question));
    expect(answer.found).toBe(true);
    expect(answer).toEqual(answerQuestion(memory, question));
  });

  it('reads no list of every speaker, article or statement to open, answer about a speaker, help, about or autocomplete', async () => {
    const raws = crowdArticles();
    await ingestIntoPostgres(database.pool, raws, { config, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
    const speakers = (await database.pool.query<{ count: number }>('SELECT count(*)::integer AS count FROM entities')).rows[0]?.count ?? 0;
    const reads: { sql: string; rows: number }[] = [];
    const watched = new Proxy(database.pool, {
      get: (target, key, receiver) => (key === 'query'
        ? async (...args: Parameters<typeof target.query>) => {
          const result = await (target.query as (...a: unknown[]) => Promise<{ rows: unknown[] }>).apply(target, args);
          reads.push({ sql: String(args[0]), rows: result.rows.length });
          return result;
        }
        : Reflect.get(target, key, receiver)),
    });
    const stored = await openPostgresCoverage(watched);
    for (const question of ['What did Jane Varga say?', 'Who is Tom Lindley?', 'What did Jane Vraga say?']) await settled(() => answerQuestion(stored, question));
    for (const name of ['help', 'about'] as const) await settled(() => runCommand(stored, name, {}));
    for (const typed of ['', 'Varga']) await settled(() => speakerChoices(stored, typed));
    expect(speakers).toBeGreaterThan(200);
    const speakerReads = reads.filter((read) => /\bFROM entities\b/.test(read.sql));
    expect(speakerReads.length).toBeGreaterThan(0);
    // The speakers of the statements a question found, at most: here, where every statement is alike, many.
    expect(Math.max(...speakerReads.map((read) => read.rows))).toBeLessThan(speakers);
    expect(reads.filter((read) => /\bFROM (?:articles|clusters) \w+(?: JOIN occurrences o ON o\.cluster_key = c\.key)? ORDER BY\b/.test(read.sql)).map((read) => read.sql)).toEqual([]);
  });

  it('lists the sources a window at a time, with their statements, as the coverage in memory does', async () => {
    const raws = crowdArticles();
    await ingestIntoPostgres(database.pool, raws, { config, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
    const stored = await openPostgresCoverage(database.pool);
    const memory = buildCorpusCoverage({ articles: raws.map(prepareArticle), synonyms: [] }, synonyms, config);
    const sources = parseQuestion('List the sources');
    for (const window of [{ from: 0, count: 10 }, { from: 20, count: 10 }, { from: 7, count: 3 }, { from: 60, count: 10 }]) {
      const answer = await settled(() => answerParsed(stored, 'List the sources', sources, window));
      expect(answer, JSON.stringify(window)).toEqual(answerParsed(memory, 'List the sources', sources, window));
      expect(answer.articles?.every((article) => article.statements === 10)).toBe(true);
    }
  });

  it('counts each article of a window of sources in the bound of what it keeps fetched, not the window as one', async () => {
    await ingestIntoPostgres(database.pool, crowdArticles(), { config, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
    let windowsFetched = 0;
    const counting = new Proxy(database.pool, {
      get: (target, key, receiver) => (key === 'query'
        ? (...args: Parameters<typeof target.query>) => {
          if (typeof args[0] === 'string' && /\bOFFSET\b/.test(args[0])) windowsFetched++;
          return (target.query as (...a: unknown[]) => unknown).apply(target, args);
        }
        : Reflect.get(target, key, receiver)),
    });
    // 20 articles and their 20 counts are 40 items: past a bound of 30, so the next answer's first fetch starts afresh.
    const stored = await openPostgresCoverage(counting, { cacheItems: 30 });
    const sources = parseQuestion('List the sources');
    const ask = (from: number, count: number) => settled(() => answerParsed(stored, 'List the sources', sources, { from, count }));
    await ask(0, 20);
    await ask(20, 5);
    await ask(0, 20);
    expect(windowsFetched).toBe(3);
  });

  it('with verifyEachFetch, refuses an answer whose reads an ingest committed under (CORPUS_WATCH), not only its first', async () => {
    await ingestIntoPostgres(database.pool, crowdArticles(), { config, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
    /** The pool, with the version changed just before the first read of an answer's that is not the version's own check (as an ingest's commit would). */
    const committingDuring = (): typeof database.pool => {
      let changed = false;
      let opened = false;
      return new Proxy(database.pool, {
        get: (target, key, receiver) => (key === 'query'
          ? async (...args: Parameters<typeof target.query>) => {
            if (opened && !changed && typeof args[0] === 'string' && !/FROM coverage_state/.test(args[0])) {
              changed = true;
              await target.query("UPDATE coverage_state SET version = version || '-next'");
            }
            return (target.query as (...a: unknown[]) => unknown).apply(target, args);
          }
          : key === 'markOpened' ? () => void (opened = true) : Reflect.get(target, key, receiver)),
      });
    };
    const question = 'Who said the harbour plan number 15 needs work?';
    for (const verifyEachFetch of [true, false]) {
      const pool = committingDuring();
      const stored = await openPostgresCoverage(pool, { verifyEachFetch });
      (pool as unknown as { markOpened: () => void }).markOpened();
      const answered = settled(() => answerQuestion(stored, question));
      if (verifyEachFetch) await expect(answered).rejects.toThrow(CoverageChangedError);
      else await expect(answered).resolves.toBeDefined();
      await database.pool.query("UPDATE coverage_state SET version = replace(version, '-next', '')");
    }
  });

  it('refuses to answer from a coverage an ingest changed under it, rather than mixing two versions', async () => {
    const stored = await openPostgresCoverage(database.pool);
    await ingestIntoPostgres(database.pool, crowdArticles().slice(1), { config, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
    await expect(settled(() => answerQuestion(stored, 'Who said the harbour plan number 15 needs work?'))).rejects.toThrow(CoverageChangedError);
    const reopened = await openPostgresCoverage(database.pool);
    expect((await settled(() => answerQuestion(reopened, 'Who said the harbour plan number 15 needs work?'))).found).toBe(true);
  });

  it('opens the speakers and their index of one version when an ingest commits while it opens', async () => {
    const article = (id: string, body: string): RawArticle => ({ id, origin: `${id}.txt`, headlineInText: true, text: `Harbour news ${id}\n\n${body}` });
    const before = [article('pier-1', '"The pier is safe," said Tom Varga, a councillor. "Tolls stay," said Jane Roe, the mayor of Ostby.')];
    const after = [article('pier-0', '"Ferries run," said Nora Quill, the harbour master.'), ...before];
    await ingestIntoPostgres(database.pool, before, { config, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
    // Of the reads an open makes at once, the speakers' is made before the ingest commits, the others after it.
    let raced = false;
    let ingested: Promise<unknown> | undefined;
    const racing = {
      query: async (sql: string, values?: unknown[]) => {
        const first = !raced && /FROM entities e ORDER BY/.test(sql);
        if (first) raced = true;
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (first) {
          const result = await database.pool.query(sql, values);
          ingested = ingestIntoPostgres(database.pool, after, { config, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
          return result;
        }
        while (raced && !ingested) await new Promise((resolve) => setTimeout(resolve, 5));
        await ingested;
        return database.pool.query(sql, values);
      },
    } as unknown as Pool;
    const stored = await openPostgresCoverage(racing);
    for (const name of ['Jane Roe', 'Tom Varga']) expect((await settled(() => findSpeakers(stored, name, 1)))[0]?.entity.name, name).toBe(name);
  });

  it('fetches an article\'s sentences with those of the articles fetched alongside it', async () => {
    await ingestIntoPostgres(database.pool, crowdArticles(), { config, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
    const stored = await openPostgresCoverage(database.pool);
    const found = await settled(() => stored.searchStatements('harbour plan needs work', { limit: 40 }));
    const articles = [...new Set(found.flatMap((result) => stored.cluster(result.id as number)?.occurrences.map((o) => o.articleId) ?? []))];
    expect(articles.length).toBeGreaterThan(2);
    await settled(() => stored.sentencesOf(articles[0] as string));
    for (const id of articles) expect(stored.sentencesOf(id).length, id).toBeGreaterThan(0);
  });

  it('fetches the articles of a search\'s best statements with it, and those of the rest together when one is asked for', async () => {
    await ingestIntoPostgres(database.pool, crowdArticles(), { config, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
    const stored = await openPostgresCoverage(database.pool);
    const found = await settled(() => stored.searchStatements('harbour plan needs work'));
    const clusters = found.map((result) => stored.cluster(result.id as number));
    const articleOf = (at: number): string => clusters[at]?.occurrences[0]?.articleId as string;
    const pendingFor = (id: string): boolean => {
      try {
        stored.article(id);
        return false;
      } catch (error) {
        if (error instanceof DataPending) return true;
        throw error;
      }
    };
    expect(clusters.length).toBeGreaterThan(100);
    expect(pendingFor(articleOf(0))).toBe(false);
    // The 25 an answer may cite came with the search; the others' only when one is asked for, all at once.
    const laterArticles = [...new Set(clusters.slice(40).map((_, at) => articleOf(40 + at)))].filter((id) => !clusters.slice(0, 25).some((c) => c?.occurrences.some((o) => o.articleId === id)));
    expect(laterArticles.length).toBeGreaterThan(3);
    expect(pendingFor(laterArticles[0] as string)).toBe(true);
    await settled(() => stored.article(laterArticles[0] as string));
    for (const id of laterArticles) expect(pendingFor(id), id).toBe(false);
  });

  // Each names some 200 people: their speakers come in one fetch, not fifty at a time, and a group's members' look-ups together.
  it.each([
    ['who was quoted most on a topic, naming every voice found', 'Who was quoted most about the harbour plan?', 4],
    ['what a group of some 200 people said on a topic', 'What did the councillors say about the harbour plan?', 10],
  ])('answers %s as the coverage in memory does, in a few rounds of fetching', async (_, question, rounds) => {
    const raws = crowdArticles();
    await ingestIntoPostgres(database.pool, raws, { config, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
    const stored = await openPostgresCoverage(database.pool);
    const memory = buildCorpusCoverage({ articles: raws.map(prepareArticle), synonyms: [] }, synonyms, config);
    const answer = await settled(() => answerQuestion(stored, question), rounds);
    expect(answer.found).toBe(true);
    expect(answer).toEqual(answerQuestion(memory, question));
  });

  it('refuses to open search tables an older version wrote (documents but no postings), saying to ingest again', async () => {
    await ingestIntoPostgres(database.pool, crowdArticles(), { config, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
    await database.pool.query('DELETE FROM search_postings');
    await expect(openPostgresCoverage(database.pool)).rejects.toThrow(/ingest/);
  });

  it('lists an article\'s statements once each, after fetching another article quoting one of them', async () => {
    const quote = '"The ferry to Kelvale will run all winter," said Jane Roe, the mayor of Springfield.';
    const raws: RawArticle[] = ['a', 'b'].map((tag, at) => ({
      id: `shared-${tag}`,
      origin: `shared-${tag}.txt`,
      headlineInText: true,
      text: `Ferry news ${tag}\n\n${quote} "Tolls will stay at ${at + 3} crowns," said Tom Varga, a councillor.`,
    }));
    await ingestIntoPostgres(database.pool, raws, { config, synonyms, codeVersion: codeVersion(), log, writeSearchIndexes });
    const stored = await openPostgresCoverage(database.pool);
    const memory = buildCorpusCoverage({ articles: raws.map(prepareArticle), synonyms: [] }, synonyms, config);
    const ids = (clusters: readonly { id: number }[]) => clusters.map((cluster) => cluster.id);
    await settled(() => stored.clustersInArticle('shared-a'));
    await settled(() => stored.clustersInArticle('shared-b'));
    for (const id of ['shared-a', 'shared-b']) expect(ids(stored.clustersInArticle(id)), id).toEqual(ids(memory.clustersInArticle(id)));
  });
});
