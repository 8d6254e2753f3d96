import { describe, expect, it } from '@jest/globals';
import { SeededRandom } from './seeded-random';

describe('SeededRandom', () => {
  it('replays the same sequence for the same seed, and another for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, ((r) => () => r.int(0, 1000))(new SeededRandom(seed)));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('stays in range', () => {
    const random = new SeededRandom(7);
    for (let i = 0; i < 1000; i++) {
      const n = random.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
      expect(random.next()).toBeLessThan(1);
    }
  });

  it('takes the seed from SITREP_SEED when it is a positive integer', () => {
    expect(SeededRandom.fromEnv({ SITREP_SEED: '1234' }).seed).toBe(1234);
    expect(SeededRandom.fromEnv({ SITREP_SEED: 'x' }).seed).toBeGreaterThan(0);
  });
});
