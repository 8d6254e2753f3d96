import type { Category, GeoPrecision, SourceScale, TimePrecision } from '@sitrep/contracts';

/** ACLED `time_precision`: 1 the day is known, 2 only the week, 3 only the month (ACLED codebook). */
export const ACLED_TIME_PRECISION: Readonly<Record<string, TimePrecision>> = { '1': 'day', '2': 'week', '3': 'month' };

/**
 * ACLED `geo_precision`: 1 the named place itself (town or more exact), 2 a nearby place or part
 * of a region (within about 25 km), 3 only the larger region (a province centroid).
 */
export const ACLED_GEO_PRECISION: Readonly<Record<string, GeoPrecision>> = { '1': 'exact', '2': 'near_25km', '3': 'adm1' };

/** ACLED's six event types and our coarse category for each. */
export const ACLED_CATEGORY: Readonly<Record<string, Category>> = {
  Battles: 'battle',
  'Explosions/Remote violence': 'explosion_remote',
  'Violence against civilians': 'violence_against_civilians',
  Protests: 'protest',
  Riots: 'riot',
  'Strategic developments': 'strategic_development',
};

/** The parts of ACLED's `source_scale` ("National", "New media-Regional", "Local partner-Other"). */
const SCALE_PARTS: Readonly<Record<string, SourceScale>> = {
  local: 'local',
  'local partner': 'local_partner',
  subnational: 'subnational',
  national: 'national',
  regional: 'regional',
  international: 'international',
  'new media': 'new_media',
  other: 'other',
};

/**
 * The scale of every source of an event, when ACLED's `source_scale` names a single one. A
 * combined value ("New media-National") describes the mix of sources without saying which source
 * is which, so no single source gets a scale then (null).
 */
export function acledSingleScale(sourceScale: string): SourceScale | null {
  const parts = sourceScale.split('-').map((part) => part.trim().toLowerCase()).filter((part) => part !== '');
  return parts.length === 1 ? (SCALE_PARTS[parts[0]] ?? null) : null;
}
