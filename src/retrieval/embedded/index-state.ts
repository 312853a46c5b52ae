/**
 * A minisearch index saved as its own state (its term tree and document
 * maps, in V8's binary serialisation) rather than as `toJSON()`: loading
 * the JSON form rebuilds every map of every term, which on a large corpus
 * takes most of a second; the state deserialises as the maps it was. The
 * state is minisearch's private layout, so it is read and written here only,
 * checked field by field, and tied to the minisearch version: a state
 * from another version is refused (null), and the caller rebuilds the index.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import MiniSearch, { type Options } from 'minisearch';

/** The private fields of a MiniSearch index that make up its content. */
const FIELDS = ['_documentCount', '_documentIds', '_idToShortId', '_fieldIds', '_fieldLength', '_avgFieldLength', '_nextId', '_storedFields', '_dirtCount'] as const;

/** The minisearch release the states are written by; a state of another is never read. */
export const MINISEARCH_VERSION: string = installedVersion('minisearch');

/** A package's version from its package.json, found above its entry point (its "exports" hide the file itself). */
function installedVersion(name: string): string {
  let folder = path.dirname(createRequire(import.meta.url).resolve(name));
  for (;;) {
    const file = path.join(folder, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name && manifest.version) return manifest.version;
    }
    const parent = path.dirname(folder);
    if (parent === folder) return 'unknown';
    folder = parent;
  }
}

// minisearch's internals are untyped from outside: a record of unknowns, checked before use.
type Internals = Record<string, unknown> & { _index?: { _tree?: unknown; _prefix?: unknown; constructor: new (tree: unknown, prefix: unknown) => unknown } };

const internalsOf = (index: MiniSearch): Internals => index as unknown as Internals;

function hasLayout(internals: Internals): boolean {
  return internals._index?._tree instanceof Map && FIELDS.every((field) => field in internals);
}

/** The index's state, or null when this minisearch does not have the layout known here. */
export function indexState(index: MiniSearch): Buffer | null {
  const internals = internalsOf(index);
  if (!hasLayout(internals)) return null;
  const state: Record<string, unknown> = { version: MINISEARCH_VERSION, tree: internals._index?._tree, prefix: internals._index?._prefix };
  for (const field of FIELDS) state[field] = internals[field];
  return v8.serialize(state);
}

/** The index a state holds, searched with `options`; null when the state is of another version or layout. */
export function restoreIndex(state: Buffer, options: Options): MiniSearch | null {
  const saved = v8.deserialize(state) as Record<string, unknown>;
  if (saved.version !== MINISEARCH_VERSION || !(saved.tree instanceof Map)) return null;
  const index = new MiniSearch(options);
  const internals = internalsOf(index);
  if (!hasLayout(internals) || !internals._index) return null;
  for (const field of FIELDS) {
    if (!(field in saved)) return null;
    internals[field] = saved[field];
  }
  internals._index = new internals._index.constructor(saved.tree, saved.prefix) as Internals['_index'];
  return index;
}
