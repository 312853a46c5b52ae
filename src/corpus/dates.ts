import { MONTHS } from '../language/time.js';

/** "October" as "Oct(?:ober)?": the name, or its first three letters. */
function monthAlternative(month: string): string {
  const short = month.charAt(0).toUpperCase() + month.slice(1, 3);
  return month.length > 3 ? `${short}(?:${month.slice(3)})?` : short;
}

/** Matches a written month name or its abbreviation ("October", "Oct.", "Sept"). */
export const MONTH_PATTERN = `(?:${[...MONTHS.map(monthAlternative), 'Sept'].join('|')})\\.?`;

function monthNumber(name: string): number | null {
  const short = name.slice(0, 3).toLowerCase();
  const index = MONTHS.findIndex((month) => month.slice(0, 3) === short);
  return index < 0 ? null : index + 1;
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_PATTERN})\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})\\s+(${MONTH_PATTERN}),?\\s+(\\d{4})`, 'i');
/** Reuters-21578 style: "26-FEB-1987 15:01:01.79". */
const DAY_MON_YEAR = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})/;

/**
 * The calendar date a string begins with, as `YYYY-MM-DD`, or null.
 *
 * @example toIsoDate('October 25, 2016') // '2016-10-25'
 * @example toIsoDate('26-FEB-1987 15:01:01.79') // '1987-02-26'
 */
export function toIsoDate(value: string): string | null {
  const text = value.trim();
  let match = ISO_DATE.exec(text);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = MONTH_DAY_YEAR.exec(text);
  if (match) {
    const month = monthNumber(match[1] ?? '');
    return month ? iso(Number(match[3]), month, Number(match[2])) : null;
  }
  match = DAY_MONTH_YEAR.exec(text) ?? DAY_MON_YEAR.exec(text);
  if (match) {
    const month = monthNumber(match[2] ?? '');
    return month ? iso(Number(match[3]), month, Number(match[1])) : null;
  }
  return null;
}
