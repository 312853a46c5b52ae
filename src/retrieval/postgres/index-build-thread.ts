/**
 * Building one search index on a thread of its own (index-build-worker.ts):
 * the documents go there as plain arrays, the built index comes back with
 * its postings in one transferred buffer, and search-write.ts writes it
 * while the calling thread works out the other tables. The result is what
 * IndexBuild gives in-thread: the same code runs there.
 */
import type { SynonymConfig } from '../normalise.js';
import { startModuleThread } from '../module-thread.js';
import type { SearchDocument } from './document-terms.js';
import type { DocumentRows } from './index-build.js';
import type { SearchIndexName } from './search.js';

/** What the thread is asked to build: documents as ids and each field's texts. */
export interface IndexBuildTask {
  name: SearchIndexName;
  synonyms: SynonymConfig;
  firstSeq: number;
  ids: number[];
  fields: Record<string, string[]>;
  /** Documents per batch of rows. */
  batchSize: number;
}

/** An index built whole: IndexBuild's rows and term writes, its postings packed. */
export interface BuiltIndex {
  batches: DocumentRows[];
  lengthSums: number[];
  firstSeq: number;
  nextSeq: number;
  /** The terms in the order minisearch first indexes them, and each one's change in document frequencies per field. */
  terms: string[];
  changes: number[][];
  /** List `i` is term `terms[listTerms[i]]` in field `listFields[i]`: `bytes` from `listStarts[i]` to `listStarts[i + 1]`. */
  listTerms: number[];
  listFields: number[];
  listStarts: number[];
  bytes: Uint8Array;
}

type BuildResult = BuiltIndex | { error: string };

/**
 * Builds the index `name` of `documents` on a new thread; rejects when the thread cannot start or the build
 * fails there (the caller then builds in-thread).
 */
export async function buildOnThread(name: SearchIndexName, documents: readonly SearchDocument[], fieldNames: readonly string[], synonyms: SynonymConfig, batchSize: number): Promise<BuiltIndex> {
  const worker = await startModuleThread(import.meta.url, 'index-build-worker', null);
  try {
    const fields = Object.fromEntries(fieldNames.map((field) => [field, documents.map((document) => document.fields[field] ?? '')]));
    const task: IndexBuildTask = { name, synonyms, firstSeq: 0, ids: documents.map((document) => document.id), fields, batchSize };
    const result = await new Promise<BuildResult>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the index thread exited (code ${code})`)));
      worker.postMessage(task);
    });
    if ('error' in result) throw new Error(`building the ${name} index on a thread failed: ${result.error}`);
    return result;
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
