import { describe, expect, it } from '@jest/globals';
import { parseBbox } from './parse-bbox';

describe('parseBbox', () => {
  it('reads minLon,minLat,maxLon,maxLat', () => {
    expect(parseBbox('39.5,36.0,42.4,37.4')).toEqual({ ok: true, value: { minLon: 39.5, minLat: 36, maxLon: 42.4, maxLat: 37.4 } });
    expect(parseBbox(' -1 , -2 , 3 , 4 ')).toEqual({ ok: true, value: { minLon: -1, minLat: -2, maxLon: 3, maxLat: 4 } });
  });

  it('accepts a box across the antimeridian (minLon above maxLon)', () => {
    expect(parseBbox('170,-10,-170,10')).toMatchObject({ ok: true, value: { minLon: 170, maxLon: -170 } });
  });

  it.each([
    ['40,36,41', 'needs 4 numbers minLon,minLat,maxLon,maxLat; got 3'],
    ['40,36,41,37,1', 'needs 4 numbers minLon,minLat,maxLon,maxLat; got 5'],
    ['40,36,,37', 'every corner must be a decimal number, e.g. 40.1,36.2,41.5,37.1'],
    ['40,36,1e2,37', 'every corner must be a decimal number, e.g. 40.1,36.2,41.5,37.1'],
    ['east,36,41,37', 'every corner must be a decimal number, e.g. 40.1,36.2,41.5,37.1'],
    ['-181,36,41,37', 'longitudes must lie in [-180, 180]'],
    ['40,-91,41,37', 'latitudes must lie in [-90, 90]'],
    ['40,37,41,36', 'minLat must not exceed maxLat'],
  ])('refuses %j: %s', (text, reason) => {
    expect(parseBbox(text)).toEqual({ ok: false, reason });
  });
});
