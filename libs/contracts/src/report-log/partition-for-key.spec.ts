import { describe, expect, it } from '@jest/globals';
import { murmur2, partitionForKey } from './partition-for-key';

describe('murmur2', () => {
  // The vectors of Kafka's own UtilsTest.testMurmur2, so we agree with the Java client.
  it.each([
    ['21', -973932308],
    ['foobar', -790332482],
    ['a-little-bit-long-string', -985981536],
    ['a-little-bit-longer-string', -1486304829],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
    ['abc', 479470107],
  ])('hashes %s like Kafka', (key, expected) => {
    expect(murmur2(Buffer.from(key))).toBe(expected);
  });
});

describe('partitionForKey', () => {
  it('is stable and within range, also for Arabic keys', () => {
    for (const key of ['syr|al hasakah|2022-01-20', 'syr|الحسكة|2022-01-20', '']) {
      const p = partitionForKey(key, 6);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(6);
      expect(partitionForKey(key, 6)).toBe(p);
    }
  });
});
