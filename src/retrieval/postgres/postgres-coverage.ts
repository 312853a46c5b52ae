/**
 * The coverage of a PostgreSQL store, for answering. The outlets and the
 * counts are read once, at open, with the words of the search indexes
 * (held-terms.ts): every question may need them, and they grow with the words
 * used, far slower than the archive. Everything else (speakers, statements,
 * sentences, articles, the searches' postings) is asked of the database when
 * a question needs it (speakers through speaker-reads.ts's look-ups):
 * a look-up not fetched yet throws `DataPending` (see ../pending.ts) with its
 * fetch, which brings what the same question will ask next as well (the
 * statements a search found, their articles, the sentences around them), so
 * an answer takes a few round trips, not one per item. What was fetched is
 * kept, up to a bound, for the questions that follow.
 */
import type { SpeakerEntity } from '../../attribution/index.js';
import type { ContextLink } from '../context-links.js';
import { byStatementId, type Coverage, type StoreSearchOptions } from '../coverage.js';
import { createNormaliser, type Normaliser, type SynonymConfig } from '../normalise.js';
import { DataPending } from '../pending.js';
import { sentenceOptions, speakerOptions, statementOptions, type SearchResult } from '../search-index.js';
import type { ArticleRecord, QuoteCluster, SentenceRecord } from '../snapshot.js';
import type { Pool } from './pool.js';
import {
  ARTICLE_COLUMNS, articleOf, clustersOf, clustersWhere, SENTENCE_COLUMNS, sentenceOf,
  type ArticleRow, type ClusterWithOccurrencesRow, type SentenceRow,
} from './records.js';
import type { CoverageCounts } from '../coverage-counts.js';
import { wordsNear, type NearWord } from '../speaker-lookups.js';
import { searchIndex, type SearchIndexName } from './search.js';
import { heldVocabulary, loadHeldTerms } from './held-terms.js';
import { ListCache } from './list-cache.js';
import {
  coverageCounts as coverageCountsInDatabase, mostQuoted as mostQuotedInDatabase, nameWordsStartingWith, peopleWithRoleWords as peopleWithRoleWordsInDatabase,
  speakersAt, speakersById, speakersNamed as speakersNamedInDatabase, speakersOfEachName, type StoredSpeaker,
} from './speaker-reads.js';

export interface PostgresCoverageOptions {
  /** By default, the normaliser of the synonyms the coverage was ingested with. */
  normaliser?: Normaliser;
  /** How many fetched items are kept between questions before the cache starts afresh. */
  cacheItems?: number;
  /** The most bytes of common words' postings lists kept between searches (list-cache.ts). */
  listCacheBytes?: number;
  /**
   * Whether every fetch, not only an answer's first, checks once it has read that the coverage is still the
   * one opened: for a process that ingests while it answers (CORPUS_WATCH), so that no answer reads across an
   * ingest's commit. A check after the reads sees an old version only if they all began before the commit.
   */
  verifyEachFetch?: boolean;
}

/** Enough for the questions of the last minutes (a question touches tens to a few thousand items), a few MB. */
const CACHE_ITEMS = 5_000;

/**
 * The commonest words' lists, a few MB: at ten times Reuters a common word's list is a few hundred kB, and
 * the same few words come back question after question. Smaller lists come quickly and are not kept.
 */
const LIST_CACHE_BYTES = 6 << 20;
const LIST_CACHE_MIN_BYTES = 64 << 10;

/** The most articles whose sentences and statements one fetch brings. */
const ARTICLES_TOGETHER = 100;
/** The most speakers whose statements one fetch brings. */
const SPEAKERS_TOGETHER = 50;
/** The speakers a name names whose statements come with them: a name's few namesakes, not a common word's many. */
const NAMESAKES_READ = 3;

/** The statements of a search whose articles and speakers come with them: as many as an answer cites. */
const CITED = 25;
/** The most speakers of the other statements found fetched together: those of a whole search, as a rule. */
const LATER_SPEAKERS_TOGETHER = 400;

/** Each of `ids` mapped to its group of `size` (in order): asked for one, a fetch brings the group. */
function inGroups(map: Map<string, readonly string[]>, ids: readonly string[], size: number): void {
  for (let from = 0; from < ids.length; from += size) {
    const group = ids.slice(from, from + size);
    for (const id of group) map.set(id, group);
  }
}

/** As inGroups, for the ids in no group yet: a second search's results do not break up the first's groups. */
function inNewGroups(map: Map<string, readonly string[]>, ids: readonly string[], size: number): void {
  inGroups(map, ids.filter((id) => !map.has(id)), size);
}

/** What a coverage holds from the database, fetched as questions need it. */
class Fetched {
  readonly articles = new Map<string, ArticleRecord | null>();
  readonly clusters = new Map<number, QuoteCluster | null>();
  readonly sentences = new Map<number, SentenceRecord | null>();
  /** Per article: its sentences, its statements, and the statements each sentence is context for. */
  readonly articleSentences = new Map<string, SentenceRecord[]>();
  readonly articleClusters = new Map<string, QuoteCluster[]>();
  readonly context = new Map<number, ContextLink[]>();
  readonly byEntity = new Map<string, QuoteCluster[]>();
  /** Speakers by id, how many statements each has, and the id at each place of the list asked about. */
  readonly speakers = new Map<string, SpeakerEntity | null>();
  readonly speakerStatements = new Map<string, number>();
  readonly positions = new Map<number, string | null>();
  /** The speakers' look-ups (speaker-lookups.ts), as ids, by their arguments. */
  readonly named = new Map<string, readonly string[]>();
  readonly roleHolders = new Map<string, readonly string[]>();
  readonly quoted = new Map<number, readonly string[]>();
  /** Per speaker, the speakers listed with it: an answer that reads one's statements reads the others' next. */
  readonly speakersTogether = new Map<string, readonly string[]>();
  readonly searches = new Map<string, SearchResult[]>();
  /** Per article, the articles fetched with it: an answer that reads one's sentences reads the others' next. */
  readonly together = new Map<string, readonly string[]>();
  /** Per article and per speaker of statements found but not cited first: those found with it, fetched together when one is asked for. */
  readonly articlesLater = new Map<string, readonly string[]>();
  readonly speakersLater = new Map<string, readonly string[]>();
  /** Statements per article, for the articles listed or asked about so far. */
  readonly statementsPerArticle = new Map<string, number>();
  /** Windows of the list of articles, by "from:count". */
  readonly windows = new Map<string, ArticleRecord[]>();
  /** The articles the windows hold, counted in the bound one by one (a window can be the whole list). */
  windowArticles = 0;
  /** The whole corpus's lists (/sources, /help's word counts, an export), counted in the bound like the rest. */
  everyArticle: ArticleRecord[] | null = null;
  everyCluster: QuoteCluster[] | null = null;

  size(): number {
    return this.articles.size + this.clusters.size + this.sentences.size + this.searches.size + this.byEntity.size + this.speakers.size
      + this.named.size + this.roleHolders.size + this.quoted.size
      + (this.everyArticle?.length ?? 0) + (this.everyCluster?.length ?? 0) + this.statementsPerArticle.size + this.windowArticles;
  }
}

/** The database's coverage changed under a running process (an ingest): answering on would mix two versions. */
export class CoverageChangedError extends Error {
  override name = 'CoverageChangedError';
  constructor() {
    super('the database\'s coverage changed since this process opened it (an ingest ran): restart it to answer from the new coverage');
  }
}

/** Opens read again when an ingest commits while one reads; beyond, the coverage changes faster than it opens. */
const OPEN_ATTEMPTS = 3;

const same = (value: unknown): string => JSON.stringify(value, (_, item: unknown) => (item instanceof Set ? [...(item as Set<unknown>)] : item));

/**
 * Opens the coverage held in the database `pool` connects to.
 *
 * @example
 * const coverage = await openPostgresCoverage(pool);
 * const answer = await settled(() => answerQuestion(coverage, 'Who said the ferry will run all winter?'));
 */
export async function openPostgresCoverage(pool: Pool, options: PostgresCoverageOptions = {}): Promise<Coverage> {
  return openAttempt(pool, options, 1);
}

async function openAttempt(pool: Pool, options: PostgresCoverageOptions, attempt: number): Promise<Coverage> {
  const limit = options.cacheItems ?? CACHE_ITEMS;
  const query = async <Row extends object>(sql: string, values: unknown[] = []): Promise<Row[]> => (await pool.query<Row>(sql, values)).rows;
  const versionNow = async (): Promise<string> => (await query<{ version: string }>('SELECT version FROM coverage_state'))[0]?.version ?? '';
  const before = await versionNow();
  const [stale, speakersStale, state, outletRows, totals, heldStatements, heldSentences, heldSpeakers] = await Promise.all([
    query<{ stale: boolean }>('SELECT EXISTS (SELECT 1 FROM search_terms) AND NOT EXISTS (SELECT 1 FROM search_postings) AS stale'),
    // Statements of someone, but no speaker counted as having any: the entities were written before they were counted.
    query<{ stale: boolean }>('SELECT EXISTS (SELECT 1 FROM clusters WHERE entity IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM entities WHERE statements > 0) AS stale'),
    query<{ version: string; synonyms: SynonymConfig }>('SELECT version, synonyms FROM coverage_state'),
    query<{ outlet: string }>('SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL'),
    query<{ articles: number; statements: number }>('SELECT (SELECT count(*)::integer FROM articles) AS articles, (SELECT count(*)::integer FROM clusters) AS statements'),
    loadHeldTerms(pool, 'statements'),
    loadHeldTerms(pool, 'sentences'),
    loadHeldTerms(pool, 'speakers'),
  ]);
  // Searches read search_postings alone: a database whose searches an older version wrote would find nothing.
  // Terms, not documents, say so: documents that hold no terms have no postings in this version either.
  if (stale[0]?.stale) throw new Error('the database\'s search tables were written by an older version: run `npm run cli -- ingest --corpus PATH` again to rewrite them');
  if (speakersStale[0]?.stale) throw new Error('the database\'s speakers were written by an older version: run `npm run cli -- ingest --corpus PATH` again to rewrite them');
  // The reads above are queries of their own: an ingest that committed among them would pair one version's counts
  // with another's vocabularies. Read again then.
  if ((state[0]?.version ?? '') !== before || (await versionNow()) !== before) {
    if (attempt >= OPEN_ATTEMPTS) throw new CoverageChangedError();
    return openAttempt(pool, options, attempt + 1);
  }
  const held = { statements: heldStatements, sentences: heldSentences, speakers: heldSpeakers };
  const lists = new ListCache(options.listCacheBytes ?? LIST_CACHE_BYTES, LIST_CACHE_MIN_BYTES);
  const normaliser = options.normaliser ?? createNormaliser(state[0]?.synonyms ?? { groups: [] });
  // Sorted as the in-memory coverage sorts them (code-unit order), whatever the database's collation.
  const outlets = outletRows.map((row) => row.outlet).sort();
  const version = state[0]?.version ?? '';
  let fetched = new Fetched();
  // Counted once, at the first /about: a few numbers, kept while the coverage is.
  let counts: CoverageCounts | undefined;
  // The words of names by their first code unit, kept while the coverage is, as the vocabularies are: they grow
  // with the names used (9,000 words at 10x Reuters), not with the speakers, and every misspelt name needs them.
  const nameWords = new Map<string, readonly string[]>();

  /**
   * Fetches `load` into the cache. The first fetch of an answer checks that the database still holds the
   * coverage this process opened (an ingest renumbers statements and sentences: what was fetched before would
   * be read as other statements), and starts the cache afresh when it has grown past its bound: never later in
   * an answer, whose look-ups would then be fetched again and again.
   */
  const pending = (what: string, load: (into: Fetched) => Promise<void>): never => {
    throw new DataPending(async (round) => {
      if (round === 1) {
        const now = await query<{ version: string }>('SELECT version FROM coverage_state');
        if ((now[0]?.version ?? '') !== version) throw new CoverageChangedError();
        if (fetched.size() > limit) fetched = new Fetched();
      }
      await load(fetched);
      if (options.verifyEachFetch) {
        const after = await query<{ version: string }>('SELECT version FROM coverage_state');
        if ((after[0]?.version ?? '') !== version) {
          // What was read may be of the new version: let all of it go, so that no answer finds it here; every later
          // look-up then fetches, and the first check of its answer refuses it.
          fetched = new Fetched();
          throw new CoverageChangedError();
        }
      }
    }, what);
  };

  const keepClusters = (into: Fetched, clusters: readonly QuoteCluster[]): QuoteCluster[] =>
    clusters.map((cluster) => {
      const known = into.clusters.get(cluster.id);
      if (known) return known;
      into.clusters.set(cluster.id, cluster);
      return cluster;
    });

  const loadArticles = async (into: Fetched, ids: Iterable<string>): Promise<void> => {
    const all = [...new Set(ids)];
    inGroups(into.together, all, ARTICLES_TOGETHER);
    const wanted = all.filter((id) => !into.articles.has(id));
    if (wanted.length === 0) return;
    const rows = await query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ANY($1::text[])`, [wanted]);
    for (const id of wanted) into.articles.set(id, null);
    for (const row of rows) into.articles.set(row.id, articleOf(row));
  };

  /** Speakers read, kept by id (one object per speaker: answers compare them) with their places and statements. */
  const keepSpeakers = (into: Fetched, speakers: readonly StoredSpeaker[]): string[] =>
    speakers.map(({ entity, ordinal, statements }) => {
      if (!into.speakers.get(entity.id)) into.speakers.set(entity.id, entity);
      into.speakerStatements.set(entity.id, statements);
      into.positions.set(ordinal, entity.id);
      return entity.id;
    });

  /** Speakers listed together (a group, the namesakes of a name): the statements of one are asked for, then the others'. */
  const listTogether = (into: Fetched, ids: readonly string[]): void => {
    for (let from = 0; from < ids.length; from += SPEAKERS_TOGETHER) {
      const group = ids.slice(from, from + SPEAKERS_TOGETHER);
      for (const id of group) into.speakersTogether.set(id, group);
    }
  };

  const loadSpeakers = async (into: Fetched, ids: Iterable<string>): Promise<void> => {
    const wanted = [...new Set(ids)].filter((id) => !into.speakers.has(id));
    if (wanted.length === 0) return;
    const found = await speakersById(query, wanted);
    for (const id of wanted) {
      into.speakers.set(id, null);
      into.speakerStatements.set(id, 0);
    }
    keepSpeakers(into, found);
  };

  const loadPositions = async (into: Fetched, positions: Iterable<number>): Promise<void> => {
    const wanted = [...new Set(positions)].filter((position) => !into.positions.has(position));
    if (wanted.length === 0) return;
    const found = await speakersAt(query, wanted);
    for (const position of wanted) into.positions.set(position, null);
    keepSpeakers(into, found);
  };

  /** The speakers of statements: an answer names them. */
  const speakersOfClusters = (clusters: readonly QuoteCluster[]): string[] => clusters.flatMap((cluster) => (cluster.entity === null ? [] : [cluster.entity]));

  const loadStatementCounts = async (into: Fetched, ids: readonly string[]): Promise<void> => {
    const rows = await query<{ article_id: string; statements: number }>(
      'SELECT article_id, count(DISTINCT cluster_key)::integer AS statements FROM occurrences WHERE article_id = ANY($1::text[]) GROUP BY article_id',
      [ids],
    );
    for (const id of ids) into.statementsPerArticle.set(id, 0);
    for (const row of rows) into.statementsPerArticle.set(row.article_id, row.statements);
  };

  /**
   * Statements by id, with the articles that carry the first `cited` of them and their speakers: an answer
   * weighs every statement a search found but cites only its best few, and the others' articles (a statement
   * carried by ten outlets has ten) would be most of what a search brings.
   */
  const loadClusters = async (into: Fetched, ids: Iterable<number>, cited = Number.POSITIVE_INFINITY): Promise<void> => {
    const all = [...new Set(ids)];
    const wanted = all.filter((id) => !into.clusters.has(id));
    if (wanted.length > 0) {
      const found = clustersOf(await query<ClusterWithOccurrencesRow>(clustersWhere('c.id = ANY($1::integer[])'), [wanted]));
      for (const id of wanted) into.clusters.set(id, null);
      keepClusters(into, found);
    }
    const clusters = all.slice(0, cited).flatMap((id) => into.clusters.get(id) ?? []);
    const later = all.slice(cited).flatMap((id) => into.clusters.get(id) ?? []);
    const articlesOf = (some: readonly QuoteCluster[]): string[] => some.flatMap((cluster) => cluster.occurrences.map((o) => o.articleId));
    inNewGroups(into.articlesLater, [...new Set(articlesOf(later))], ARTICLES_TOGETHER);
    // An answer that names every voice found (who was quoted most on a topic) asks for all of them: in one fetch.
    inNewGroups(into.speakersLater, [...new Set(speakersOfClusters(later))], LATER_SPEAKERS_TOGETHER);
    await Promise.all([loadArticles(into, articlesOf(clusters)), loadSpeakers(into, speakersOfClusters(clusters))]);
    // The sentences of every article found come together, as when all were fetched.
    inGroups(into.together, [...new Set(articlesOf([...clusters, ...later]))], ARTICLES_TOGETHER);
  };

  /** Speakers' statements, with the articles that carry them (an answer cites them). */
  const loadSpeakerStatements = async (into: Fetched, speakers: Iterable<string>): Promise<void> => {
    const ids = [...new Set(speakers)].filter((one) => !into.byEntity.has(one));
    if (ids.length === 0) return;
    const clusters = keepClusters(into, clustersOf(await query<ClusterWithOccurrencesRow>(clustersWhere('c.entity = ANY($1::text[])'), [ids])));
    const bySpeaker = new Map(ids.map((one) => [one, [] as QuoteCluster[]]));
    for (const cluster of clusters) bySpeaker.get(cluster.entity ?? '')?.push(cluster);
    for (const [one, own] of bySpeaker) into.byEntity.set(one, own);
    await Promise.all([loadArticles(into, clusters.flatMap((c) => c.occurrences.map((o) => o.articleId))), loadSpeakers(into, ids)]);
  };

  /** Articles' sentences and statements, and so the context links of their sentences. */
  const loadArticleContext = async (into: Fetched, articleIds: Iterable<string>): Promise<void> => {
    const wanted = [...new Set(articleIds)].filter((id) => !into.articleSentences.has(id));
    if (wanted.length === 0) return;
    const [sentenceRows, clusterRows] = await Promise.all([
      query<SentenceRow>(`SELECT ${SENTENCE_COLUMNS} FROM sentences s WHERE s.article_id = ANY($1::text[]) ORDER BY s.id`, [wanted]),
      query<ClusterWithOccurrencesRow>(clustersWhere('c.key IN (SELECT cluster_key FROM occurrences WHERE article_id = ANY($1::text[]))'), [wanted]),
    ]);
    const clusters = keepClusters(into, clustersOf(clusterRows));
    for (const id of wanted) {
      into.articleSentences.set(id, []);
      into.articleClusters.set(id, []);
    }
    for (const row of sentenceRows) {
      const sentence = into.sentences.get(row.id) ?? sentenceOf(row);
      into.sentences.set(sentence.id, sentence);
      into.articleSentences.get(sentence.articleId)?.push(sentence);
    }
    // Only the articles fetched now: one fetched before holds its clusters already.
    const fresh = new Set(wanted);
    for (const cluster of clusters) {
      for (const articleId of new Set(cluster.occurrences.map((o) => o.articleId))) if (fresh.has(articleId)) into.articleClusters.get(articleId)?.push(cluster);
    }
    await Promise.all([
      loadArticles(into, [...wanted, ...clusters.flatMap((cluster) => cluster.occurrences.map((o) => o.articleId))]),
      loadSpeakers(into, speakersOfClusters(clusters)),
    ]);
  };

  /** Sentences by id, the statements each is context for, and those statements (an answer weighs them next). */
  const loadSentences = async (into: Fetched, ids: Iterable<number>): Promise<void> => {
    const all = [...new Set(ids)];
    const wanted = all.filter((id) => !into.sentences.has(id));
    const linksWanted = all.filter((id) => !into.context.has(id));
    const [rows, links] = await Promise.all([
      wanted.length > 0 ? query<SentenceRow>(`SELECT ${SENTENCE_COLUMNS} FROM sentences s WHERE s.id = ANY($1::integer[])`, [wanted]) : Promise.resolve([]),
      linksWanted.length > 0
        ? query<{ sentence_id: number; cluster_id: number; own: boolean }>('SELECT sentence_id, cluster_id, own FROM context_links WHERE sentence_id = ANY($1::integer[]) ORDER BY sentence_id, ordinal', [linksWanted])
        : Promise.resolve([]),
    ]);
    for (const id of wanted) into.sentences.set(id, null);
    for (const row of rows) into.sentences.set(row.id, sentenceOf(row));
    // A sentence with no link (or not there at all) is context for nothing, as in the other stores.
    for (const id of linksWanted) into.context.set(id, []);
    for (const link of links) into.context.get(link.sentence_id)?.push({ cluster: link.cluster_id, own: link.own });
    await loadClusters(into, links.map((link) => link.cluster_id), CITED);
  };

  const indexOptions = { statements: statementOptions(normaliser), sentences: sentenceOptions(normaliser), speakers: speakerOptions(normaliser) };

  // Speakers too are searched in the database's index: one of every speaker held in the process grew with the archive.
  const search = (name: SearchIndexName, text: string, searchOptions: StoreSearchOptions = {}): SearchResult[] => {
    const key = `${name}:${text}:${same(searchOptions)}`;
    const known = fetched.searches.get(key);
    if (known) return known;
    return pending(`${name} search "${text}"`, async (into) => {
      const { among, ...rest } = searchOptions;
      // A search of the statements without a filter is followed by one of the sentences for the same words
      // (the sentence a statement stands in counts too): both are fetched at once.
      const alongside = name === 'statements' && !among ? `sentences:${text}:${same(searchOptions)}` : null;
      const [results, sentences] = await Promise.all([
        searchIndex(pool, name, text, indexOptions[name], { ...rest, held: held[name], cache: lists, ...(among ? { among: [...among] } : {}) }),
        alongside && !into.searches.has(alongside) ? searchIndex(pool, 'sentences', text, indexOptions.sentences, { ...rest, held: held.sentences, cache: lists }) : Promise.resolve(null),
      ]);
      into.searches.set(key, results);
      const ids = results.map((result) => result.id as number);
      // What the question reads next: the statements found and their articles, or the sentences found and what they are context for.
      if (name === 'statements') await loadClusters(into, ids, CITED);
      if (name === 'sentences') await loadSentences(into, ids);
      if (name === 'speakers') await loadPositions(into, ids);
      if (alongside && sentences) {
        into.searches.set(alongside, sentences);
        await loadSentences(into, sentences.map((result) => result.id as number));
      }
    });
  };

  const article = (id: string): ArticleRecord | undefined => {
    const known = fetched.articles.get(id);
    if (known !== undefined) return known ?? undefined;
    return pending(`article ${id}`, (into) => loadArticles(into, [id, ...(into.articlesLater.get(id) ?? [])]));
  };

  const cluster = (id: number): QuoteCluster | undefined => {
    const known = fetched.clusters.get(id);
    if (known !== undefined) return known ?? undefined;
    return pending(`statement ${id}`, (into) => loadClusters(into, [id]));
  };

  const sentence = (id: number): SentenceRecord | undefined => {
    const known = fetched.sentences.get(id);
    if (known !== undefined) return known ?? undefined;
    return pending(`sentence ${id}`, (into) => loadSentences(into, [id]));
  };

  const ofArticle = <T>(map: (into: Fetched) => Map<string, T[]>, id: string): readonly T[] => {
    const known = map(fetched).get(id);
    if (known) return known;
    // With the articles fetched alongside it (a speaker's, a search's): the answer reads theirs next.
    return pending(`the sentences and statements of article ${id}`, (into) => loadArticleContext(into, [id, ...(into.together.get(id) ?? [])]));
  };

  /** The speakers of ids the cache holds (those a look-up fetched with them). */
  const speakersOf = (ids: readonly string[]): SpeakerEntity[] => ids.flatMap((id) => fetched.speakers.get(id) ?? []);

  /**
   * A look-up of a list of speakers, kept by `key` in `map`: fetched with `load` when not held yet. The
   * speakers of a list whose statements are read together (a group's, a name's) are `together`.
   */
  const listed = <Key>(map: (into: Fetched) => Map<Key, readonly string[]>, key: Key, what: string, load: () => Promise<StoredSpeaker[]>, together = true): SpeakerEntity[] => {
    const known = map(fetched).get(key);
    if (known) return speakersOf(known);
    return pending(what, async (into) => {
      const ids = keepSpeakers(into, await load());
      if (together) listTogether(into, ids);
      map(into).set(key, ids);
    });
  };

  const speakerAt = (position: number): SpeakerEntity | undefined => {
    if (!Number.isInteger(position) || position < 0) return undefined;
    const id = fetched.positions.get(position);
    if (id !== undefined) return id === null ? undefined : (fetched.speakers.get(id) ?? undefined);
    return pending(`the speaker at ${position}`, (into) => loadPositions(into, [position]));
  };

  const entity = (id: string): SpeakerEntity | undefined => {
    const known = fetched.speakers.get(id);
    if (known !== undefined) return known ?? undefined;
    return pending(`speaker ${id}`, (into) => loadSpeakers(into, [id, ...(into.speakersLater.get(id) ?? [])]));
  };

  const speakersNamed = (words: readonly string[]): SpeakerEntity[] => {
    const distinct = [...new Set(words)].sort();
    if (distinct.length === 0) return [];
    const key = distinct.join('\u0000');
    const known = fetched.named.get(key);
    if (known) return speakersOf(known);
    // A question naming a person reads their statements next: those of the few a name names come with them.
    return pending(`the speakers named ${distinct.join(' ')}`, async (into) => {
      const ids = keepSpeakers(into, await speakersNamedInDatabase(query, distinct));
      listTogether(into, ids);
      into.named.set(key, ids);
      if (ids.length <= NAMESAKES_READ) await loadSpeakerStatements(into, ids);
    });
  };

  // With the speakers each near word names: the question weighs them next.
  const nameWordsNear = (term: string, distance: number): NearWord[] => {
    const unit = term.charAt(0);
    if (unit === '') return [];
    const words = nameWords.get(unit);
    const near = words ? wordsNear(words, term, distance) : null;
    if (near && near.every(({ word }) => fetched.named.has(word))) return near;
    return pending(`the name words near "${term}"`, async (into) => {
      const all = nameWords.get(unit) ?? (await nameWordsStartingWith(query, unit));
      nameWords.set(unit, all);
      const near = wordsNear(all, term, distance).map((found) => found.word);
      const missing = near.filter((word) => !into.named.has(word));
      if (missing.length > 0) for (const [word, speakers] of await speakersOfEachName(query, missing)) into.named.set(word, keepSpeakers(into, speakers));
      // A misspelt name of a few people: the one it turns out to be is read next.
      const named = new Set(near.flatMap((word) => into.named.get(word) ?? []));
      if (named.size <= NAMESAKES_READ) await loadSpeakerStatements(into, named);
    });
  };

  return {
    version: version.slice(0, 8),
    normaliser,
    vocabulary: heldVocabulary(held.statements, held.sentences),
    articleCount: totals[0]?.articles ?? 0,
    statementCount: totals[0]?.statements ?? 0,
    articles: () => fetched.everyArticle ?? pending('every article', async (into) => {
      into.everyArticle = (await query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a ORDER BY a.position`)).map(articleOf);
    }),
    article,
    articlesFrom: (from, count) => {
      const key = `${from}:${count}`;
      return fetched.windows.get(key) ?? pending(`articles ${from + 1} to ${from + count}`, async (into) => {
        const rows = await query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a ORDER BY a.position OFFSET $1 LIMIT $2`, [Math.max(0, from), Math.max(0, count)]);
        const window = rows.map(articleOf);
        // A list of sources shows how many statements each carries: counted with the window, in the same round trip's wake.
        await loadStatementCounts(into, window.map((article) => article.id));
        if (!into.windows.has(key)) into.windowArticles += window.length;
        into.windows.set(key, window);
      });
    },
    statementsIn: (id) => fetched.statementsPerArticle.get(id) ?? pending(`the statements of article ${id} counted`, (into) => loadStatementCounts(into, [id])),
    speakerAt,
    entity,
    // The most quoted are read one by one (/help stops at the first that gives an example): each has the most statements.
    mostQuoted: (count) => listed((into) => into.quoted, count, `the ${count} speakers quoted most`, () => mostQuotedInDatabase(query, count), false),
    speakersNamed,
    nameWordsNear,
    peopleWithRoleWords: (prefixes) => {
      const key = JSON.stringify(prefixes);
      return listed((into) => into.roleHolders, key, `the people whose roles hold ${key}`, () => peopleWithRoleWordsInDatabase(query, prefixes));
    },
    coverageCounts: () => counts ?? pending('the coverage counted', async () => {
      counts = await coverageCountsInDatabase(query);
    }),
    statementsHolding: (term) => held.statements.lookUp({ exact: [term], prefixes: [], near: [] }).exact.get(term)?.frequencies[0] ?? 0,
    clustersOf: (id) => {
      const known = fetched.byEntity.get(id);
      if (known) return known;
      // With the statements of the speakers listed with it (a group's members, a name's namesakes): the answer reads theirs next.
      return pending(`the statements of ${id}`, (into) => loadSpeakerStatements(into, [id, ...(into.speakersTogether.get(id) ?? [])]));
    },
    statementsBy: (id) => fetched.speakerStatements.get(id) ?? pending(`the statements of ${id} counted`, (into) => loadSpeakers(into, [id, ...(into.speakersLater.get(id) ?? [])])),
    outlets: () => outlets,
    clustersInArticle: (id) => ofArticle((into) => into.articleClusters, id),
    clusters: () => fetched.everyCluster ?? pending('every statement', async (into) => {
      into.everyCluster = keepClusters(into, clustersOf(await query<ClusterWithOccurrencesRow>(clustersWhere(null))));
    }),
    cluster,
    sentencesOf: (id) => ofArticle((into) => into.articleSentences, id),
    sentence,
    contextOf: (id) => {
      const known = fetched.context.get(id);
      if (known) return known;
      return pending(`what sentence ${id} is context for`, (into) => loadSentences(into, [id]));
    },
    searchStatements: (text, searchOptions) => search('statements', text, searchOptions),
    searchSentences: (text, searchOptions) => search('sentences', text, searchOptions),
    searchSpeakers: (text, searchOptions) => search('speakers', text, searchOptions),
    compareStatements: byStatementId,
  };
}

export type { SpeakerEntity };
