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
import { layerCoverage } from './layered-coverage.js';
import { FILE_SECTIONS, openPackedCoverage, packCoverage, type PackedCoverage } from './packed-coverage.js';
import { readHeader, readSections, writeSections, type SectionsRead } from './sections.js';
import { openUnitStore, type UnitStore } from './unit-store.js';

/** Bump when the packed coverage's layout changes (5: article records carry `summaryOnly`). */
const FORMAT = 5;
/** How many packed coverages (of other corpora or code) to keep. */
const KEEP = 2;
/**
 * Up to this share of a packed coverage's articles added, changed or removed,
 * the coverage is that one with a layer of the changes (layered-coverage.ts),
 * not rebuilt: the layer is rebuilt at each start, and its statistics drift
 * from a rebuild's as it grows.
 */
const LAYER_SHARE = 0.05;
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
  /**
   * Whether the coverage was read as packed, layered (a packed coverage of
   * nearly the same articles, the few changes on top), or built (the
   * corpus-wide steps redone over every article).
   */
  origin: 'packed' | 'layered' | 'built';
  counts: IngestCounts;
  /** What was wrong with a packed coverage that had to be rebuilt, if anything. */
  rejected?: string;
  /** How to open it again (openStoredCoverage). */
  stored: StoredCoverage;
}

/**
 * A coverage as the store holds it: the packed coverage of `key`, with the
 * layer of changes on it if any (made again from the units at each start).
 */
export interface StoredCoverage {
  key: string;
  layer?: StoredLayer;
}

export interface StoredLayer {
  /** The layered coverage's own key (of all its articles). */
  key: string;
  /** Each article added or changed since the packed coverage: its fingerprint, id and place in the corpus. */
  units: [fingerprint: string, id: string, at: number][];
  /** The ids of the packed articles removed or changed. */
  gone: string[];
}

/** A corpus's articles as an ingest needs them: each one's id and fingerprint, in order, and the article itself when it is at hand. */
interface Listed {
  ids: readonly string[];
  fingerprints: readonly string[];
  /** Undefined for an article not read (one the store holds, of lines read before). */
  raw: (index: number) => RawArticle | undefined;
}

export interface EmbeddedOptions {
  folder: string;
  normaliser: Normaliser;
  attribution: AttributionConfig;
  /** What else shapes the coverage beyond the articles and the code (a corpus's own synonyms). */
  salt?: string;
  /** Called as articles are attributed. */
  onProgress?: (done: number, total: number) => void;
  /** Up to what share of changed articles a packed coverage is layered rather than rebuilt; default LAYER_SHARE. */
  layerShare?: number;
}

/** What a coverage is made by besides its articles: coverages of one lineage can be layered on each other. */
function lineageOf(code: string, salt: string): string {
  return createHash('sha256').update(`${FORMAT}:${MINISEARCH_VERSION}:${code}:${salt}`).digest('hex').slice(0, 32);
}

function coverageKey(fingerprints: readonly string[], lineage: string): string {
  const hash = createHash('sha256').update(lineage);
  for (const fingerprint of fingerprints) hash.update(fingerprint);
  return hash.digest('hex').slice(0, 32);
}

interface Opened extends PackedCoverage {
  key: string;
  /** The fingerprints of its articles, in their order. */
  fingerprints: string[];
  /** Lets go of its file at once, when it is not kept. */
  close: () => void;
}

/** Opens a packed coverage (of `key`, when given); a problem (missing, damaged, another layout) as a string. */
function openPacked(file: string, normaliser: Normaliser, key?: string): Opened | string | null {
  if (!existsSync(file)) return null;
  let read;
  try {
    read = readSections(file, FILE_SECTIONS);
  } catch (error) {
    return `${file} could not be read: ${(error as Error).message}`;
  }
  if ('problem' in read) return read.problem;
  const opened = packedOf(file, read, normaliser, key);
  if (typeof opened === 'string') read.close();
  return opened;
}

function packedOf(file: string, read: Exclude<SectionsRead, { problem: string }>, normaliser: Normaliser, key?: string): Opened | string {
  const { header } = read;
  if (header.format !== FORMAT || typeof header.key !== 'string' || (key !== undefined && header.key !== key)) {
    return `${file} is not a coverage of this corpus and code version`;
  }
  try {
    const opened = openPackedCoverage(read, normaliser);
    if (!opened) return `${file} was written by another minisearch release`;
    const fingerprints = read.section('fingerprints').toString('latin1');
    return { ...opened, key: header.key, fingerprints: fingerprints ? fingerprints.split('\n') : [], close: read.close };
  } catch (error) {
    return `${file} could not be opened: ${(error as Error).message}`;
  }
}

/** The newest packed coverage of this lineage, to layer changes on. */
function newestOfLineage(folder: string, lineage: string): string | null {
  const files = readdirSync(folder).filter((name) => COVERAGE.test(name)).map((name) => path.join(folder, name));
  const ofLineage = files.filter((file) => readHeader(file)?.lineage === lineage);
  return ofLineage.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0] ?? null;
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
function unitsFor(raws: readonly RawArticle[], fingerprints: readonly string[], options: EmbeddedOptions, code: string, premade: ReadonlyMap<string, ArticleUnit> = new Map()): { units: ArticleUnit[]; counts: IngestCounts } {
  const store = openUnitStore(path.join(options.folder, 'units'), code);
  const before = store.articleIds();
  const missing = raws.flatMap((raw, index) => (store.has(fingerprints[index] ?? '') ? [] : [index]));
  const made = new Map<string, ArticleUnit>();
  missing.forEach((index, done) => {
    const fingerprint = fingerprints[index] ?? '';
    made.set(fingerprint, premade.get(fingerprint) ?? unitOf(raws[index] as RawArticle, options.attribution));
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
 * The units of some articles: read from the store, or attributed when it does
 * not hold them (those `made`, to save); null when it does not hold one whose
 * article is not at hand.
 */
function unitsOf(raws: readonly (RawArticle | undefined)[], fingerprints: readonly string[], options: EmbeddedOptions, store: UnitStore): { units: ArticleUnit[]; made: Map<string, ArticleUnit> } | null {
  const made = new Map<string, ArticleUnit>();
  const read = store.read(fingerprints);
  const units: ArticleUnit[] = [];
  for (const [index, raw] of raws.entries()) {
    // A unit that could not be read (its pack replaced by another process meanwhile, damaged) is attributed again.
    const held = read[index];
    if (held) {
      units.push(held);
      continue;
    }
    if (!raw) return null;
    const unit = unitOf(raw, options.attribution);
    made.set(fingerprints[index] ?? '', unit);
    options.onProgress?.(made.size, raws.length);
    units.push(unit);
  }
  return { units, made };
}

/** A base not layered on: its file closed now, not when it is collected. */
function declined<T>(base: Opened, result: T): T {
  base.close();
  return result;
}

/**
 * The coverage of the articles as the packed coverage `base` with a layer of
 * the articles added, changed or removed since it was packed; null when they
 * are too many (or none: that coverage is then packed under another key), or
 * one to attribute is not at hand; the units it attributed, when it declines
 * for another reason, for the rebuild. A base not layered on is closed.
 */
function layered(base: Opened, listed: Listed, options: EmbeddedOptions, code: string, key: string): EmbeddedIngest | { declined: Map<string, ArticleUnit> } | null {
  const { fingerprints, ids } = listed;
  const current = new Set(fingerprints);
  const packed = new Set(base.fingerprints);
  const articles = base.coverage.articles();
  const gone = new Set(base.fingerprints.flatMap((fingerprint, index) => (current.has(fingerprint) ? [] : [articles[index]?.id ?? ''])));
  const newIndexes = fingerprints.flatMap((fingerprint, index) => (packed.has(fingerprint) ? [] : [index]));
  const changes = gone.size + newIndexes.length;
  if (changes === 0 || changes > (options.layerShare ?? LAYER_SHARE) * base.fingerprints.length || base.fingerprints.length !== articles.length) return declined(base, null);
  // The articles kept, read in another order: a rebuild orders their statements and outlets by it, which the packed coverage cannot.
  const packedOrder = base.fingerprints.filter((fingerprint) => current.has(fingerprint));
  if (fingerprints.filter((fingerprint) => packed.has(fingerprint)).some((fingerprint, index) => fingerprint !== packedOrder[index])) return declined(base, null);
  const store = openUnitStore(path.join(options.folder, 'units'), code);
  const newFingerprints = newIndexes.map((index) => fingerprints[index] ?? '');
  const attributed = unitsOf(newIndexes.map((index) => listed.raw(index)), newFingerprints, options, store);
  if (attributed === null) return declined(base, null);
  const { units, made } = attributed;
  const changed = units.filter((unit) => gone.has(unit.record.id)).length;
  const coverage = layerCoverage(base, { units, gone, order: ids, version: key.slice(0, 16) }, options.normaliser, options.attribution);
  // Some people's mentions in the packed articles would change hands: only a rebuild does that.
  if (coverage === null) return declined(base, { declined: made });
  if (made.size > 0) store.save(made, current);
  const counts = { articles: ids.length, added: units.length - changed, changed, removed: gone.size - changed, unchanged: ids.length - units.length };
  const layer: StoredLayer = { key, units: newIndexes.map((at, index) => [newFingerprints[index] ?? '', ids[at] ?? '', at]), gone: [...gone] };
  return { coverage, origin: 'layered', counts, stored: { key: base.key, layer } };
}

/**
 * Brings the store up to date with `raws` and opens their coverage: the
 * packed coverage of these very articles; else the newest packed coverage
 * with the few changes layered on it; else a coverage built and packed anew.
 *
 * @example
 * const { coverage, counts } = ingestEmbedded(readCorpus(['archive/']).raws, { folder: '.cache', normaliser, attribution });
 */
export function ingestEmbedded(raws: readonly RawArticle[], options: EmbeddedOptions): EmbeddedIngest {
  mkdirSync(options.folder, { recursive: true });
  const code = codeVersion();
  const fingerprints = raws.map(articleFingerprint);
  const lineage = lineageOf(code, options.salt ?? '');
  const key = coverageKey(fingerprints, lineage);
  const file = path.join(options.folder, `coverage-${key}.bin`);
  const packed = openPacked(file, options.normaliser, key);
  const unchanged: IngestCounts = { articles: raws.length, added: 0, changed: 0, removed: 0, unchanged: raws.length };
  if (packed !== null && typeof packed !== 'string') return { coverage: packed.coverage, origin: 'packed', counts: unchanged, stored: { key } };
  const rejected = packed ?? undefined;
  const baseFile = rejected ? null : newestOfLineage(options.folder, lineage);
  const base = baseFile ? openPacked(baseFile, options.normaliser) : null;
  const listed: Listed = { ids: raws.map((raw) => raw.id), fingerprints, raw: (index) => raws[index] };
  const layer = base !== null && typeof base !== 'string' ? layered(base, listed, options, code, key) : null;
  if (layer && 'coverage' in layer) return layer;
  const { units, counts } = unitsFor(raws, fingerprints, options, code, layer?.declined);
  const snapshot = snapshotOfUnits(units, options.normaliser, options.attribution);
  units.length = 0;
  const sections = packCoverage(snapshot, options.normaliser);
  sections.set('fingerprints', Buffer.from(fingerprints.join('\n'), 'latin1'));
  writeSections(file, sections, { format: FORMAT, key, lineage });
  pruneCoverages(options.folder, file);
  // Opened from the file just written, so what answers is what the next start reads, and the build's objects can go.
  const coverage = openPacked(file, options.normaliser, key);
  if (coverage === null || typeof coverage === 'string') throw new Error(`the coverage just written cannot be opened: ${coverage ?? 'it is gone'}`);
  return { coverage: coverage.coverage, origin: 'built', counts, stored: { key }, ...(rejected ? { rejected } : {}) };
}

/**
 * The ids and fingerprints of a stored coverage's articles, in corpus order:
 * the packed ones less those gone, the layer's in their places; null when
 * they do not fit together (a record damaged, or of another coverage).
 */
function heldArticles(base: Opened, layer: StoredLayer | undefined): { ids: string[]; fingerprints: string[] } | null {
  const articles = base.coverage.articles();
  if (articles.length !== base.fingerprints.length) return null;
  const gone = new Set(layer?.gone);
  const ids: string[] = [];
  const fingerprints: string[] = [];
  const total = base.fingerprints.length - articles.filter((article) => gone.has(article.id)).length + (layer?.units.length ?? 0);
  const placed = new Map((layer?.units ?? []).map(([fingerprint, id, at]) => [at, [fingerprint, id] as const]));
  if (placed.size !== (layer?.units.length ?? 0) || [...placed.keys()].some((at) => !Number.isInteger(at) || at < 0 || at >= total)) return null;
  let next = 0;
  for (let at = 0; at < total; at++) {
    const own = placed.get(at);
    if (own) {
      fingerprints.push(own[0]);
      ids.push(own[1]);
      continue;
    }
    while (next < articles.length && gone.has(articles[next]?.id ?? '')) next++;
    fingerprints.push(base.fingerprints[next] ?? '');
    ids.push(articles[next++]?.id ?? '');
  }
  return ids.includes('') ? null : { ids, fingerprints };
}

/**
 * A stored coverage (of an earlier ingest) opened as it is: its layer made
 * again from the units held; null when it is not there, cannot be opened, or
 * a unit of its layer cannot be read, the store left as it was.
 */
export function openStoredCoverage(folder: string, stored: StoredCoverage, normaliser: Normaliser, attribution: AttributionConfig): EmbeddedIngest | null {
  const packed = openPacked(path.join(folder, `coverage-${stored.key}.bin`), normaliser, stored.key);
  if (packed === null || typeof packed === 'string') return null;
  const { layer } = stored;
  const counted = (articles: number): IngestCounts => ({ articles, added: 0, changed: 0, removed: 0, unchanged: articles });
  if (!layer) return { coverage: packed.coverage, origin: 'packed', counts: counted(packed.fingerprints.length), stored };
  const held = heldArticles(packed, layer);
  if (held === null) return declined(packed, null);
  const counts = counted(held.ids.length);
  const units = openUnitStore(path.join(folder, 'units'), codeVersion()).read(layer.units.map(([fingerprint]) => fingerprint));
  if (units.some((unit) => unit === null)) return declined(packed, null);
  const coverage = layerCoverage(packed, { units: units as ArticleUnit[], gone: new Set(layer.gone), order: held.ids, version: layer.key.slice(0, 16) }, normaliser, attribution);
  return coverage ? { coverage, origin: 'layered', counts, stored } : declined(packed, null);
}

/**
 * Takes in articles appended to a corpus whose stored coverage is `stored`,
 * without the earlier articles (the store holds their units): what
 * ingestEmbedded would do with all of them, when that is to layer the new
 * ones on that same coverage (or, with none, to open it); null otherwise (an
 * id of the earlier articles used again among the new, too many to layer,
 * or that coverage not the one ingestEmbedded would layer on), when all are
 * to be read and ingested.
 */
export function ingestAppended(stored: StoredCoverage, appended: readonly RawArticle[], options: EmbeddedOptions): EmbeddedIngest | null {
  // Blank or bad lines alone: the same articles, so the same coverage.
  if (appended.length === 0) return openStoredCoverage(options.folder, stored, options.normaliser, options.attribution);
  const code = codeVersion();
  const lineage = lineageOf(code, options.salt ?? '');
  const baseFile = path.join(options.folder, `coverage-${stored.key}.bin`);
  if (newestOfLineage(options.folder, lineage) !== baseFile) return null;
  const base = openPacked(baseFile, options.normaliser, stored.key);
  if (base === null || typeof base === 'string') return null;
  const held = heldArticles(base, stored.layer);
  const earlier = new Set(held?.ids);
  if (held === null || appended.some((raw) => earlier.has(raw.id))) return declined(base, null);
  const listed: Listed = {
    ids: [...held.ids, ...appended.map((raw) => raw.id)],
    fingerprints: [...held.fingerprints, ...appended.map(articleFingerprint)],
    raw: (index) => appended[index - held.ids.length],
  };
  const key = coverageKey(listed.fingerprints, lineage);
  // The packed coverage of these very articles, from an earlier ingest: ingestEmbedded opens it.
  if (existsSync(path.join(options.folder, `coverage-${key}.bin`))) return declined(base, null);
  const layer = layered(base, listed, options, code, key);
  if (layer && 'coverage' in layer) return layer;
  // Attributed for nothing otherwise: the rebuild after the whole read finds them stored.
  if (layer && layer.declined.size > 0) openUnitStore(path.join(options.folder, 'units'), code).save(layer.declined, new Set(listed.fingerprints));
  return null;
}
