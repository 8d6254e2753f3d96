import type { GeoPrecision, Place } from '@sitrep/contracts';
import type { AirwarsIncidentFields } from './airwars-incident-fields';

/**
 * Airwars' location-precision labels for a point at the named place itself: ACLED codes such
 * places (down to a village) as geo_precision 1, so they are `exact` here too.
 */
const AT_THE_NAMED_PLACE = new Set(['exact_location', 'exact_location_other', 'street', 'nearby_landmark', 'neighbourhood_area', 'village', 'town', 'city']);

/**
 * Where it happened. The governorate keeps Airwars' spelling (ingest adds the canonical one).
 * Precision follows what is there: a point at a named place → `exact`; a subdistrict centroid →
 * `adm3` (a Syrian nahiya is ADM3); a point without a label → `near_25km` (we may not claim
 * more); no point but a governorate → `adm1`; neither → `unknown`.
 */
export function airwarsPlace(fields: AirwarsIncidentFields, iso3: string): Place {
  const place: Place = { country: { iso3, ...(fields.country ? { name: fields.country } : {}) }, precision: airwarsGeoPrecision(fields) };
  if (fields.locationName !== null) place.placeName = fields.locationName;
  // The archive's Arabic name of the place, kept beside the English one so either can be searched.
  if (fields.locationNameArabic !== null) place.description = fields.locationNameArabic;
  if (fields.governorate !== null) place.admin1 = fields.governorate;
  if (fields.point !== null) place.point = fields.point;
  return place;
}

function airwarsGeoPrecision(fields: AirwarsIncidentFields): GeoPrecision {
  if (fields.point === null) return fields.governorate === null ? 'unknown' : 'adm1';
  if (fields.locationPrecision === 'subdistrict') return 'adm3';
  if (fields.locationPrecision !== null && AT_THE_NAMED_PLACE.has(fields.locationPrecision)) return 'exact';
  return 'near_25km';
}
