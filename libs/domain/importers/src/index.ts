export type { MapResult } from './shared/map-result';
export type { CsvRow } from './shared/csv-fields';
export { parseCsv } from './parse-csv';
export { AIRWARS_LICENSE, mapAirwarsIncident } from './airwars/map-airwars-incident';
export { MAX_AIRWARS_SOURCES } from './airwars/airwars-sources';
export { credibilityFromAirwarsGrade } from './airwars/airwars-credibility';
export { ACLED_LICENSE, mapAcledRow } from './acled/map-acled-row';
export { UCDP_GED_LICENSE, mapUcdpGedRow } from './ucdp/map-ucdp-ged-row';
