/**
 * Building one search index on a thread of its own (index-build-worker.ts):
 * documents go there in chunks as plain arrays, as soon as the caller has
 * them (an ingest sends the sentences before the merge, which does not change
 * them); each batch's rows come back as soon as it is built, so the server
 * stores them while the thread goes on, and the terms come last, their
 * postings in one transferred buffer. The result is what IndexBuild gives
 * in-thread: the same code runs there.
 */
import type { Worker } from 'node:worker_threads';
import type { SynonymConfig } from '../normalise.js';
import { startModuleThread } from '../module-thread.js';
import type { SearchDocument } from './document-terms.js';
import type { DocumentRows } from './index-build.js';
import type { SearchIndexName } from './search.js';

/** What the thread is asked to build. */
export interface IndexBuildStart {
  kind: 'start';
  name: SearchIndexName;
  synonyms: SynonymConfig;
  firstSeq: number;
  /** Documents per batch of rows. */
  batchSize: number;
}

/** The next documents, in the order they are added: ids and each field's texts. */
export interface IndexBuildDocuments {
  kind: 'documents';
  ids: number[];
  fields: Record<string, string[]>;
}

export type IndexBuildMessage = IndexBuildStart | IndexBuildDocuments | { kind: 'end' };

/** What IndexBuild holds once every document is added: the statistics and the terms' writes. */
export interface BuiltTerms {
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

export type IndexBuildReply = { kind: 'rows'; rows: DocumentRows } | ({ kind: 'built' } & BuiltTerms) | { kind: 'error'; error: string };

/** An index being built on a thread: documents are added, rows taken as they come, then the terms. */
export class IndexOnThread {
  /** Rows built and not yet taken, and a taker waiting for the next. */
  private readonly ready: DocumentRows[] = [];
  private waiting: (() => void) | null = null;
  private finished: BuiltTerms | null = null;
  private failure: Error | null = null;

  private constructor(private readonly worker: Worker, readonly name: SearchIndexName, private readonly fieldNames: readonly string[]) {
    worker.on('message', (reply: IndexBuildReply) => {
      if (reply.kind === 'rows') this.ready.push(reply.rows);
      else if (reply.kind === 'built') this.finished = reply;
      else this.fail(new Error(`building the ${name} index on a thread failed: ${reply.error}`));
      this.wake();
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the ${name} index thread exited (code ${code})`)));
  }

  /** Starts the thread; rejects when it cannot start (the caller then builds in-thread). */
  static async start(name: SearchIndexName, fieldNames: readonly string[], synonyms: SynonymConfig, batchSize: number): Promise<IndexOnThread> {
    const worker = await startModuleThread(import.meta.url, 'index-build-worker', null);
    worker.postMessage({ kind: 'start', name, synonyms, firstSeq: 0, batchSize } satisfies IndexBuildStart);
    return new IndexOnThread(worker, name, fieldNames);
  }

  /** Sends the next documents (ids in the order minisearch would add them). */
  add(documents: readonly SearchDocument[]): void {
    this.addColumns(documents.map((document) => document.id), Object.fromEntries(this.fieldNames.map((field) => [field, documents.map((document) => document.fields[field] ?? '')])));
  }

  /** The same as add, the documents given as their ids and each field's texts (a missing field is empty text). */
  addColumns(ids: number[], fields: Record<string, string[]>): void {
    this.worker.postMessage({ kind: 'documents', ids, fields } satisfies IndexBuildDocuments);
  }

  /** No more documents: the thread builds what is left, then the terms. */
  end(): void {
    this.worker.postMessage({ kind: 'end' } satisfies IndexBuildMessage);
  }

  /** The next batch's rows, or null once every batch was taken and the terms are built; rejects when the build failed. */
  async nextRows(): Promise<DocumentRows | null> {
    for (;;) {
      const rows = this.ready.shift();
      if (rows) return rows;
      if (this.failure) throw this.failure;
      if (this.finished) return null;
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  /** The terms, once every row was taken (nextRows gave null). */
  terms(): BuiltTerms {
    if (!this.finished) throw new Error(`the ${this.name} index is not built yet`);
    return this.finished;
  }

  /** Stops the thread; a taker still waiting for rows is told the build stopped. */
  async close(): Promise<void> {
    this.fail(new Error(`the ${this.name} index thread was closed`));
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.();
  }
}
