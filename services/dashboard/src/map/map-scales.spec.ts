import { describe, expect, it } from '@jest/globals';
import { drawingOrder, MAX_RADIUS, MIN_RADIUS, radiusFor, scaleMaximum } from './map-scales';

describe('map scales', () => {
  it('sizes by the square root of fatalities, between the two radii', () => {
    expect(radiusFor(undefined, 100)).toBe(MIN_RADIUS);
    expect(radiusFor(0, 100)).toBe(MIN_RADIUS);
    expect(radiusFor(100, 100)).toBe(MAX_RADIUS);
    expect(radiusFor(500, 100)).toBe(MAX_RADIUS);
    expect(radiusFor(25, 100)).toBeCloseTo(MIN_RADIUS + 0.5 * (MAX_RADIUS - MIN_RADIUS));
  });

  it('scales to the largest count shown, never below 10', () => {
    expect(scaleMaximum([undefined, 3, 1])).toBe(10);
    expect(scaleMaximum([23, 6, undefined])).toBe(23);
  });

  it('draws large points first and the selected one last', () => {
    const points = [
      { id: 'a', radius: 5 },
      { id: 'b', radius: 20 },
      { id: 'c', radius: 5 },
      { id: 'd', radius: 12 },
    ];
    expect(drawingOrder(points, null).map((p) => p.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(drawingOrder(points, 'b').map((p) => p.id)).toEqual(['d', 'a', 'c', 'b']);
  });
});
