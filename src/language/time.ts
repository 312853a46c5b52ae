/**
 * Names of days and months and the words of short time phrases ("on
 * Tuesday", "last week"), lower-case. Stages use them to step over when
 * something was said, and to keep "Tuesday" or "March" out of names.
 */

export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Month names in calendar order. */
export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Days named relative to the day of writing. */
export const RELATIVE_DAYS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight']);

/** Parts of the day and lengths of time that head a time phrase ("this morning", "last week"). */
export const TIME_PERIODS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend']);

/** Whether a lower-case word names a day or a stretch of time ("tuesday", "today", "week"). */
export function isTimeNoun(word: string): boolean {
  return WEEKDAYS.has(word) || RELATIVE_DAYS.has(word) || TIME_PERIODS.has(word);
}

/** Written short forms of month names: the first three letters ("oct"), and "sept". For May it is the whole name. */
export const MONTH_SHORT_FORMS: readonly string[] = [...MONTHS.map((month) => month.slice(0, 3)), 'sept'];
