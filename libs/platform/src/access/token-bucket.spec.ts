import { describe, expect, it } from '@jest/globals';
import { TokenBuckets } from './token-bucket';

describe('TokenBuckets', () => {
  it('lets a burst of the budget through, then asks to wait, then refills', () => {
    const buckets = new TokenBuckets(60);
    for (let i = 0; i < 60; i++) expect(buckets.take('k', 0)).toBe(0);
    expect(buckets.take('k', 0)).toBe(1);
    expect(buckets.take('other', 0)).toBe(0);
    expect(buckets.take('k', 1_000)).toBe(0);
    expect(buckets.take('k', 1_000)).toBeGreaterThan(0);
  });
});
