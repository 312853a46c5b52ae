/**
 * A compact index copied from a built minisearch index (its private term
 * tree and maps): the reference the directly built one is held to.
 */
import type MiniSearch from 'minisearch';
import type SearchableMap from 'minisearch/SearchableMap';
import { termsOfTree, type CompactIndexData } from '../../src/retrieval/compact-index.js';

/** A copy of minisearch's term tree (nested maps; a term's value under the key "") with term numbers for values. */
function numberedTree(tree: Map<string, unknown>, numbers: ReadonlyMap<unknown, number>): Map<string, unknown> {
  const copy = new Map<string, unknown>();
  for (const [key, value] of tree) {
    if (key !== '') copy.set(key, numberedTree(value as Map<string, unknown>, numbers));
    else if (numbers.has(value)) copy.set(key, numbers.get(value));
  }
  return copy;
}

// minisearch's internals are untyped from outside: read here once, checked, to copy a built index.
interface Internals {
  _index: SearchableMap<Map<number, Map<number, number>>> & { _tree: Map<string, unknown> };
  _documentIds: Map<number, unknown>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _fieldIds: Record<string, number>;
}

/** The compact form of a built one-field minisearch index. */
export function compactIndexData(index: MiniSearch, field: string): CompactIndexData {
  const internals = index as unknown as Internals;
  const fieldId = internals._fieldIds[field];
  if (fieldId === undefined || !(internals._documentIds instanceof Map)) throw new Error(`the index has no field "${field}" in a layout this code knows`);
  const size = Math.max(-1, ...internals._documentIds.keys()) + 1;
  const ids = new Int32Array(size).fill(-1);
  const fieldLengths = new Uint32Array(size);
  for (const [shortId, id] of internals._documentIds) {
    if (typeof id !== 'number' || !Number.isInteger(id)) throw new Error('a compact index holds documents with whole-number ids only');
    ids[shortId] = id;
    fieldLengths[shortId] = internals._fieldLength.get(shortId)?.[fieldId] ?? 0;
  }
  const numbers = new Map<unknown, number>();
  const starts: number[] = [0];
  const docs: number[] = [];
  const frequencies: number[] = [];
  for (const [, byField] of internals._index) {
    const postings = byField.get(fieldId);
    if (!postings || postings.size === 0) continue;
    numbers.set(byField, starts.length - 1);
    let previous = -1;
    for (const [shortId, frequency] of postings) {
      // In the order documents were added, as in any index never edited: a search meets them in that order.
      if (shortId <= previous) throw new Error('a compact index is made from an index whose documents were only ever added');
      previous = shortId;
      docs.push(shortId);
      frequencies.push(frequency);
    }
    starts.push(docs.length);
  }
  return {
    field, documentCount: internals._documentCount, averageFieldLength: internals._avgFieldLength[fieldId] ?? 0, ids, fieldLengths,
    ...termsOfTree(numberedTree(internals._index._tree, numbers)),
    termStarts: Uint32Array.from(starts), postingDocs: Int32Array.from(docs), postingFrequencies: Uint32Array.from(frequencies),
  };
}

