/**
 * A thread's side of index-build-thread.ts: builds one index's rows and term
 * writes with IndexBuild, exactly as search-write.ts does in-thread, and
 * sends them back with the postings packed in one transferred buffer.
 */
import { parentPort } from 'node:worker_threads';
import { createNormaliser } from '../normalise.js';
import type { SearchDocument } from './document-terms.js';
import { IndexBuild, indexOptions } from './index-build.js';
import type { BuiltIndex, IndexBuildTask } from './index-build-thread.js';

const port = parentPort;
if (!port) throw new Error('index-build-worker.ts runs in a worker thread only');

function build(task: IndexBuildTask): BuiltIndex {
  const options = indexOptions(createNormaliser(task.synonyms))[task.name];
  const index = new IndexBuild(options, task.firstSeq);
  const batches = [];
  for (let from = 0; from < task.ids.length; from += task.batchSize) {
    const documents: SearchDocument[] = task.ids.slice(from, from + task.batchSize).map((id, at) => ({
      id,
      fields: Object.fromEntries(options.fields.map((field) => [field, task.fields[field]?.[from + at] ?? ''])),
    }));
    batches.push(index.addBatch(documents));
  }
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
    batches, lengthSums: index.lengthSums, firstSeq: task.firstSeq, nextSeq: index.seq, terms, changes,
    listTerms: lists.map((list) => list.term), listFields: lists.map((list) => list.field), listStarts, bytes,
  };
}

port.on('message', (task: IndexBuildTask) => {
  try {
    const built = build(task);
    // A new Uint8Array of its own: its buffer is an ArrayBuffer, moved, not copied.
    port.postMessage(built, [built.bytes.buffer as ArrayBuffer]);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
port.postMessage({ ready: true });
