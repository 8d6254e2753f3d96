import { describe, expect, it } from '@jest/globals';
import { deriveLogKey } from './derive-log-key';
import type { EventAssertion } from './report.types';

type Keyed = Pick<EventAssertion, 'occurred' | 'location'>;

function assertion(start: string, location: Partial<Keyed['location']> = {}): Keyed {
  return {
    occurred: { start, precision: 'day' },
    location: { country: { iso3: 'SYR' }, precision: 'adm1', ...location },
  };
}

describe('deriveLogKey', () => {
  it('prefers the canonical governorate, lower-cased', () => {
    expect(deriveLogKey(assertion('2022-01-20', { admin1: 'Hassakah', canonicalAdmin1: 'Al Hasakah' }))).toBe('SYR|al hasakah|2022-01-20');
  });

  it('gives spellings that ingest resolved to one governorate the same key', () => {
    const keys = ['Hassaka', 'الحسكة', 'Al Hassakah'].map((admin1) => deriveLogKey(assertion('2022-01-20', { admin1, canonicalAdmin1: 'Al Hasakah' })));
    expect(new Set(keys).size).toBe(1);
  });

  it('falls back to admin1 as reported, then to -', () => {
    expect(deriveLogKey(assertion('2022-01-20', { admin1: 'الحسكة' }))).toBe('SYR|الحسكة|2022-01-20');
    expect(deriveLogKey(assertion('2022-01-20'))).toBe('SYR|-|2022-01-20');
  });

  it('uses the day as the source wrote it, not the UTC day', () => {
    expect(deriveLogKey(assertion('2022-01-20T01:00:00+03:00', { canonicalAdmin1: 'Al Hasakah' }))).toBe('SYR|al hasakah|2022-01-20');
    expect(deriveLogKey(assertion('2022-01-20T23:30:00Z', { canonicalAdmin1: 'Al Hasakah' }))).toBe('SYR|al hasakah|2022-01-20');
  });

  it('separates days and countries', () => {
    const hasakah = { canonicalAdmin1: 'Al Hasakah' };
    expect(deriveLogKey(assertion('2022-01-20', hasakah))).not.toBe(deriveLogKey(assertion('2022-01-21', hasakah)));
    const iraq = deriveLogKey({ ...assertion('2022-01-20', hasakah), location: { ...assertion('2022-01-20', hasakah).location, country: { iso3: 'IRQ' } } });
    expect(iraq).toBe('IRQ|al hasakah|2022-01-20');
  });
});
