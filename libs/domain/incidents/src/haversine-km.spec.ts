import { describe, expect, it } from '@jest/globals';
import { haversineKm } from './haversine-km';

describe('haversineKm', () => {
  it('measures Hasakah prison to Tel Tamr at about 40 km', () => {
    expect(haversineKm({ lat: 36.476929, lon: 40.762153 }, { lat: 36.65, lon: 40.37 })).toBeCloseTo(39.8, 0);
  });

  it('is zero for one point and symmetric', () => {
    const a = { lat: 36.5, lon: 40.7 };
    const b = { lat: 36.51, lon: 40.71 };
    expect(haversineKm(a, a)).toBe(0);
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 12);
  });
});
