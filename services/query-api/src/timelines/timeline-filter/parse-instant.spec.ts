import { describe, expect, it } from '@jest/globals';
import { parseDay, parseInstant } from './parse-instant';

describe('parseInstant', () => {
  it('takes a bare date as its whole UTC day: first microsecond from, last microsecond to', () => {
    expect(parseInstant('2022-01-21', 'start')).toEqual({ ok: true, value: '2022-01-21T00:00:00.000000Z' });
    expect(parseInstant('2022-01-21', 'end')).toEqual({ ok: true, value: '2022-01-21T23:59:59.999999Z' });
  });

  it('keeps a date-time with its offset, and takes one without an offset as UTC', () => {
    expect(parseInstant('2022-01-21T14:30:00+03:00', 'end')).toEqual({ ok: true, value: '2022-01-21T14:30:00+03:00' });
    expect(parseInstant('2022-01-21T14:30:00.123456Z', 'start')).toEqual({ ok: true, value: '2022-01-21T14:30:00.123456Z' });
    expect(parseInstant('2022-01-21T14:30', 'start')).toEqual({ ok: true, value: '2022-01-21T14:30Z' });
  });

  it.each(['2022-13-01', '2022-02-30', '2021-02-29', '0000-01-01'])('refuses the non-date %s', (text) => {
    expect(parseInstant(text, 'start')).toEqual({ ok: false, reason: `${text} is not a calendar date` });
  });

  it.each(['yesterday', '21/01/2022', '2022-1-21', '2022-01-21 14:30', '2022-01-21T14:30:00.1234567Z', '2022-01-21T14:30:00+3'])('refuses %j', (text) => {
    expect(parseInstant(text, 'start')).toMatchObject({ ok: false, reason: expect.stringContaining('ISO 8601') });
  });

  it('refuses impossible times', () => {
    expect(parseInstant('2022-01-21T24:00:00Z', 'start')).toEqual({ ok: false, reason: '2022-01-21T24:00:00Z is not a valid date-time' });
  });
});

describe('parseDay', () => {
  it('takes calendar days only', () => {
    expect(parseDay('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDay('2023-02-29')).toEqual({ ok: false, reason: '2023-02-29 is not a calendar date' });
    expect(parseDay('2023-02-28T00:00:00Z')).toMatchObject({ ok: false });
  });
});
