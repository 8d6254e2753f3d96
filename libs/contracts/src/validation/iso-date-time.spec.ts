import { describe, expect, it } from '@jest/globals';
import { isNotBefore, parseIsoDateOrDateTime } from './iso-date-time';

function parsed(value: string) {
  const result = parseIsoDateOrDateTime(value);
  if (result === null) throw new Error(`expected ${value} to parse`);
  return result;
}

describe('parseIsoDateOrDateTime', () => {
  it.each([
    ['2022-01-20', '2022-01-20', false, Date.UTC(2022, 0, 20)],
    ['2022-01-20T14:05:00Z', '2022-01-20', true, Date.UTC(2022, 0, 20, 14, 5)],
    ['2022-01-20T14:05Z', '2022-01-20', true, Date.UTC(2022, 0, 20, 14, 5)],
    ['2022-01-20T01:00:00+03:00', '2022-01-20', true, Date.UTC(2022, 0, 19, 22, 0)],
    ['2022-01-20T14:05:00.123456789-05:30', '2022-01-20', true, Date.UTC(2022, 0, 20, 19, 35, 0, 123)],
    ['2024-02-29', '2024-02-29', false, Date.UTC(2024, 1, 29)],
    ['2000-02-29', '2000-02-29', false, Date.UTC(2000, 1, 29)],
  ])('reads %s as the written day %s', (value, day, hasTime, instant) => {
    expect(parseIsoDateOrDateTime(value)).toEqual({ day, hasTime, instant });
  });

  it.each([
    ['a date-time without a zone', '2022-01-20T14:05:00'],
    ['February 29 of a common year', '2022-02-29'],
    ['February 29 of 1900', '1900-02-29'],
    ['month 13', '2022-13-01'],
    ['day 0', '2022-01-00'],
    ['April 31', '2022-04-31'],
    ['hour 24', '2022-01-20T24:00Z'],
    ['a leap second', '2022-01-20T23:59:60Z'],
    ['an offset beyond 14 hours', '2022-01-20T10:00+15:00'],
    ['a lower-case zone', '2022-01-20T10:00z'],
    ['a space instead of T', '2022-01-20 10:00Z'],
    ['a week date', '2022-W03-4'],
    ['an ordinal date', '2022-020'],
    ['a year and month', '2022-01'],
    ['a compact date', '20220120'],
    ['surrounding whitespace', ' 2022-01-20'],
    ['a trailing newline', '2022-01-20\n'],
    ['free text', 'yesterday'],
  ])('refuses %s', (_name, value) => {
    expect(parseIsoDateOrDateTime(value)).toBeNull();
  });
});

describe('isNotBefore', () => {
  it('compares two date-times as instants, across zones', () => {
    expect(isNotBefore(parsed('2022-01-20T12:00+03:00'), parsed('2022-01-20T09:00Z'))).toBe(true);
    expect(isNotBefore(parsed('2022-01-20T12:00+03:00'), parsed('2022-01-20T09:00:01Z'))).toBe(false);
  });

  it('compares by the written day as soon as one side is a date alone', () => {
    expect(isNotBefore(parsed('2022-01-20'), parsed('2022-01-20T18:00Z'))).toBe(true);
    expect(isNotBefore(parsed('2022-01-20T00:00Z'), parsed('2022-01-20'))).toBe(true);
    expect(isNotBefore(parsed('2022-01-19'), parsed('2022-01-20T00:00Z'))).toBe(false);
  });
});
