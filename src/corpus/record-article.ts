/**
 * One article from one record of an archive (a JSONL line, a CSV row): its
 * body, id and metadata under their common names (FIELD_NAMES), or a
 * warning naming the fields that were there.
 */
import { fieldsFound, fieldText, namesOf } from './field-names.js';
import { readId, readKnownMeta, type JsonRecord } from './metadata.js';
import type { RawArticle } from './prepare.js';
import type { LoadWarning } from './types.js';

/** Where a record stands: its file, the id the file's path gives, and its line. */
export interface RecordPlace {
  file: string;
  /** The file's id (its name without extension): with the line, the id of a record that has none. */
  fileId: string;
  line: number;
  /** What a record is called where it is skipped: a JSONL "line", a CSV "row". */
  unit: 'line' | 'row';
  /**
   * Whether the record's own id is the file's only (`<file id>#<id>`): an export's ids are its own, and two
   * exports numbered from 1 must not take each other's rows for duplicates.
   */
  ownIds?: boolean;
}

/**
 * NewsAPI cuts its `content` to a couple of hundred characters and says how
 * many more there were: "… [+2714 chars]". What is left is a summary.
 */
const CUT_SHORT = /\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$/;
/** How far from its end the marker is looked for: a body is never searched whole (white space runs would cost time squared). */
const CUT_SHORT_TAIL = 64;

/** Where a body cut short by NewsAPI ends, its marker left off; null when it is not cut. */
function cutShortAt(body: string): number | null {
  const from = Math.max(0, body.length - CUT_SHORT_TAIL);
  const match = CUT_SHORT.exec(body.slice(from));
  return match ? from + match.index : null;
}

/**
 * The article of one record, or null with a warning. Its id is the record's
 * (`<file id>#<id>` where the file's ids are its own), else `<file id>#<line>`.
 *
 * @example recordArticle({ title: 'Roe visits', maintext: 'Roe said so.' }, { file: 'x.jsonl', fileId: 'x', line: 3, unit: 'line' }, [])
 * // { id: 'x#3', origin: 'x.jsonl:3', text: 'Roe said so.', headlineInText: false, known: { headline: 'Roe visits' } }
 */
export function recordArticle(record: JsonRecord, place: RecordPlace, warnings: LoadWarning[]): RawArticle | null {
  const where = { file: place.file, line: place.line };
  const given = readId(record);
  const id = given === null ? `${place.fileId}#${place.line}` : place.ownIds ? `${place.fileId}#${given}` : given;
  const whole = fieldText(record, 'body');
  const cut = whole === null ? null : cutShortAt(whole);
  const body = whole !== null && cut !== null ? whole.slice(0, cut) : whole;
  if (body === null || body.trim() === '') {
    const which = given === null ? '' : `article "${given}": `;
    warnings.push({ ...where, message: `${which}no body text (${namesOf('body')}); fields found: ${fieldsFound(record)}; ${place.unit} skipped` });
    return null;
  }
  const known = readKnownMeta(record, where, warnings);
  if (cut !== null) known.summaryOnly = true;
  return { id, origin: `${place.file}:${place.line}`, text: body, headlineInText: false, known };
}
