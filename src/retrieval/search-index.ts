/**
 * The full-text indexes (minisearch): statements (one document per quote
 * cluster, its words only), sentences (context, and questions about no statement) and speakers
 * (for recognising names in questions and for autocomplete). All three share
 * one normaliser, so a question and an article meet on the same terms.
 */
import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
import type { Normaliser } from './normalise.js';
import type { SpeakerEntity } from '../attribution/index.js';
import type { CorpusSnapshot, QuoteCluster } from './snapshot.js';

export interface SearchIndexes {
  statements: MiniSearch;
  sentences: MiniSearch;
  speakers: MiniSearch;
}

export type { SearchResult };

/**
 * Fuzzy matching for typos: one edit in words of 5 to 9 letters, two in longer
 * ones; none in numbers or short words, where an edit makes another word.
 */
function fuzziness(term: string): number | false {
  if (term.length < 5 || /\d/.test(term)) return false;
  return term.length < 10 ? 1 : 2;
}

/** Search defaults: typos forgiven, the last word of a question may be the start of a word. */
export const SEARCH_DEFAULTS: SearchOptions = {
  fuzzy: fuzziness,
  prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 5 && !/\d/.test(term),
  weights: { fuzzy: 0.6, prefix: 0.5 },
  maxFuzzy: 2,
};

function options(normaliser: Normaliser, fields: string[], boost: Record<string, number>): Options {
  return {
    fields,
    idField: 'id',
    tokenize: normaliser.tokenize,
    processTerm: normaliser.processTerm,
    searchOptions: { ...SEARCH_DEFAULTS, boost },
  };
}

/**
 * Statements are found by their own words only: were the speaker's name
 * indexed with them, "who said Jane Roe will resign?" would find everything
 * Jane Roe said about anything, her name alone being most of the question.
 */
export function statementOptions(normaliser: Normaliser): Options {
  return options(normaliser, ['text'], { text: 1 });
}

export function sentenceOptions(normaliser: Normaliser): Options {
  return options(normaliser, ['text'], { text: 1 });
}

export function speakerOptions(normaliser: Normaliser): Options {
  // Speaker names keep every word: "Le", "Al" and "Of" matter in names.
  return {
    ...options(normaliser, ['name', 'aliases', 'roles'], { name: 3, aliases: 2, roles: 0.5 }),
    processTerm: (term: string) => normaliser.processTerm(term) ?? term.toLowerCase(),
  };
}

/** A document of an index: its id and its fields' text. */
export type IndexDocument = { id: number } & Record<string, string | number>;

/** The documents of each index, in the order they are indexed. */
export function indexDocuments(snapshot: CorpusSnapshot): Record<keyof SearchIndexes, IndexDocument[]> {
  return { statements: indexDocumentsOf(snapshot, 'statements'), sentences: indexDocumentsOf(snapshot, 'sentences'), speakers: indexDocumentsOf(snapshot, 'speakers') };
}

/** The documents of one index (indexDocuments's), in the order they are indexed. */
export function indexDocumentsOf(snapshot: CorpusSnapshot, name: keyof SearchIndexes): IndexDocument[] {
  if (name === 'statements') return snapshot.clusters.map(statementDocument);
  if (name === 'sentences') return snapshot.sentences.map((sentence) => ({ id: sentence.id, text: sentence.text }));
  return snapshot.entities.map(speakerDocument);
}

/** A speaker as the speaker index holds it: its id is its place in the list of entities. */
export function speakerDocument(entity: SpeakerEntity, index: number): IndexDocument {
  return { id: index, name: entity.name ?? '', aliases: entity.aliases.join(' | '), roles: entity.roles.join(' | ') };
}

/** A statement as the statement index holds it. */
export function statementDocument(cluster: QuoteCluster): { id: number; text: string } {
  // Every wording counts: a question may echo any outlet's version.
  return { id: cluster.id, text: [...new Set(cluster.occurrences.map((o) => o.text))].join(' \n ') };
}

/** Builds all three indexes from a snapshot. */
export function buildIndexes(snapshot: CorpusSnapshot, normaliser: Normaliser): SearchIndexes {
  const documents = indexDocuments(snapshot);
  const statements = new MiniSearch(statementOptions(normaliser));
  statements.addAll(documents.statements);
  const sentences = new MiniSearch(sentenceOptions(normaliser));
  sentences.addAll(documents.sentences);
  const speakers = new MiniSearch(speakerOptions(normaliser));
  speakers.addAll(documents.speakers);
  return { statements, sentences, speakers };
}
