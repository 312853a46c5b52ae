import { describe, expect, it } from 'vitest';
import { bucketFor, dayOf, isoDay, periodLabel, periodsBetween } from '../../src/answer/periods.js';

const day = (iso: string): Date => dayOf(iso) as Date;

describe('periods of coverage', () => {
  it('reads an ISO date, and nothing else, as a day', () => {
    expect(isoDay(day('2026-03-02'))).toBe('2026-03-02');
    expect(dayOf('March 2, 2026')).toBeNull();
    expect(dayOf('2026-02-30')).toBeNull();
    expect(dayOf(null)).toBeNull();
  });

  it('counts by day up to two months, by week up to two years, by month up to twenty, then by year', () => {
    expect(bucketFor(day('2026-03-01'), day('2026-05-01'))).toBe('day');
    expect(bucketFor(day('2026-03-01'), day('2026-05-03'))).toBe('week');
    expect(bucketFor(day('2026-03-01'), day('2028-03-01'))).toBe('week');
    expect(bucketFor(day('2026-03-01'), day('2028-03-05'))).toBe('month');
    expect(bucketFor(day('2000-01-01'), day('2021-01-01'))).toBe('year');
  });

  it('starts a week on Monday, and lists every period from the first to the last', () => {
    // 2026-03-04 is a Wednesday; 2026-03-16 a Monday.
    expect(periodsBetween(day('2026-03-04'), day('2026-03-16'), 'week').map(isoDay)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(periodsBetween(day('2025-11-20'), day('2026-02-01'), 'month').map((d) => periodLabel(d, 'month'))).toEqual(['Nov 2025', 'Dec 2025', 'Jan 2026', 'Feb 2026']);
    expect(periodsBetween(day('1999-06-01'), day('2001-01-01'), 'year').map((d) => periodLabel(d, 'year'))).toEqual(['1999', '2000', '2001']);
  });
});
