/**
 * A thread's side of index-build-thread.ts: builds one index's rows and term
 * writes with IndexBuild, exactly as search-write.ts does in-thread, sending
 * each batch's rows back as soon as it is full, and the terms at the end with
 * the postings packed in one transferred buffer.
 */
import { parentPort } from 'node:worker_threads';
import { createNormaliser } from '../normalise.js';
import type { SearchDocument } from './document-terms.js';
import { IndexBuild, indexOptions } from './index-build.js';
import type { BuiltTerms, IndexBuildMessage, IndexBuildReply, IndexBuildStart } from './index-build-thread.js';

const port = parentPort;
if (!port) throw new Error('index-build-worker.ts runs in a worker thread only');

/** The build under way: documents wait until a batch is full (or the last comes). */
interface Build {
  index: IndexBuild;
  fields: readonly string[];
  batchSize: number;
  pending: SearchDocument[];
}

function started(task: IndexBuildStart): Build {
  const options = indexOptions(createNormaliser(task.synonyms))[task.name];
  return { index: new IndexBuild(options, task.firstSeq), fields: options.fields, batchSize: task.batchSize, pending: [] };
}

/** Builds and sends the rows of each full batch, or of every pending document when `all`. */
function sendBatches(build: Build, all: boolean): void {
  while (build.pending.length >= build.batchSize || (all && build.pending.length > 0)) {
    const rows = build.index.addBatch(build.pending.splice(0, build.batchSize));
    port?.postMessage({ kind: 'rows', rows } satisfies IndexBuildReply);
  }
}

function builtTerms(index: IndexBuild, firstSeq: number): BuiltTerms {
  const terms: string[] = [];
  const changes: number[][] = [];
  const lists: { term: number; field: number; data: Uint8Array }[] = [];
  for (const [term, writes] of index.written) {
    writes.lists.forEach((builder, field) => {
      if (builder) lists.push({ term: terms.length, field, data: builder.data() });
    });
    terms.push(term);
    changes.push(writes.change);
  }
  const listStarts = [0];
  for (const list of lists) listStarts.push((listStarts.at(-1) as number) + list.data.length);
  const bytes = new Uint8Array(listStarts.at(-1) as number);
  lists.forEach((list, at) => bytes.set(list.data, listStarts[at] as number));
  return {
    lengthSums: index.lengthSums, firstSeq, nextSeq: index.seq, terms, changes,
    listTerms: lists.map((list) => list.term), listFields: lists.map((list) => list.field), listStarts, bytes,
  };
}

let build: Build | null = null;
let firstSeq = 0;

port.on('message', (message: IndexBuildMessage) => {
  try {
    if (message.kind === 'start') {
      build = started(message);
      firstSeq = message.firstSeq;
      return;
    }
    if (!build) throw new Error('documents before the start');
    const current = build;
    if (message.kind === 'documents') {
      message.ids.forEach((id, at) => current.pending.push({ id, fields: Object.fromEntries(current.fields.map((field) => [field, message.fields[field]?.[at] ?? ''])) }));
      sendBatches(current, false);
      return;
    }
    sendBatches(current, true);
    const terms = builtTerms(current.index, firstSeq);
    build = null;
    // A new Uint8Array of its own: its buffer is an ArrayBuffer, moved, not copied.
    port.postMessage({ kind: 'built', ...terms } satisfies IndexBuildReply, [terms.bytes.buffer as ArrayBuffer]);
  } catch (error) {
    port.postMessage({ kind: 'error', error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies IndexBuildReply);
  }
});
port.postMessage({ ready: true });
