/**
 * The embedded store's per-article units: each article's attribution kept
 * on disk under its fingerprint, so an ingest attributes only the articles
 * that are new or changed. Units are appended to pack files (JSON, one
 * after another); a manifest says where each lives. When
 * more than half the packed bytes belong to articles gone or changed, the
 * live units are written into one new pack and the old ones removed.
 * A manifest written by other code (another version of the pipeline) is
 * dropped with its packs: units of other code are never trusted.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, openSync, readSync, closeSync, fstatSync, type BigIntStats } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { randomBytes } from 'node:crypto';
import { temporaryName } from './sections.js';
import type { ArticleUnit } from '../article-unit.js';
import { packTexts } from './text-block.js';

/** Bump when a unit's shape changes (3: records carry `summaryOnly`); codeVersion changes too, but a unit written by other code must never be read as ours. */
const FORMAT = 3;
const MANIFEST = 'manifest.bin';
const PACK = /^pack-[0-9a-z-]+\.bin$/;
/** A pack no manifest names is removed once this old (another process may be about to name it). */
const ORPHAN_MS = 10 * 60_000;

/** Where one unit lives: [pack file name, offset, length, article id]. */
type Place = [string, number, number, string];

interface Manifest {
  format: number;
  code: string;
  places: Map<string, Place>;
}

export interface UnitStore {
  folder: string;
  has(fingerprint: string): boolean;
  /** The ids of the articles held (as of the last save). */
  articleIds(): Set<string>;
  /** The units of these fingerprints; null for one that cannot be read (gone with a pack another process replaced, damaged): attributed again. */
  read(fingerprints: readonly string[]): (ArticleUnit | null)[];
  /** Appends units (one new pack) and forgets every fingerprint not in `keep`; then compacts when most bytes are dead. */
  save(added: ReadonlyMap<string, ArticleUnit>, keep: ReadonlySet<string>): void;
}

/**
 * What tells a manifest file from one written since: its inode, size and
 * time of change (each write makes a new file, renamed into place); null when there is none.
 */
function identityOf(file: string): string | null {
  try {
    return identityOfStats(statSync(file, { bigint: true }));
  } catch {
    return null;
  }
}

const identityOfStats = ({ ino, size, mtimeNs }: BigIntStats): string => `${ino}:${size}:${mtimeNs}`;

/** The manifest, and the identity of the file it was read from. */
function readManifest(folder: string, code: string): { manifest: Manifest; identity: string | null } {
  const empty: Manifest = { format: FORMAT, code, places: new Map() };
  const file = path.join(folder, MANIFEST);
  if (!existsSync(file)) return { manifest: empty, identity: null };
  try {
    const fd = openSync(file, 'r');
    let manifest: Partial<Manifest>;
    let identity: string;
    try {
      identity = identityOfStats(fstatSync(fd, { bigint: true }));
      manifest = v8.deserialize(readFileSync(fd)) as Partial<Manifest>;
    } finally {
      closeSync(fd);
    }
    if (manifest.format !== FORMAT || manifest.code !== code || !(manifest.places instanceof Map)) return { manifest: empty, identity };
    return { manifest: manifest as Manifest, identity };
  } catch {
    return { manifest: empty, identity: null };
  }
}

/** Writes `file` whole or not at all; returns the identity of what it wrote. */
function writeAtomically(file: string, bytes: Uint8Array): string | null {
  const temporary = temporaryName(file);
  writeFileSync(temporary, bytes);
  const identity = identityOf(temporary);
  renameSync(temporary, file);
  return identity;
}

function readPack(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const bytes = Buffer.allocUnsafe(fstatSync(fd).size);
    let read = 0;
    while (read < bytes.length) {
      const got = readSync(fd, bytes, read, bytes.length - read, read);
      if (got === 0) break;
      read += got;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** Packs the manifest no longer names: old ones removed, fresh ones (another process's) left. */
function removeOrphans(folder: string, named: ReadonlySet<string>, now = Date.now()): void {
  for (const name of readdirSync(folder)) {
    if (!PACK.test(name) || named.has(name)) continue;
    const file = path.join(folder, name);
    try {
      if (now - statSync(file).mtimeMs > ORPHAN_MS) rmSync(file);
    } catch {
      // Gone meanwhile: nothing to do.
    }
  }
}

/** A file's size; 0 when it is gone (another process removed it). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

let packSerial = 0;

/** Writes units into a new pack; returns where each went. */
function writePack(folder: string, units: Iterable<[string, ArticleUnit]>): Map<string, Place> {
  const name = `pack-${Date.now().toString(36)}-${process.pid}-${packSerial++}-${randomBytes(4).toString('hex')}.bin`;
  const entries = [...units];
  // Each unit as JSON (plain data) in one block: a buffer each would cost kilobytes apiece while writing.
  const [block, offsets] = packTexts(entries.map(([, unit]) => JSON.stringify(unit)));
  const places = new Map<string, Place>();
  entries.forEach(([fingerprint, unit], index) => {
    const start = offsets[index] ?? 0;
    places.set(fingerprint, [name, start, (offsets[index + 1] ?? 0) - start, unit.record.id]);
  });
  if (entries.length > 0) writeAtomically(path.join(folder, name), block);
  return places;
}

/**
 * Opens (creating it if need be) the unit store in `folder` for units made by `code`.
 *
 * @example
 * const units = openUnitStore('.cache/units', codeVersion());
 * if (!units.has(fingerprint)) units.save(new Map([[fingerprint, unitOf(raw, config)]]), keep);
 */
export function openUnitStore(folder: string, code: string): UnitStore {
  mkdirSync(folder, { recursive: true });
  let { manifest, identity } = readManifest(folder, code);
  const packs = new Map<string, Buffer>();
  const packBytes = (name: string): Buffer => {
    let bytes = packs.get(name);
    if (!bytes) packs.set(name, (bytes = readPack(path.join(folder, name))));
    return bytes;
  };
  // A pack gone (replaced by another process's compaction) reads as no unit.
  const readOne = (fingerprint: string): ArticleUnit | null => {
    const place = manifest.places.get(fingerprint);
    if (!place) return null;
    const [name, offset, length] = place;
    try {
      const unit = JSON.parse(packBytes(name).toString('utf8', offset, offset + length)) as ArticleUnit;
      return unit.record?.id === place[3] ? unit : null;
    } catch {
      return null;
    }
  };
  const read = (fingerprints: readonly string[]): (ArticleUnit | null)[] => {
    try {
      return fingerprints.map(readOne);
    } finally {
      packs.clear();
    }
  };
  return {
    folder,
    has: (fingerprint) => manifest.places.has(fingerprint),
    articleIds: () => new Set([...manifest.places.values()].map(([, , , id]) => id)),
    read,
    save(added, keep) {
      // Another process may have saved since this one opened the store: its units are kept too (its manifest is read only then: it is large).
      const file = path.join(folder, MANIFEST);
      const latest = identity !== null && identityOf(file) === identity ? null : readManifest(folder, code).manifest;
      const places = new Map<string, Place>();
      for (const held of latest ? [manifest.places, latest.places] : [manifest.places]) {
        for (const [fingerprint, place] of held) if (keep.has(fingerprint)) places.set(fingerprint, place);
      }
      for (const [fingerprint, place] of writePack(folder, added)) places.set(fingerprint, place);
      const live = [...places.values()].reduce((total, [, , length]) => total + length, 0);
      const named = new Set([...places.values()].map(([name]) => name));
      const packed = [...named].reduce((total, name) => total + sizeOf(path.join(folder, name)), 0);
      let next: Manifest = { format: FORMAT, code, places };
      if (packed > 2 * live && places.size > 0) {
        // Most bytes are dead: the live units go into one new pack.
        manifest = next;
        const fingerprints = [...places.keys()];
        const units = read(fingerprints);
        const live = fingerprints.flatMap((fingerprint, index) => (units[index] ? [[fingerprint, units[index]] as [string, ArticleUnit]] : []));
        next = { format: FORMAT, code, places: writePack(folder, live) };
      }
      identity = writeAtomically(file, v8.serialize(next));
      manifest = next;
      // Packs no longer named go once old, never at once: another process may be reading one now.
      removeOrphans(folder, new Set([...next.places.values()].map(([name]) => name)));
    },
  };
}
