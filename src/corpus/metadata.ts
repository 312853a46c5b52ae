/**
 * Article metadata from a `sources.json` file, a JSONL line or a CSV row: checked field
 * by field, so one bad value is reported and dropped while the rest is kept.
 */
import { toIsoDate } from './dates.js';
import { fieldValue } from './field-names.js';
import type { KnownMeta } from './prepare.js';
import type { LoadWarning } from './types.js';

export type Where = Omit<LoadWarning, 'message'>;

/** The record as JSON gives it; fields are checked before use. */
export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(record: JsonRecord, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A link we may show users: http(s) only, so no `javascript:` or `file:` ever reaches a reader. */
export function checkUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Reads the metadata fields of one record; problems go to `warnings`.
 *
 * Fields, each under any of its common names (see FIELD_NAMES): outlet,
 * headline, url, published, byline; and `wires` (list or string),
 * `dateline`, `notes`, `textAtUrl` (false when the link is another copy of
 * the story with different wording), `summaryOnly` (true when the text is
 * only a summary of the story).
 *
 * @example readKnownMeta({ title: 'Roe visits', source_domain: 'kelvale.example' }, { file: 'a.jsonl', line: 1 }, [])
 * // { headline: 'Roe visits', outlet: 'kelvale.example' }
 */
export function readKnownMeta(record: JsonRecord, where: Where, warnings: LoadWarning[]): KnownMeta {
  const known: KnownMeta = {};
  const id = fieldValue(record, 'id') ?? '?';
  const outlet = fieldValue(record, 'outlet');
  if (outlet) known.outlet = outlet;
  const headline = fieldValue(record, 'headline');
  if (headline) known.headline = headline;
  const url = fieldValue(record, 'url');
  if (url) {
    const checked = checkUrl(url);
    if (checked) known.url = checked;
    else warnings.push({ ...where, message: `article "${id}": link "${url}" is not an http(s) URL; it is left out` });
  }
  const date = fieldValue(record, 'published');
  if (date) known.published = toIsoDate(date) ?? date;
  const byline = fieldValue(record, 'byline');
  if (byline) known.byline = byline;
  const wires = record.wires;
  if (Array.isArray(wires)) known.wires = wires.filter((w): w is string => typeof w === 'string');
  else if (typeof wires === 'string' && wires.trim()) known.wires = [wires.trim()];
  if (typeof record.textAtUrl === 'boolean') known.textAtUrl = record.textAtUrl;
  if (typeof record.summaryOnly === 'boolean') known.summaryOnly = record.summaryOnly;
  for (const key of ['dateline', 'notes'] as const) {
    const value = optionalString(record, key);
    if (value) known[key] = value;
  }
  return known;
}

/** Reads an article id given as a string or a number (under any of FIELD_NAMES.id). */
export function readId(record: JsonRecord): string | null {
  return fieldValue(record, 'id');
}

/**
 * Parses a sources.json text: `{"articles": [...]}` or a bare array of
 * entries, each with an `id` and metadata fields.
 */
export function parseSourcesFile(text: string, file: string, warnings: LoadWarning[]): Map<string, KnownMeta> {
  const entries = new Map<string, KnownMeta>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    warnings.push({ file, message: `not valid JSON (${(error as Error).message}); its metadata is ignored` });
    return entries;
  }
  const list = Array.isArray(parsed) ? parsed : isRecord(parsed) ? parsed.articles : undefined;
  if (!Array.isArray(list)) {
    warnings.push({ file, message: 'expected {"articles": [...]} or an array of entries; its metadata is ignored' });
    return entries;
  }
  list.forEach((entry: unknown, index) => {
    const where = { file };
    const id = isRecord(entry) ? readId(entry) : null;
    if (!isRecord(entry) || id === null) {
      warnings.push({ ...where, message: `entry ${index + 1} has no "id"; it is ignored` });
      return;
    }
    if (entries.has(id)) warnings.push({ ...where, message: `entry "${id}" appears twice; the first is kept` });
    else entries.set(id, readKnownMeta(entry, where, warnings));
  });
  return entries;
}

/**
 * Parses a corpus's synonyms.json: `{"groups": [["colour", "color"], ...]}`,
 * as config/synonyms.json. A group that is not a list of at least two
 * strings is left out with a warning.
 */
export function parseSynonymsFile(text: string, file: string, warnings: LoadWarning[]): string[][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    warnings.push({ file, message: `not valid JSON (${(error as Error).message}); its synonyms are ignored` });
    return [];
  }
  const list = isRecord(parsed) ? parsed.groups : undefined;
  if (!Array.isArray(list)) {
    warnings.push({ file, message: 'expected {"groups": [[...], ...]}; its synonyms are ignored' });
    return [];
  }
  return list.flatMap((group: unknown, index) => {
    if (Array.isArray(group) && group.length >= 2 && group.every((item) => typeof item === 'string' && item.trim() !== '')) return [group as string[]];
    warnings.push({ file, message: `group ${index + 1} is not a list of two or more words; it is ignored` });
    return [];
  });
}
