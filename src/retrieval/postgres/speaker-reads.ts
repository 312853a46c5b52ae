/**
 * The speaker look-ups of speaker-lookups.ts asked of the database, each one
 * indexed query (entities by id, by place, by statements; speaker_words by
 * word or by a range of words), so the process never holds every speaker:
 * postgres-coverage.ts keeps what they bring, up to its bound. Each gives
 * what the in-memory look-up gives; what SQL cannot order as JavaScript does
 * (words in code-unit order) is ordered here.
 */
import type { SpeakerEntity } from '../../attribution/index.js';
import type { CoverageCounts } from '../coverage-counts.js';
import { entityOf, type EntityRow } from './records.js';

export type Query = <Row extends object>(sql: string, values?: unknown[]) => Promise<Row[]>;

/** A speaker with what the look-ups order and count it by. */
export interface StoredSpeaker {
  entity: SpeakerEntity;
  /** Its place in the list of speakers (the speaker index's id). */
  ordinal: number;
  statements: number;
}

/**
 * records.ts's entity columns, the lists as JSON: pg parses a text[] in JavaScript, JSON natively, and a
 * prolific speaker's list of articles runs to a thousand ids (a search's statements bring their speakers).
 */
const SPEAKER_COLUMNS = 'e.id, e.kind, e.name, to_json(e.aliases) AS aliases, to_json(e.roles) AS roles, to_json(e.articles) AS articles, e.anonymous, e.ordinal, e.statements';
/** speaker-lookups.ts `isNamed`, in SQL. */
const NAMED = "e.name IS NOT NULL AND e.name <> '' AND NOT e.anonymous";

type SpeakerRow = EntityRow & { ordinal: number; statements: number };
const speakerOf = (row: SpeakerRow): StoredSpeaker => ({ entity: entityOf(row), ordinal: row.ordinal, statements: row.statements });

async function speakersWhere(query: Query, condition: string, values: unknown[]): Promise<StoredSpeaker[]> {
  return (await query<SpeakerRow>(`SELECT ${SPEAKER_COLUMNS} FROM entities e WHERE ${condition} ORDER BY e.ordinal`, values)).map(speakerOf);
}

/** The speakers of these ids (those there are). */
export function speakersById(query: Query, ids: readonly string[]): Promise<StoredSpeaker[]> {
  return speakersWhere(query, 'e.id = ANY($1::text[])', [ids]);
}

/** The speakers at these places of the list (those there are). */
export function speakersAt(query: Query, positions: readonly number[]): Promise<StoredSpeaker[]> {
  return speakersWhere(query, 'e.ordinal = ANY($1::integer[])', [positions]);
}

/** The first `count` named speakers with statements, most statements first, then in the speakers' order. */
export async function mostQuoted(query: Query, count: number): Promise<StoredSpeaker[]> {
  if (!(count >= 1)) return [];
  const rows = await query<SpeakerRow>(
    `SELECT ${SPEAKER_COLUMNS} FROM entities e WHERE ${NAMED} AND e.statements > 0 ORDER BY e.statements DESC, e.ordinal LIMIT $1`,
    [Math.floor(Math.min(count, 2 ** 31 - 1))],
  );
  return rows.map(speakerOf);
}

/** The named speakers whose name holds every one of `words` (at least one), in the speakers' order. */
export function speakersNamed(query: Query, words: readonly string[]): Promise<StoredSpeaker[]> {
  const distinct = [...new Set(words)];
  return speakersWhere(
    query,
    "e.id IN (SELECT w.entity FROM speaker_words w WHERE w.field = 'name' AND w.word = ANY($1::text[]) GROUP BY w.entity HAVING count(*) = $2)",
    [distinct, distinct.length],
  );
}

/** For each of `words`, the named speakers whose name holds it, in the speakers' order. */
export async function speakersOfEachName(query: Query, words: readonly string[]): Promise<Map<string, StoredSpeaker[]>> {
  const rows = await query<SpeakerRow & { word: string }>(
    `SELECT w.word, ${SPEAKER_COLUMNS} FROM speaker_words w JOIN entities e ON e.id = w.entity WHERE w.field = 'name' AND w.word = ANY($1::text[]) ORDER BY e.ordinal`,
    [words],
  );
  const found = new Map<string, StoredSpeaker[]>(words.map((word) => [word, []]));
  for (const row of rows) found.get(row.word)?.push(speakerOf(row));
  return found;
}

/** A string after every word starting with `text` and before any other (U+10FFFF is the last character, in no word). */
function pastPrefix(text: string): string {
  return `${text}\u{10FFFF}`;
}

/**
 * The range of words starting with `unit`, one UTF-16 code unit: a high surrogate starts a range of
 * characters beyond the first plane, in the database's byte order as in JavaScript's.
 */
function rangeOfUnit(unit: string): [string, string] | null {
  const code = unit.charCodeAt(0);
  if (code >= 0xdc00 && code <= 0xdfff) return null;
  if (code >= 0xd800 && code <= 0xdbff) {
    const first = 0x10000 + (code - 0xd800) * 0x400;
    return [String.fromCodePoint(first), String.fromCodePoint(first + 0x3ff) + '\u{10FFFF}'];
  }
  return [unit, pastPrefix(unit)];
}

/** The distinct words of named speakers' names starting with `unit` (one code unit), in code-unit order. */
export async function nameWordsStartingWith(query: Query, unit: string): Promise<string[]> {
  const range = unit === '' ? null : rangeOfUnit(unit);
  if (!range) return [];
  const rows = await query<{ word: string }>(
    "SELECT DISTINCT word FROM speaker_words WHERE field = 'name' AND word >= $1 AND word < $2",
    range,
  );
  return rows.map((row) => row.word).filter((word) => word.charAt(0) === unit).sort();
}

/** The named people with roles holding, for each list of `prefixes`, a role word starting with one of them. */
export function peopleWithRoleWords(query: Query, prefixes: readonly (readonly string[])[]): Promise<StoredSpeaker[]> {
  const values: string[] = [];
  const holding = (alternatives: readonly string[]): string => {
    const ranges = alternatives.map((prefix) => {
      values.push(prefix, pastPrefix(prefix));
      return `(w.word >= $${values.length - 1} AND w.word < $${values.length})`;
    });
    return `e.id IN (SELECT w.entity FROM speaker_words w WHERE w.field = 'role' AND (${ranges.length > 0 ? ranges.join(' OR ') : 'false'}))`;
  };
  const conditions = prefixes.length > 0 ? prefixes.map(holding) : ["e.id IN (SELECT w.entity FROM speaker_words w WHERE w.field = 'role')"];
  return speakersWhere(query, conditions.join(' AND '), values);
}

/** coverage-counts.ts `countsOf`, in SQL: one pass over the articles, and the named speakers counted by their index. */
export async function coverageCounts(query: Query): Promise<CoverageCounts> {
  const [articles, people] = await Promise.all([
    query<{ articles: number; without_outlet: number; dated: number; first: string | null; last: string | null }>(
      `SELECT count(*)::integer AS articles, count(*) FILTER (WHERE a.outlet IS NULL OR a.outlet = '')::integer AS without_outlet,
        count(*) FILTER (WHERE d.day IS NOT NULL)::integer AS dated, min(d.day) AS first, max(d.day) AS last
       FROM articles a CROSS JOIN LATERAL (SELECT CASE WHEN a.published ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN left(a.published, 10) COLLATE "C" END AS day) d`,
    ),
    query<{ people: number }>(`SELECT count(*)::integer AS people FROM entities e WHERE ${NAMED} AND e.statements > 0`),
  ]);
  const row = articles[0];
  return {
    articles: row?.articles ?? 0,
    withoutOutlet: row?.without_outlet ?? 0,
    published: row?.first && row.last ? { from: row.first, to: row.last, dated: row.dated } : null,
    people: people[0]?.people ?? 0,
  };
}
