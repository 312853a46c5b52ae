import { describe, expect, it } from 'vitest';
import { toIsoDate } from '../../src/corpus/dates.js';

describe('toIsoDate', () => {
  it.each([
    ['2015-12-10', '2015-12-10'],
    ['2015-12-10T19:10:44Z', '2015-12-10'],
    ['2015-12-10T23:30:00-05:00', '2015-12-10'],
    ['20151210T191044Z', '2015-12-10'],
    ['20151210T191044+0100', '2015-12-10'],
    ['20151210', '2015-12-10'],
    ['2015-344', '2015-12-10'],
    ['2015344', '2015-12-10'],
    ['2015-W50-4', '2015-12-10'],
    ['2015W504', '2015-12-10'],
    ['2015-W50', '2015-12-07'],
    // Week 1 of 2021 begins on Monday 4 January; week 53 of 2020 ends on Sunday 3 January 2021.
    ['2021-W01-1', '2021-01-04'],
    ['2020-W53-7', '2021-01-03'],
    ['Thu, 04 Mar 2021 23:30:00 -0500', '2021-03-04'],
    ['Tuesday, October 25, 2016', '2016-10-25'],
    ['October 25, 2016', '2016-10-25'],
    ['26-FEB-1987 15:01:01.79', '1987-02-26'],
  ])('reads %s as %s', (given, expected) => {
    expect(toIsoDate(given)).toBe(expected);
  });

  it.each([
    ['20151310', 'no 13th month'],
    ['2015-366', '2015 is no leap year'],
    ['2021-W53-1', '2021 has 52 weeks'],
    ['2015-12', 'no day'],
    ['201512101', 'nine digits'],
    ['last Tuesday', 'no date'],
  ])('gives null for %s (%s)', (given) => {
    expect(toIsoDate(given)).toBeNull();
  });
});
