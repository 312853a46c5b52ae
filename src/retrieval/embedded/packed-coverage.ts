/**
 * The coverage packed into sections for the embedded store, and opened from
 * them. What every question needs is read at once: the articles and the
 * speakers, the speaker index (minisearch's state), and the statement and
 * sentence indexes as compact indexes (compact-index.ts: one sorted list of
 * their terms, and typed arrays of postings). Statements and sentences stay packed
 * (numbers in typed arrays, texts in one block) and are unpacked one by one
 * when a question touches them, so a warm start does not turn every
 * statement of the corpus into objects. The statements' and sentences' texts
 * (most of the file) stay in the file and are read one at a time
 * (FILE_SECTIONS).
 */
import { weakCache } from './weak-cache.js';
import { lazyCluster } from './lazy-cluster.js';
import v8 from 'node:v8';
import type { SpeakerEntity } from '../../attribution/index.js';
import { contextLinks, type ContextLink } from '../context-links.js';
import { byStatementId, coverageVersion, outletsOf, searchWith, type Coverage } from '../coverage.js';
import type { Normaliser } from '../normalise.js';
import MiniSearch from 'minisearch';
import { sentenceOptions, speakerDocument, speakerOptions, statementDocument, statementOptions } from '../search-index.js';
import type { ArticleRecord, CorpusSnapshot, QuoteCluster, SentenceRecord } from '../snapshot.js';
import { speakerLookups } from '../speaker-lookups.js';
import { vocabularyOf } from '../vocabulary.js';
import { buildCompactIndexData, openCompactIndex, shareTerms, type CompactIndex, type CompactIndexData } from '../compact-index.js';
import { SortedTerms } from '../sorted-terms.js';
import { indexState, restoreIndex } from './index-state.js';
import { packTexts } from './text-block.js';
import type { FileSection } from './sections.js';

interface Meta {
  version: string;
  articles: ArticleRecord[];
  entities: SpeakerEntity[];
}

const bytesOf = (array: Uint32Array | Int32Array): Uint8Array => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

/** Lists of numbers, one a key: all values in one array, and where each key's start (CSR). */
function packLists(lists: readonly (readonly number[])[]): [Int32Array, Uint32Array] {
  const offsets = new Uint32Array(lists.length + 1);
  lists.forEach((list, index) => (offsets[index + 1] = (offsets[index] ?? 0) + list.length));
  const values = new Int32Array(offsets[lists.length] ?? 0);
  lists.forEach((list, index) => values.set(list, offsets[index]));
  return [values, offsets];
}

/**
 * The sections of a coverage, its indexes built on the way; throws when an
 * index cannot be saved (another minisearch layout). Each part is packed by
 * a function of its own, so what one builds is free before the next begins.
 */
export function packCoverage(snapshot: CorpusSnapshot, normaliser: Normaliser): Map<string, Uint8Array> {
  const sections = new Map<string, Uint8Array>();
  const meta: Meta = { version: coverageVersion(snapshot), articles: snapshot.articles, entities: snapshot.entities };
  sections.set('meta', v8.serialize(meta));
  packClusters(sections, snapshot);
  packSentences(sections, snapshot);
  packContext(sections, snapshot);
  packIndexes(sections, snapshot, normaliser);
  return sections;
}

/** Each statement as JSON (plain data), unpacked one by one as questions touch them; and each speaker's and article's statements. */
function packClusters(sections: Map<string, Uint8Array>, snapshot: CorpusSnapshot): void {
  const [clusters, clusterOffsets] = packTexts(snapshot.clusters.map((cluster) => JSON.stringify(cluster)));
  sections.set('clusters', clusters).set('clusterOffsets', bytesOf(clusterOffsets));
  const entityIndex = new Map(snapshot.entities.map((entity, index) => [entity.id, index]));
  const byEntity: number[][] = snapshot.entities.map(() => []);
  const articleIndex = new Map(snapshot.articles.map((article, index) => [article.id, index]));
  const byArticle: number[][] = snapshot.articles.map(() => []);
  for (const cluster of snapshot.clusters) {
    if (cluster.entity !== null) byEntity[entityIndex.get(cluster.entity) ?? -1]?.push(cluster.id);
    for (const id of new Set(cluster.occurrences.map((o) => o.articleId))) byArticle[articleIndex.get(id) ?? -1]?.push(cluster.id);
  }
  const [entityClusters, entityOffsets] = packLists(byEntity);
  const [articleClusters, articleOffsets] = packLists(byArticle);
  sections.set('entityClusters', bytesOf(entityClusters)).set('entityOffsets', bytesOf(entityOffsets));
  sections.set('articleClusters', bytesOf(articleClusters)).set('articleOffsets', bytesOf(articleOffsets));
}

/** The sentences' texts in one block, their spans, and where each article's start. */
function packSentences(sections: Map<string, Uint8Array>, snapshot: CorpusSnapshot): void {
  const articleIndex = new Map(snapshot.articles.map((article, index) => [article.id, index]));
  const [texts, textOffsets] = packTexts(snapshot.sentences.map((sentence) => sentence.text));
  const spans = new Int32Array(snapshot.sentences.length * 2);
  const firstSentence = new Uint32Array(snapshot.articles.length + 1);
  snapshot.sentences.forEach((sentence, index) => {
    spans[index * 2] = sentence.start;
    spans[index * 2 + 1] = sentence.end;
    firstSentence[(articleIndex.get(sentence.articleId) ?? 0) + 1] = index + 1;
  });
  // An article without sentences starts where the one before it ends.
  for (let index = 1; index < firstSentence.length; index++) firstSentence[index] = Math.max(firstSentence[index] ?? 0, firstSentence[index - 1] ?? 0);
  sections.set('sentenceTexts', texts).set('sentenceOffsets', bytesOf(textOffsets)).set('sentenceSpans', bytesOf(spans)).set('firstSentence', bytesOf(firstSentence));
}

/** Each sentence's context links (context-links.ts). */
function packContext(sections: Map<string, Uint8Array>, snapshot: CorpusSnapshot): void {
  const sentencesOf = new Map<string, SentenceRecord[]>();
  for (const sentence of snapshot.sentences) {
    const list = sentencesOf.get(sentence.articleId);
    if (list) list.push(sentence);
    else sentencesOf.set(sentence.articleId, [sentence]);
  }
  const links = contextLinks(snapshot.clusters, (id) => sentencesOf.get(id) ?? []);
  const [contextValues, contextOffsets] = packLists(snapshot.sentences.map((sentence) => (links.get(sentence.id) ?? []).map((link) => link.cluster * 2 + Number(link.own))));
  sections.set('context', bytesOf(contextValues)).set('contextOffsets', bytesOf(contextOffsets));
}

/** The three indexes, one after another: statements and sentences as compact indexes sharing one list of terms, speakers as minisearch's state. */
function packIndexes(sections: Map<string, Uint8Array>, snapshot: CorpusSnapshot, normaliser: Normaliser): void {
  const [statements, sentences] = shareTerms([
    buildCompactIndexData(snapshot.clusters.map(statementDocument), statementOptions(normaliser)),
    buildCompactIndexData(snapshot.sentences.map(({ id, text }) => ({ id, text })), sentenceOptions(normaliser)),
  ]) as [CompactIndexData, CompactIndexData];
  // Code units as they are (UTF-16), so any term comes back the very same.
  sections.set('terms:text', Buffer.from(statements.terms.text, 'utf16le')).set('terms:starts', bytesOf(statements.terms.starts));
  packCompact(sections, 'statements', statements);
  packCompact(sections, 'sentences', sentences);
  const speakers = new MiniSearch(speakerOptions(normaliser));
  speakers.addAll(snapshot.entities.map(speakerDocument));
  const state = indexState(speakers);
  if (!state) throw new Error('this minisearch release keeps its index in a layout the embedded store does not know');
  sections.set('index:speakers', state);
}

/** A compact index as sections (its terms apart, as indexes share them): what is not numbers in one, each array in its own. */
function packCompact(sections: Map<string, Uint8Array>, name: string, compact: CompactIndexData): void {
  const { ids, fieldLengths, terms: _terms, termNumbers, termRanks, termStarts, postingDocs, postingFrequencies, ...rest } = compact;
  sections.set(`${name}:meta`, v8.serialize(rest)).set(`${name}:ids`, bytesOf(ids)).set(`${name}:fieldLengths`, bytesOf(fieldLengths));
  sections.set(`${name}:termNumbers`, bytesOf(termNumbers)).set(`${name}:termRanks`, bytesOf(termRanks));
  sections.set(`${name}:termStarts`, bytesOf(termStarts)).set(`${name}:postingDocs`, bytesOf(postingDocs)).set(`${name}:postingFrequencies`, bytesOf(postingFrequencies));
}

function unpackTerms(section: (name: string) => Buffer): SortedTerms {
  return new SortedTerms(section('terms:text').toString('utf16le'), uint32s(section('terms:starts')));
}

function unpackCompact(section: (name: string) => Buffer, name: string, terms: SortedTerms): CompactIndexData {
  return {
    ...(v8.deserialize(section(`${name}:meta`)) as Pick<CompactIndexData, 'field' | 'documentCount' | 'averageFieldLength'>),
    ids: int32s(section(`${name}:ids`)), fieldLengths: uint32s(section(`${name}:fieldLengths`)),
    terms, termNumbers: int32s(section(`${name}:termNumbers`)), termRanks: uint32s(section(`${name}:termRanks`)),
    termStarts: uint32s(section(`${name}:termStarts`)), postingDocs: int32s(section(`${name}:postingDocs`)), postingFrequencies: uint32s(section(`${name}:postingFrequencies`)),
  };
}

const int32s = (bytes: Buffer): Int32Array => new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
const uint32s = (bytes: Buffer): Uint32Array => new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);

/** A packed coverage opened, with its indexes, which a layered coverage (layered-coverage.ts) searches as segments. */
export interface PackedCoverage {
  coverage: Coverage;
  statements: CompactIndex;
  sentences: CompactIndex;
  speakers: MiniSearch;
  /** Every speaker, in the order the speaker index numbers them. */
  entities: readonly SpeakerEntity[];
}

/** The sections left in the file and read a piece at a time: of them a question reads a few statements and sentences. */
export const FILE_SECTIONS = ['clusters', 'sentenceTexts'] as const;

/** A packed coverage's sections as read: those of FILE_SECTIONS from the file, the rest in memory. */
export interface PackedSections {
  section: (name: string) => Buffer;
  fileSection: (name: (typeof FILE_SECTIONS)[number]) => FileSection;
}

/** Opens a packed coverage with its indexes; null when an index was saved by another minisearch release. */
export function openPackedCoverage({ section, fileSection }: PackedSections, normaliser: Normaliser): PackedCoverage | null {
  const speakers = restoreIndex(section('index:speakers'), speakerOptions(normaliser));
  if (!speakers) return null;
  const terms = unpackTerms(section);
  const statements = openCompactIndex(unpackCompact(section, 'statements', terms), statementOptions(normaliser));
  const sentences = openCompactIndex(unpackCompact(section, 'sentences', terms), sentenceOptions(normaliser));
  const meta = v8.deserialize(section('meta')) as Meta;
  const clusterBlock = fileSection('clusters');
  const clusterOffsets = uint32s(section('clusterOffsets'));
  const entityClusters = int32s(section('entityClusters'));
  const entityOffsets = uint32s(section('entityOffsets'));
  const articleClusters = int32s(section('articleClusters'));
  const articleOffsets = uint32s(section('articleOffsets'));
  const sentenceTexts = fileSection('sentenceTexts');
  const sentenceOffsets = uint32s(section('sentenceOffsets'));
  const sentenceSpans = int32s(section('sentenceSpans'));
  const firstSentence = uint32s(section('firstSentence'));
  const context = int32s(section('context'));
  const contextOffsets = uint32s(section('contextOffsets'));
  const articleIndex = new Map(meta.articles.map((article, index) => [article.id, index]));
  const entityIndex = new Map(meta.entities.map((entity, index) => [entity.id, index]));
  const statementCount = clusterOffsets.length - 1;
  const sentenceCount = sentenceOffsets.length - 1;
  // Unpacked once each and kept while held: answering compares statements and sentences by identity within a question.
  const clusters = weakCache<QuoteCluster>(statementCount);
  const byEntity = weakCache<QuoteCluster[]>(meta.entities.length);
  const byArticle = weakCache<SentenceRecord[]>(meta.articles.length);
  const sentenceById = weakCache<SentenceRecord>(sentenceCount);
  const none: readonly never[] = [];
  let outlets: string[] | undefined;
  const parseCluster = (id: number): QuoteCluster => JSON.parse(clusterBlock.toString('utf8', clusterOffsets[id] ?? 0, clusterOffsets[id + 1] ?? 0)) as QuoteCluster;
  const statementsBy = (id: string): number => {
    const index = entityIndex.get(id);
    return index === undefined ? 0 : (entityOffsets[index + 1] ?? 0) - (entityOffsets[index] ?? 0);
  };
  const cluster = (id: number): QuoteCluster | undefined => {
    if (!Number.isInteger(id) || id < 0 || id >= statementCount) return undefined;
    return clusters(id, () => lazyCluster(id, parseCluster));
  };
  const sentence = (id: number): SentenceRecord | undefined => {
    if (!Number.isInteger(id) || id < 0 || id >= sentenceCount) return undefined;
    return sentenceById(id, () => {
      // The article is the last whose first sentence is at or before this one.
      let low = 0;
      let high = meta.articles.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((firstSentence[middle] ?? 0) <= id) low = middle;
        else high = middle - 1;
      }
      const text = sentenceTexts.toString('utf8', sentenceOffsets[id] ?? 0, sentenceOffsets[id + 1] ?? 0);
      return { id, articleId: meta.articles[low]?.id ?? '', start: sentenceSpans[id * 2] ?? 0, end: sentenceSpans[id * 2 + 1] ?? 0, text };
    });
  };
  const coverage: Coverage = {
    version: meta.version,
    normaliser,
    vocabulary: vocabularyOf([statements, sentences]),
    articleCount: meta.articles.length,
    statementCount,
    articles: () => meta.articles,
    articlesFrom: (from, count) => meta.articles.slice(from, from + count),
    article: (id) => meta.articles[articleIndex.get(id) ?? -1],
    statementsIn: (id) => {
      const index = articleIndex.get(id);
      return index === undefined ? 0 : (articleOffsets[index + 1] ?? 0) - (articleOffsets[index] ?? 0);
    },
    ...speakerLookups(meta.entities, statementsBy, normaliser, () => meta.articles),
    entity: (id) => meta.entities[entityIndex.get(id) ?? -1],
    clustersOf: (id) => {
      const index = entityIndex.get(id);
      if (index === undefined) return none;
      return byEntity(index, () => [...entityClusters.subarray(entityOffsets[index], entityOffsets[index + 1])].flatMap((clusterId) => cluster(clusterId) ?? []));
    },
    statementsBy,
    statementsHolding: (term) => statements.frequency(term),
    outlets: () => (outlets ??= outletsOf(meta.articles)),
    clustersInArticle: (id) => {
      const index = articleIndex.get(id);
      if (index === undefined) return none;
      return [...articleClusters.subarray(articleOffsets[index], articleOffsets[index + 1])].flatMap((clusterId) => cluster(clusterId) ?? []);
    },
    clusters: () => Array.from({ length: statementCount }, (_, id) => cluster(id) as QuoteCluster),
    cluster,
    sentencesOf: (id) => {
      const index = articleIndex.get(id);
      if (index === undefined) return none;
      return byArticle(index, () => {
        const list: SentenceRecord[] = [];
        for (let s = firstSentence[index] ?? 0; s < (firstSentence[index + 1] ?? 0); s++) list.push(sentence(s) as SentenceRecord);
        return list;
      });
    },
    sentence,
    contextOf: (id): ContextLink[] => {
      if (!Number.isInteger(id) || id < 0 || id >= sentenceCount) return [];
      const links: ContextLink[] = [];
      for (let at = contextOffsets[id] as number; at < (contextOffsets[id + 1] as number); at++) links.push({ cluster: (context[at] as number) >> 1, own: ((context[at] as number) & 1) === 1 });
      return links;
    },
    searchStatements: (query, options) => statements.search(query, options),
    searchSentences: (query, options) => sentences.search(query, options),
    searchSpeakers: (query, options) => searchWith(speakers, query, options),
    compareStatements: byStatementId,
  };
  return { coverage, statements, sentences, speakers, entities: meta.entities };
}
