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

/** ISO 8601 calendar dates, extended ("2015-12-10", "2015-12-10T19:10:44Z") or basic ("20151210", "20151210T191044Z"). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const ISO_BASIC_DATE = /^(\d{4})(\d{2})(\d{2})(?![\d-])/;
/** ISO 8601 ordinal dates: the day of the year ("2015-344", "2015344"). */
const ISO_ORDINAL_DATE = /^(\d{4})-?(\d{3})(?![\d-])/;
/** ISO 8601 week dates: year, week and weekday, Monday 1 ("2015-W50-4", "2015W504"); no weekday is the week's Monday. */
const ISO_WEEK_DATE = /^(\d{4})-?W(\d{2})(?:-?([1-7]))?(?![\d-])/;
const DAY_MS = 86_400_000;

/** The date of day `ordinal` (1-based) of `year`, or null when the year has no such day. */
function isoOfOrdinal(year: number, ordinal: number): string | null {
  const date = new Date(Date.UTC(year, 0, 1) + (ordinal - 1) * DAY_MS);
  return ordinal >= 1 && date.getUTCFullYear() === year ? date.toISOString().slice(0, 10) : null;
}

/** ISO years have 53 weeks when they begin on a Thursday, or are leap years that begin on a Wednesday. */
function weeksIn(year: number): number {
  const first = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
  return first === 4 || (leap && first === 3) ? 53 : 52;
}

/** The date of weekday `day` (Monday 1) of ISO week `week` of `year`, or null when the year has no such week. */
function isoOfWeek(year: number, week: number, day: number): string | null {
  if (week < 1 || week > weeksIn(year)) return null;
  // Week 1 is the week that holds 4 January.
  const fourth = Date.UTC(year, 0, 4);
  const monday = fourth - ((new Date(fourth).getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(monday + ((week - 1) * 7 + (day - 1)) * DAY_MS).toISOString().slice(0, 10);
}

const MONTH_DAY_YEAR = new RegExp(`^(${MONTH_PATTERN})\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})\\s+(${MONTH_PATTERN}),?\\s+(\\d{4})`, 'i');
/** A weekday before a date ("Thu, 10 Dec 2015", as RSS writes dates; "Tuesday, October 25, 2016"): read past. */
const WEEKDAY = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+/i;
/** Reuters-21578 style: "26-FEB-1987 15:01:01.79". */
const DAY_MON_YEAR = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})/;

/**
 * The calendar date a string begins with, as `YYYY-MM-DD`, or null.
 *
 * Every ISO 8601 form of a date is read, extended or basic: calendar dates
 * ("2015-12-10", "20151210T191044Z"), ordinal dates ("2015-344") and week
 * dates ("2015-W50-4"). A time after the date is not read: the date is the
 * one the writer gave, in their time zone.
 *
 * @example toIsoDate('October 25, 2016') // '2016-10-25'
 * @example toIsoDate('26-FEB-1987 15:01:01.79') // '1987-02-26'
 * @example toIsoDate('20151210T191044Z') // '2015-12-10'
 * @example toIsoDate('2015-W50-4') // '2015-12-10'
 */
export function toIsoDate(value: string): string | null {
  const text = value.trim().replace(WEEKDAY, '');
  let match = ISO_DATE.exec(text) ?? ISO_BASIC_DATE.exec(text);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = ISO_WEEK_DATE.exec(text);
  if (match) return isoOfWeek(Number(match[1]), Number(match[2]), Number(match[3] ?? 1));
  match = ISO_ORDINAL_DATE.exec(text);
  if (match) return isoOfOrdinal(Number(match[1]), Number(match[2]));
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
