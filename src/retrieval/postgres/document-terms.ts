/**
 * A document's terms as minisearch indexes them (MiniSearch#add): each field
 * tokenised and each token processed by the index's Options, with the term
 * frequencies per field and minisearch's field length, which counts the
 * field's distinct tokens before processing (stop words included).
 */
import MiniSearch, { type Options } from 'minisearch';

export interface SearchDocument {
  id: number;
  /** Field values by field name; a missing field is indexed as empty text. */
  fields: Record<string, string>;
}

export interface DocumentTerms {
  id: number;
  /** minisearch's field length, per field of `options.fields`. */
  lengths: number[];
  /** Frequency per field of each term, in the order minisearch first meets the terms. */
  frequencies: Map<string, number[]>;
}

type Tokenize = (text: string, fieldName?: string) => string[];
type ProcessTerm = (term: string, fieldName?: string) => string | string[] | null | undefined | false;

/** The index's tokenizer and term processing, with minisearch's defaults when the Options leave them out. */
export function analysersOf(options: Options): { tokenize: Tokenize; processTerm: ProcessTerm } {
  return {
    tokenize: options.tokenize ?? (MiniSearch.getDefault('tokenize') as Tokenize),
    processTerm: options.processTerm ?? (MiniSearch.getDefault('processTerm') as ProcessTerm),
  };
}

export function documentTerms(document: SearchDocument, options: Options): DocumentTerms {
  const { tokenize, processTerm } = analysersOf(options);
  const fieldCount = options.fields.length;
  const lengths: number[] = [];
  const frequencies = new Map<string, number[]>();
  const count = (term: string, field: number): void => {
    let perField = frequencies.get(term);
    if (!perField) frequencies.set(term, (perField = new Array<number>(fieldCount).fill(0)));
    perField[field] = (perField[field] ?? 0) + 1;
  };
  options.fields.forEach((field, fieldId) => {
    const tokens = tokenize(document.fields[field] ?? '', field);
    lengths.push(new Set(tokens).size);
    for (const token of tokens) {
      const processed = processTerm(token, field);
      if (Array.isArray(processed)) for (const term of processed) count(term, fieldId);
      else if (processed) count(processed, fieldId);
    }
  });
  return { id: document.id, lengths, frequencies };
}
