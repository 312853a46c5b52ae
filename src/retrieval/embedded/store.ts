/**
 * The embedded store (the default: no setup): a folder holding each
 * article's unit (unit-store.ts) and the packed coverage of the corpus last
 * ingested (packed-coverage.ts). Ingesting a corpus attributes only the
 * articles not already held under the same content and code; opening a
 * corpus whose packed coverage exists reads that one file and nothing else.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AttributionConfig } from '../../attribution/config.js';
import type { RawArticle } from '../../corpus/prepare.js';
import { articleFingerprint, snapshotOfUnits, unitOf, type ArticleUnit } from '../article-unit.js';
import { codeVersion } from '../code-version.js';
import type { Coverage } from '../coverage.js';
import type { Normaliser } from '../normalise.js';
import { MINISEARCH_VERSION } from './index-state.js';
import { packCoverage, unpackCoverage } from './packed-coverage.js';
import { readSections, writeSections } from './sections.js';
import { openUnitStore } from './unit-store.js';

/** Bump when the packed coverage's layout changes. */
const FORMAT = 2;
/** How many packed coverages (of other corpora or code) to keep. */
const KEEP = 2;
const COVERAGE = /^coverage-[0-9a-f]+\.bin$/;

export interface IngestCounts {
  articles: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

export interface EmbeddedIngest {
  coverage: Coverage;
  /** Whether the coverage was read as packed, or built (some articles attributed, or none but the corpus-wide steps redone). */
  origin: 'packed' | 'built';
  counts: IngestCounts;
  /** What was wrong with a packed coverage that had to be rebuilt, if anything. */
  rejected?: string;
}

export interface EmbeddedOptions {
  folder: string;
  normaliser: Normaliser;
  attribution: AttributionConfig;
  /** What else shapes the coverage beyond the articles and the code (a corpus's own synonyms). */
  salt?: string;
  /** Called as articles are attributed. */
  onProgress?: (done: number, total: number) => void;
}

function coverageKey(fingerprints: readonly string[], code: string, salt: string): string {
  const hash = createHash('sha256').update(`${FORMAT}:${MINISEARCH_VERSION}:${code}:${salt}`);
  for (const fingerprint of fingerprints) hash.update(fingerprint);
  return hash.digest('hex').slice(0, 32);
}

/** Opens a packed coverage; a problem (missing, damaged, another layout) as a string. */
function openPacked(file: string, normaliser: Normaliser, key: string): Coverage | string | null {
  if (!existsSync(file)) return null;
  let read;
  try {
    read = readSections(file);
  } catch (error) {
    return `${file} could not be read: ${(error as Error).message}`;
  }
  if ('problem' in read) return read.problem;
  if (read.header.format !== FORMAT || read.header.key !== key) return `${file} is not a coverage of this corpus and code version`;
  try {
    return unpackCoverage(read.section, normaliser) ?? `${file} was written by another minisearch release`;
  } catch (error) {
    return `${file} could not be opened: ${(error as Error).message}`;
  }
}

/** The one-JSON snapshot cache of earlier releases: of no use now, and large. */
const EARLIER_SNAPSHOT = /^snapshot-[0-9a-f]+\.json$/;

function pruneCoverages(folder: string, keep: string): void {
  for (const name of readdirSync(folder).filter((file) => EARLIER_SNAPSHOT.test(file))) rmSync(path.join(folder, name), { force: true });
  const files = readdirSync(folder).filter((name) => COVERAGE.test(name)).map((name) => path.join(folder, name));
  const old = files.filter((file) => file !== keep).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const file of old.slice(KEEP - 1)) rmSync(file, { force: true });
}

/** The units of `raws`, attributing only those the store does not hold; counts what changed. */
function unitsFor(raws: readonly RawArticle[], fingerprints: readonly string[], options: EmbeddedOptions, code: string): { units: ArticleUnit[]; counts: IngestCounts } {
  const store = openUnitStore(path.join(options.folder, 'units'), code);
  const before = store.articleIds();
  const missing = raws.flatMap((raw, index) => (store.has(fingerprints[index] ?? '') ? [] : [index]));
  const made = new Map<string, ArticleUnit>();
  missing.forEach((index, done) => {
    made.set(fingerprints[index] ?? '', unitOf(raws[index] as RawArticle, options.attribution));
    options.onProgress?.(done + 1, missing.length);
  });
  const heldFingerprints = fingerprints.filter((fingerprint) => !made.has(fingerprint));
  const held = new Map(store.read(heldFingerprints).map((unit, index) => [heldFingerprints[index] ?? '', unit]));
  // A unit that could not be read (its pack replaced by another process meanwhile, damaged) is attributed again.
  const indexOf = new Map(fingerprints.map((fingerprint, index) => [fingerprint, index]));
  for (const [fingerprint, unit] of held) if (unit === null) made.set(fingerprint, unitOf(raws[indexOf.get(fingerprint) ?? -1] as RawArticle, options.attribution));
  store.save(made, new Set(fingerprints));
  const units = fingerprints.map((fingerprint) => made.get(fingerprint) ?? (held.get(fingerprint) as ArticleUnit));
  const ids = new Set(raws.map((raw) => raw.id));
  const changed = missing.filter((index) => before.has(raws[index]?.id ?? '')).length;
  return {
    units,
    counts: { articles: raws.length, added: missing.length - changed, changed, removed: [...before].filter((id) => !ids.has(id)).length, unchanged: raws.length - missing.length },
  };
}

/**
 * Brings the store up to date with `raws` and opens their coverage.
 *
 * @example
 * const { coverage, counts } = ingestEmbedded(readCorpus(['archive/']).raws, { folder: '.cache', normaliser, attribution });
 */
export function ingestEmbedded(raws: readonly RawArticle[], options: EmbeddedOptions): EmbeddedIngest {
  mkdirSync(options.folder, { recursive: true });
  const code = codeVersion();
  const fingerprints = raws.map(articleFingerprint);
  const key = coverageKey(fingerprints, code, options.salt ?? '');
  const file = path.join(options.folder, `coverage-${key}.bin`);
  const packed = openPacked(file, options.normaliser, key);
  const unchanged: IngestCounts = { articles: raws.length, added: 0, changed: 0, removed: 0, unchanged: raws.length };
  if (packed !== null && typeof packed !== 'string') return { coverage: packed, origin: 'packed', counts: unchanged };
  const rejected = packed ?? undefined;
  const { units, counts } = unitsFor(raws, fingerprints, options, code);
  const snapshot = snapshotOfUnits(units, options.normaliser, options.attribution);
  units.length = 0;
  writeSections(file, packCoverage(snapshot, options.normaliser), { format: FORMAT, key });
  pruneCoverages(options.folder, file);
  // Opened from the file just written, so what answers is what the next start reads, and the build's objects can go.
  const coverage = openPacked(file, options.normaliser, key);
  if (coverage === null || typeof coverage === 'string') throw new Error(`the coverage just written cannot be opened: ${coverage ?? 'it is gone'}`);
  return { coverage, origin: 'built', counts, ...(rejected ? { rejected } : {}) };
}
