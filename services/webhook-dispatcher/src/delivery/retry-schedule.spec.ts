import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_JITTER, DEFAULT_RETRY_SCHEDULE_MS, parseRetryAfter, retryDelayMs } from './retry-schedule';

describe('retryDelayMs', () => {
  it('follows the schedule after each failed attempt, then gives up after the eighth', () => {
    const exact = [1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(n, DEFAULT_RETRY_SCHEDULE_MS, 0, 0.5));
    expect(exact).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000]);
    expect(retryDelayMs(8, DEFAULT_RETRY_SCHEDULE_MS, DEFAULT_JITTER, 0.5)).toBeNull();
    expect(retryDelayMs(0, DEFAULT_RETRY_SCHEDULE_MS, DEFAULT_JITTER, 0.5)).toBeNull();
  });

  it('stays within ±20 % of the scheduled delay whatever the random draw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, random) => {
        const base = DEFAULT_RETRY_SCHEDULE_MS[attempt];
        const delay = retryDelayMs(attempt, DEFAULT_RETRY_SCHEDULE_MS, DEFAULT_JITTER, random)!;
        expect(delay).toBeGreaterThanOrEqual(Math.floor(base * 0.8));
        expect(delay).toBeLessThanOrEqual(Math.ceil(base * 1.2));
      }),
    );
  });

  it('takes any schedule, e.g. milliseconds for tests', () => {
    expect(retryDelayMs(1, [0, 10, 20], 0, 0)).toBe(10);
    expect(retryDelayMs(2, [0, 10, 20], 0, 0)).toBe(20);
    expect(retryDelayMs(3, [0, 10, 20], 0, 0)).toBeNull();
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 09:00:00 GMT', now)).toBe(0);
  });
  it('ignores what it cannot read', () => {
    for (const value of [undefined, '', '-5', '1.5', 'soon', '2026-11-25']) expect(parseRetryAfter(value, now)).toBeNull();
  });
});
