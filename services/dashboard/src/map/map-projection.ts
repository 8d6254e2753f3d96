import { geoMercator, geoPath } from 'd3-geo';
import outline from 'world-atlas/countries-10m.json?syria-region';

/** The map's drawing space (SVG viewBox units); the SVG scales to its box. */
export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 700;
const MARGIN = 24;

const syria = outline.features.find((country) => country.properties.focus);
if (syria === undefined) throw new Error('the map outline has no Syria');

/** Mercator fitted to Syria: at 32–37° N its distortion is small, and it is what analysts' maps use. */
const projection = geoMercator().fitExtent(
  [
    [MARGIN, MARGIN],
    [MAP_WIDTH - MARGIN, MAP_HEIGHT - MARGIN],
  ],
  syria,
);
const path = geoPath(projection);

/** Country outlines as SVG path data, neighbours first (Syria drawn on top of shared borders). */
export const COUNTRY_PATHS = outline.features
  .map((country) => ({ id: String(country.id), name: country.properties.name, focus: country.properties.focus, d: path(country) ?? '' }))
  .sort((a, b) => Number(a.focus) - Number(b.focus));

/** [x, y] in map units, or null for a point the projection cannot place. */
export function project(lon: number, lat: number): [number, number] | null {
  return projection([lon, lat]);
}
