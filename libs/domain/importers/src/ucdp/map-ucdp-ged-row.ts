import type { EventAssertion, Occurred, Participant, Place, ReportSubmission } from '@sitrep/contracts';
import { daysBetween, parseCalendarDate, startOfDayUtc } from '../shared/calendar-date';
import { iso3FromCountryName, iso3FromGleditschWard } from '../shared/country-codes';
import type { CsvRow } from '../shared/csv-fields';
import { cell, countCell, pointCells } from '../shared/csv-fields';
import type { MapResult } from '../shared/map-result';
import { mapped, rejected } from '../shared/map-result';
import { UCDP_DATE_PRECISION, UCDP_VIOLENCE, UCDP_WHERE_PRECISION } from './ucdp-ged-codes';
import { sourceDays, ucdpGedSources } from './ucdp-ged-sources';

export const UCDP_GED_LICENSE = {
  spdx: 'CC-BY-4.0',
  attribution: 'UCDP Georeferenced Event Dataset, Uppsala University (Sundberg & Melander 2013; Davies et al.)',
  redistributable: true,
} as const;

/**
 * One row of a UCDP GED release as a report. UCDP replaces whole releases, so the release
 * (`datasetVersion`, e.g. "22.1") is the revision: the same event in the next release is a new
 * revision of the same native id.
 */
export function mapUcdpGedRow(row: CsvRow, datasetVersion: string): MapResult<ReportSubmission> {
  const nativeId = cell(row, 'id');
  if (nativeId === '') return rejected('ucdp row has no id');
  if (datasetVersion.trim() === '') return rejected(`ucdp ${nativeId}: the dataset version is required (it is the revision)`);
  const assertion = ucdpAssertion(row);
  if (!assertion.ok) return rejected(`ucdp ${nativeId}: ${assertion.reason}`);
  return mapped({
    op: 'assert',
    sourceSystem: 'ucdp_ged',
    sourceDatasetVersion: datasetVersion.trim(),
    nativeId,
    nativeRevision: datasetVersion.trim(),
    reportedAt: ucdpReportedAt(row, assertion.value.occurred),
    license: { ...UCDP_GED_LICENSE },
    sources: ucdpGedSources(row),
    raw: { format: 'json', body: JSON.stringify(row) },
    assertion: assertion.value,
  });
}

/**
 * The earliest source publication day. Without one, the last possible day of the event stands in:
 * a report cannot predate what it describes, and "what did we know on day X" then errs late.
 */
function ucdpReportedAt(row: CsvRow, occurred: Occurred): string {
  const days = sourceDays(row).filter((day): day is string => day !== null).sort();
  return startOfDayUtc(days[0] ?? occurred.end ?? occurred.start);
}

function ucdpAssertion(row: CsvRow): MapResult<EventAssertion> {
  const occurred = ucdpOccurred(row);
  if (!occurred.ok) return occurred;
  const location = ucdpPlace(row);
  if (!location.ok) return location;
  const violence = UCDP_VIOLENCE[cell(row, 'type_of_violence')];
  if (violence === undefined) return rejected(`type_of_violence must be 1, 2 or 3 (got ${JSON.stringify(cell(row, 'type_of_violence'))})`);
  const [best, low, high] = [countCell(row, 'best'), countCell(row, 'low'), countCell(row, 'high')];
  if (best === null) return rejected(`best must be a whole number of deaths (got ${JSON.stringify(cell(row, 'best'))})`);
  const assertion: EventAssertion = {
    occurred: occurred.value,
    location: location.value,
    classification: { taxonomy: 'ucdp', category: violence.category, tags: [violence.tag] },
    participants: ucdpSides(row),
    fatalities: { best, ...(low === null ? {} : { low }), ...(high === null ? {} : { high }) },
    civilianTargeting: violence.tag === 'one_sided',
  };
  // UCDP has no narrative; the headlines of its sources are the closest thing.
  if (cell(row, 'source_headline') !== '') assertion.notes = { text: cell(row, 'source_headline') };
  return mapped(assertion);
}

function ucdpOccurred(row: CsvRow): MapResult<Occurred> {
  const start = parseCalendarDate(cell(row, 'date_start'));
  if (start === null) return rejected(`date_start is not a calendar day (got ${JSON.stringify(cell(row, 'date_start'))})`);
  const end = cell(row, 'date_end') === '' ? start : parseCalendarDate(cell(row, 'date_end'));
  if (end === null || daysBetween(start, end) < 0) return rejected(`date_end is not a calendar day on or after date_start (got ${JSON.stringify(cell(row, 'date_end'))})`);
  const precision = UCDP_DATE_PRECISION[cell(row, 'date_prec')];
  if (precision === undefined) return rejected(`date_prec must be 1 to 5 (got ${JSON.stringify(cell(row, 'date_prec'))})`);
  return mapped(end === start ? { start, precision } : { start, end, precision });
}

function ucdpPlace(row: CsvRow): MapResult<Place> {
  const gw = cell(row, 'country_id');
  const iso3 = gw === '' ? iso3FromCountryName(cell(row, 'country')) : iso3FromGleditschWard(gw);
  if (iso3 === null) return rejected(`country_id ${JSON.stringify(gw || cell(row, 'country'))} is not one we import (652 Syria, 645 Iraq, 640 Turkey)`);
  const precision = UCDP_WHERE_PRECISION[cell(row, 'where_prec')];
  if (precision === undefined) return rejected(`where_prec must be 1 to 7 (got ${JSON.stringify(cell(row, 'where_prec'))})`);
  const point = pointCells(row, 'latitude', 'longitude');
  if (!point.ok) return point;
  const place: Place = { country: { iso3, ...(cell(row, 'country') ? { name: cell(row, 'country') } : {}) }, precision };
  for (const [field, column] of [['placeName', 'where_coordinates'], ['description', 'where_description'], ['admin1', 'adm_1'], ['admin2', 'adm_2']] as const) {
    if (cell(row, column) !== '') place[field] = cell(row, column);
  }
  if (point.value !== null) place.point = point.value;
  return mapped(place);
}

/** In state-based violence side A is the government; UCDP names each side as one actor. */
function ucdpSides(row: CsvRow): Participant[] {
  const sides: Participant[] = [];
  if (cell(row, 'side_a') !== '') sides.push({ role: 'side_a', nameAsReported: cell(row, 'side_a') });
  if (cell(row, 'side_b') !== '') sides.push({ role: 'side_b', nameAsReported: cell(row, 'side_b') });
  return sides;
}
