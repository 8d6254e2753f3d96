import { describe, expect, it } from '@jest/globals';
import { formatDay, formatFatalities, formatInstant, formatOccurred, formatValue } from './format';

describe('formatting', () => {
  it('days and instants, in UTC', () => {
    expect(formatDay('2022-01-20')).toBe('20 Jan 2022');
    expect(formatDay('2022-12-05T23:00:00Z')).toBe('5 Dec 2022');
    expect(formatInstant('2026-11-25T23:52:54.364Z')).toBe('25 Nov 2026 23:52 UTC');
    expect(formatDay('soon')).toBe('soon');
  });

  it('occurred time with its precision', () => {
    expect(formatOccurred({ start: '2022-01-20', end: '2022-01-20', precision: 'day' })).toBe('20 Jan 2022');
    expect(formatOccurred({ start: '2022-01-20', end: '2022-01-26', precision: 'week' })).toBe('week of 20 Jan 2022');
    expect(formatOccurred({ start: '2022-01-20', end: '2022-01-23', precision: 'days_2_6' })).toBe('20 Jan 2022 – 23 Jan 2022');
  });

  it('fatalities: best, the range when sources disagree, unknown when nobody counted', () => {
    expect(formatFatalities({ best: 6, low: 6, high: 7 })).toBe('6 (6–7)');
    expect(formatFatalities({ best: 23, low: 23, high: 23 })).toBe('23');
    expect(formatFatalities({ low: 2 })).toBe('2');
    expect(formatFatalities({})).toBe('unknown');
    expect(formatFatalities({ best: 0 })).toBe('0');
  });

  it('diff values', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue(['a', 'b'])).toBe('a, b');
    expect(formatValue({ best: 20 })).toBe('{"best":20}');
  });
});
