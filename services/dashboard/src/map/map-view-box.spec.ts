import { describe, expect, it } from '@jest/globals';
import { fitViewBox } from './map-view-box';

const FULL = { width: 800, height: 700 };

describe('fitViewBox', () => {
  it('shows the whole map without points or when they spread over it', () => {
    expect(fitViewBox([], FULL, 200, 30)).toEqual({ x: 0, y: 0, width: 800, height: 700 });
    expect(fitViewBox([[50, 100], [750, 600]], FULL, 200, 30)).toEqual({ x: 0, y: 0, width: 800, height: 700 });
  });

  it('zooms on a cluster, never tighter than the minimum width, in the map aspect ratio', () => {
    const box = fitViewBox([[600, 150], [610, 160]], FULL, 200, 30);
    expect(box.width).toBe(200);
    expect(box.height).toBeCloseTo(175);
    expect(box.x + box.width / 2).toBeCloseTo(605);
    expect(box.y + box.height / 2).toBeCloseTo(155);
  });

  it('keeps the box inside the map at its edges', () => {
    const box = fitViewBox([[790, 10]], FULL, 200, 30);
    expect(box.x).toBe(600);
    expect(box.y).toBe(0);
  });

  it('widens for a tall cluster so every point stays in view', () => {
    const box = fitViewBox([[400, 100], [400, 400]], FULL, 100, 20);
    expect(box.height).toBeGreaterThanOrEqual(340);
    expect(box.width / box.height).toBeCloseTo(800 / 700);
  });
});
