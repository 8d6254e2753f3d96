import { describe, expect, it } from '@jest/globals';
import { daysBetween, parseCalendarDate } from './calendar-date';

describe('parseCalendarDate', () => {
  it.each([
    ['2022-01-20', '2022-01-20'],
    ['2022-01-20 00:00:00.000', '2022-01-20'],
    ['2022-01-20T10:00:00Z', '2022-01-20'],
    ['20 January 2022', '2022-01-20'],
    ['2 february 2022', '2022-02-02'],
    [' 2024-02-29 ', '2024-02-29'],
  ])('reads %j', (text, day) => expect(parseCalendarDate(text)).toBe(day));

  it.each(['', '2022-02-30', '2022-13-01', '0025-01-20', '20/01/2022', '31 Smarch 2022', null, undefined])('refuses %j', (text) => {
    expect(parseCalendarDate(text)).toBeNull();
  });

  it('counts days across a month end', () => {
    expect(daysBetween('2022-01-30', '2022-02-02')).toBe(3);
  });
});
