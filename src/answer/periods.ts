/**
 * Dates of publication counted by period, for a chart of coverage over
 * time: the period (day, week, month or year) chosen by how long the
 * coverage runs, so a chart has a readable number of bars, and every period
 * from the first to the last shown, a quiet one as a zero.
 */

export type Bucket = 'day' | 'week' | 'month' | 'year';

/** The longest span (in days) counted by day, by week, and by month; longer ones by year. */
const DAYS_BY_DAY = 62;
const DAYS_BY_WEEK = 2 * 366;
const DAYS_BY_MONTH = 20 * 366;
const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The day a date of publication names (ISO `YYYY-MM-DD`, as the corpus records a known date), or null for one it does not. */
export function dayOf(published: string | null): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!match) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(day.getTime()) || day.getUTCDate() !== Number(match[3]) ? null : day;
}

/** The period for days from `first` to `last`. */
export function bucketFor(first: Date, last: Date): Bucket {
  const days = (last.getTime() - first.getTime()) / DAY_MS;
  return days <= DAYS_BY_DAY ? 'day' : days <= DAYS_BY_WEEK ? 'week' : days <= DAYS_BY_MONTH ? 'month' : 'year';
}

/** The first day of the period holding `day` (a week starts on Monday). */
export function periodStart(day: Date, bucket: Bucket): Date {
  const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()];
  switch (bucket) {
    case 'day':
      return new Date(Date.UTC(y, m, d));
    case 'week':
      return new Date(Date.UTC(y, m, d - ((day.getUTCDay() + 6) % 7)));
    case 'month':
      return new Date(Date.UTC(y, m, 1));
    case 'year':
      return new Date(Date.UTC(y, 0, 1));
  }
}

function nextPeriod(start: Date, bucket: Bucket): Date {
  const [y, m, d] = [start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()];
  if (bucket === 'day') return new Date(Date.UTC(y, m, d + 1));
  if (bucket === 'week') return new Date(Date.UTC(y, m, d + 7));
  return bucket === 'month' ? new Date(Date.UTC(y, m + 1, 1)) : new Date(Date.UTC(y + 1, 0, 1));
}

/** A period as a chart labels it: "Mar 3" (a day, or the week from it), "Mar 1987", "1987". */
export function periodLabel(start: Date, bucket: Bucket): string {
  const month = MONTHS[start.getUTCMonth()] ?? '';
  if (bucket === 'year') return String(start.getUTCFullYear());
  return bucket === 'month' ? `${month} ${start.getUTCFullYear()}` : `${month} ${start.getUTCDate()}`;
}

export const isoDay = (day: Date): string => day.toISOString().slice(0, 10);

/** Every period from the one holding `first` to the one holding `last`, in order. */
export function periodsBetween(first: Date, last: Date, bucket: Bucket): Date[] {
  const periods: Date[] = [];
  const end = periodStart(last, bucket).getTime();
  for (let at = periodStart(first, bucket); at.getTime() <= end; at = nextPeriod(at, bucket)) periods.push(at);
  return periods;
}
