/**
 * The names archives give each field of an article, one list per kind,
 * shared by every format of records (JSONL lines, CSV rows): our own name
 * first, then those of common exports (news-please, NewsAPI, newspaper
 * scrapers, spreadsheet exports). The first field of a kind that holds a
 * value is the one read.
 */
import type { JsonRecord } from './metadata.js';

export const FIELD_NAMES = {
  id: ['id', 'guid', 'uuid'],
  body: ['body', 'text', 'content', 'maintext', 'article'],
  headline: ['headline', 'title'],
  url: ['url', 'link'],
  outlet: ['outlet', 'source', 'source_domain', 'publication'],
  published: ['published', 'date', 'published_at', 'publishedAt', 'date_publish'],
  byline: ['byline', 'author', 'authors'],
} as const satisfies Record<string, readonly string[]>;

export type FieldKind = keyof typeof FIELD_NAMES;

/** "body, text, content, maintext or article": the names of a kind, for messages. */
export function namesOf(kind: FieldKind): string {
  const names: readonly string[] = FIELD_NAMES[kind];
  return names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} or ${names.at(-1) as string}`;
}

/** The record's key for `name`: itself, else one that differs only in case (a CSV header "Title"). */
function keyOf(record: JsonRecord, name: string): string | undefined {
  if (name in record) return name;
  const lower = name.toLowerCase();
  return Object.keys(record).find((key) => key.toLowerCase() === lower);
}

/**
 * A field's value as text, or null when blank: a string as it is, a number
 * as written, a list of strings joined ("authors"), an object by its name
 * (NewsAPI's `"source": {"id": null, "name": "Kelvale Courier"}`).
 */
function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value.flatMap((item) => (typeof item === 'string' && item.trim() !== '' ? [item.trim()] : []));
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (typeof value === 'object' && value !== null && 'name' in value) return asText((value as { name: unknown }).name);
  return null;
}

/**
 * The first value among a kind's fields, untouched (a body keeps its every
 * character: offsets are into it); null when none holds one.
 *
 * @example fieldText({ maintext: 'Roe said so.' }, 'body') // 'Roe said so.'
 */
export function fieldText(record: JsonRecord, kind: FieldKind): string | null {
  for (const name of FIELD_NAMES[kind]) {
    const key = keyOf(record, name);
    const value = key === undefined ? null : asText(record[key]);
    if (value !== null) return value;
  }
  return null;
}

/** The first value among a kind's fields, trimmed; null when none holds one. */
export function fieldValue(record: JsonRecord, kind: FieldKind): string | null {
  return fieldText(record, kind)?.trim() ?? null;
}

/** The record's fields that hold something, for a warning ("title, summary, url"). */
export function fieldsFound(record: JsonRecord): string {
  const found = Object.keys(record).filter((key) => asText(record[key]) !== null || typeof record[key] === 'boolean');
  return found.length > 0 ? found.join(', ') : 'none';
}
