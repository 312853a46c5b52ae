/**
 * A date a question narrows itself to ("what did Roe say on October 26",
 * "... in March 2019", "... in 2018"): split off the question, to be matched
 * against each source's publication date.
 */
import { MONTH_PATTERN } from '../corpus/dates.js';
import { MONTHS } from '../language/time.js';

export interface DateAsked {
  year?: number;
  month?: number;
  day?: number;
}

const MONTH_DAY = new RegExp(`\\s+(?:on|in|during)\\s+(${MONTH_PATTERN})(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(\\d{4}))?$`, 'i');
const DAY_MONTH = new RegExp(`\\s+(?:on\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})(?:,?\\s+(\\d{4}))?$`, 'i');
const YEAR = /\s+in\s+((?:19|20)\d{2})$/i;

function monthNumber(name: string): number | undefined {
  const index = MONTHS.findIndex((month) => month.slice(0, 3) === name.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
}

function dateOf(year: string | undefined, month: string | undefined, day: string | undefined): DateAsked {
  const date: DateAsked = {};
  if (year) date.year = Number(year);
  const number = month ? monthNumber(month) : undefined;
  if (number) date.month = number;
  if (day && Number(day) >= 1 && Number(day) <= 31) date.day = Number(day);
  return date;
}

/**
 * The question without its date, and the date; null when it names none.
 *
 * @example splitDate('what did roe say on oct 26') // { rest: 'what did roe say', date: { month: 10, day: 26 } }
 */
export function splitDate(question: string): { rest: string; date: DateAsked } | null {
  let match = MONTH_DAY.exec(question);
  if (match) return { rest: question.slice(0, match.index), date: dateOf(match[3], match[1], match[2]) };
  match = DAY_MONTH.exec(question);
  if (match) return { rest: question.slice(0, match.index), date: dateOf(match[3], match[2], match[1]) };
  match = YEAR.exec(question);
  if (match) return { rest: question.slice(0, match.index), date: dateOf(match[1], undefined, undefined) };
  return null;
}

/** Whether a publication date (`YYYY-MM-DD`) falls on the date asked. */
export function publishedOn(published: string | null, date: DateAsked): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!match) return false;
  return (date.year === undefined || Number(match[1]) === date.year) &&
    (date.month === undefined || Number(match[2]) === date.month) &&
    (date.day === undefined || Number(match[3]) === date.day);
}

/** "October 26", "March 2019", "2018": the date as asked, for answers. */
export function describeDate(date: DateAsked): string {
  const month = date.month ? `${(MONTHS[date.month - 1] ?? '').charAt(0).toUpperCase()}${(MONTHS[date.month - 1] ?? '').slice(1)}` : '';
  return [month, date.day ? String(date.day) : '', date.year ? String(date.year) : ''].filter(Boolean).join(' ').replace(/^(\p{L}+) (\d{1,2}) (\d{4})$/u, '$1 $2, $3');
}
