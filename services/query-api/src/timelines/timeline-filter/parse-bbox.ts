import type { Bbox } from '@sitrep/db';
import { parsed, refused, type Parsed } from '../../http/parsed';

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * `minLon,minLat,maxLon,maxLat` in degrees (EPSG:4326, the GeoJSON bbox order). A minLon above
 * maxLon is a box across the antimeridian, as GeoJSON allows; a minLat above maxLat is a mistake.
 */
export function parseBbox(text: string): Parsed<Bbox> {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length !== 4) return refused(`needs 4 numbers minLon,minLat,maxLon,maxLat; got ${parts.length}`);
  if (!parts.every((part) => NUMBER.test(part))) return refused('every corner must be a decimal number, e.g. 40.1,36.2,41.5,37.1');
  const [minLon, minLat, maxLon, maxLat] = parts.map(Number);
  if ([minLon, maxLon].some((lon) => lon < -180 || lon > 180)) return refused('longitudes must lie in [-180, 180]');
  if ([minLat, maxLat].some((lat) => lat < -90 || lat > 90)) return refused('latitudes must lie in [-90, 90]');
  if (minLat > maxLat) return refused('minLat must not exceed maxLat');
  return parsed({ minLon, minLat, maxLon, maxLat });
}
