/**
 * What adding documents to a search index writes, worked out without the
 * database: per batch of documents the rows of search_documents (and of
 * search_frequency_overflow), and over all of them each term's change in
 * document frequencies and new postings per field. Pure; search-write.ts
 * sends it, built in-thread batch by batch or whole on a thread of its own
 * (index-build-thread.ts).
 */
import type { Options } from 'minisearch';
import { documentTerms, type SearchDocument } from './document-terms.js';
import { PostingsBuilder } from './postings-codec.js';
import type { SearchIndexName } from './search.js';
import { frequencySpan, tsvectorText } from './tsvector-text.js';
import type { Normaliser } from '../normalise.js';
import { sentenceOptions, speakerOptions, statementOptions } from '../search-index.js';

/** The rows of one batch of documents, as the INSERTs of search-write.ts take them. */
export interface DocumentRows {
  ids: number[];
  seqs: number[];
  /** Each document's field lengths as an array literal. */
  lengths: string[];
  /** Each document's tsvector text. */
  terms: string[];
  /** [id, term, field, frequency] of each frequency too large for a tsvector position. */
  overflow: [number, string, number, number][];
}

/** A term's change in document frequencies and its new postings, per field. */
export interface TermWrites {
  change: number[];
  lists: (PostingsBuilder | undefined)[];
}

export function arrayLiteral(values: readonly number[]): string {
  return `{${values.join(',')}}`;
}

/** Documents added batch by batch, numbered from `firstSeq` in the order they come (minisearch's short ids). */
export class IndexBuild {
  /** Per term, in the order minisearch first indexes each term. */
  readonly written = new Map<string, TermWrites>();
  readonly lengthSums: number[];
  /** The seq the next document gets. */
  seq: number;
  private readonly span: number;

  constructor(private readonly options: Options, firstSeq: number) {
    this.lengthSums = options.fields.map(() => 0);
    this.seq = firstSeq;
    this.span = frequencySpan(options.fields.length);
  }

  /** Adds a batch of documents; returns their rows. */
  addBatch(documents: readonly SearchDocument[]): DocumentRows {
    const { fields } = this.options;
    const analysed = documents.map((document) => documentTerms(document, this.options));
    const rows: DocumentRows = { ids: [], seqs: [], lengths: [], terms: [], overflow: [] };
    for (const document of analysed) {
      const documentSeq = this.seq++;
      rows.ids.push(document.id);
      rows.seqs.push(documentSeq);
      rows.lengths.push(arrayLiteral(document.lengths));
      rows.terms.push(tsvectorText(document.frequencies, this.span));
      document.lengths.forEach((length, field) => (this.lengthSums[field] = (this.lengthSums[field] as number) + length));
      for (const [term, perField] of document.frequencies) {
        let entry = this.written.get(term);
        if (!entry) this.written.set(term, (entry = { change: fields.map(() => 0), lists: [] }));
        for (let field = 0; field < perField.length; field++) {
          const frequency = perField[field] as number;
          if (frequency <= 0) continue;
          entry.change[field] = (entry.change[field] as number) + 1;
          (entry.lists[field] ??= new PostingsBuilder()).add(documentSeq, document.id, frequency, document.lengths[field] as number);
          if (frequency >= this.span) rows.overflow.push([document.id, term, field, frequency]);
        }
      }
    }
    return rows;
  }
}

/** Each index's Options, as buildIndexes gives them (search-index.ts). */
export function indexOptions(normaliser: Normaliser): Record<SearchIndexName, Options> {
  return { statements: statementOptions(normaliser), sentences: sentenceOptions(normaliser), speakers: speakerOptions(normaliser) };
}
