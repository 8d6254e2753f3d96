export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The part of the map to show for these points (in map units): their bounds plus `margin`, in the
 * map's aspect ratio, at least `minWidth` wide (one prison does not fill the screen), kept inside
 * the map. The whole map when there are no points or they spread over most of it.
 */
export function fitViewBox(points: ReadonlyArray<readonly [number, number]>, full: { width: number; height: number }, minWidth: number, margin: number): ViewBox {
  const whole = { x: 0, y: 0, width: full.width, height: full.height };
  if (points.length === 0) return whole;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const aspect = full.width / full.height;
  const width = Math.max(maxX - minX + 2 * margin, (maxY - minY + 2 * margin) * aspect, minWidth);
  if (width >= full.width * 0.8) return whole;
  const height = width / aspect;
  const clamp = (value: number, size: number, limit: number) => Math.min(Math.max(value, 0), limit - size);
  return {
    x: clamp((minX + maxX) / 2 - width / 2, width, full.width),
    y: clamp((minY + maxY) / 2 - height / 2, height, full.height),
    width,
    height,
  };
}
