import type { EventAssertion, Occurred, Participant, Place, ReportSubmission, SourceRef } from '@sitrep/contracts';
import { parseCalendarDate } from '../shared/calendar-date';
import { iso3FromCountryName, iso3FromIsoNumeric } from '../shared/country-codes';
import type { CsvRow } from '../shared/csv-fields';
import { cell, countCell, listCell, pointCells } from '../shared/csv-fields';
import type { MapResult } from '../shared/map-result';
import { mapped, rejected } from '../shared/map-result';
import { ungradedSource } from '../shared/ungraded-source';
import { ACLED_CATEGORY, ACLED_GEO_PRECISION, ACLED_TIME_PRECISION, acledSingleScale } from './acled-codes';

/** ACLED's terms allow non-commercial use with attribution and forbid redistributing the data. */
export const ACLED_LICENSE = { attribution: 'Armed Conflict Location & Event Data (ACLED), acleddata.com', redistributable: false } as const;

/**
 * One row of an ACLED export (codebook column names) as a report. `timestamp` is ACLED's last
 * upload of the row: it is the revision (an edited row comes back with a new timestamp) and the
 * moment ACLED published that version. The row is kept as JSON: a parsed CSV line has no
 * verbatim text, and column names make it self-describing.
 */
export function mapAcledRow(row: CsvRow): MapResult<ReportSubmission> {
  const nativeId = cell(row, 'event_id_cnty');
  if (nativeId === '') return rejected('acled row has no event_id_cnty');
  const timestamp = cell(row, 'timestamp');
  if (!/^\d{1,12}$/.test(timestamp)) return rejected(`acled ${nativeId}: timestamp must be unix seconds (got ${JSON.stringify(timestamp)})`);
  const assertion = acledAssertion(row);
  if (!assertion.ok) return rejected(`acled ${nativeId}: ${assertion.reason}`);
  return mapped({
    op: 'assert',
    sourceSystem: 'acled',
    nativeId,
    nativeRevision: timestamp,
    reportedAt: new Date(Number(timestamp) * 1000).toISOString(),
    license: { ...ACLED_LICENSE },
    sources: acledSources(row),
    raw: { format: 'json', body: JSON.stringify(row) },
    assertion: assertion.value,
  });
}

function acledAssertion(row: CsvRow): MapResult<EventAssertion> {
  const occurred = acledOccurred(row);
  if (!occurred.ok) return occurred;
  const location = acledPlace(row);
  if (!location.ok) return location;
  const eventType = cell(row, 'event_type');
  const category = ACLED_CATEGORY[eventType];
  if (category === undefined) return rejected(`event_type ${JSON.stringify(eventType)} is not one of ACLED's six`);
  const fatalities = countCell(row, 'fatalities');
  if (cell(row, 'fatalities') !== '' && fatalities === null) return rejected(`fatalities must be a whole number (got ${JSON.stringify(cell(row, 'fatalities'))})`);
  const subEventType = cell(row, 'sub_event_type');
  const tags = listCell(row, 'tags');
  const assertion: EventAssertion = {
    occurred: occurred.value,
    location: location.value,
    classification: { taxonomy: 'acled', eventType, category, ...(subEventType ? { subEventType } : {}), ...(tags.length > 0 ? { tags } : {}) },
    participants: acledParticipants(row),
  };
  // ACLED reports one conservative number; it is the lowest credible count, so best = low.
  if (fatalities !== null) assertion.fatalities = { best: fatalities, low: fatalities };
  // Older exports lack the column (unknown); a present but blank cell means "not targeting civilians".
  if ('civilian_targeting' in row) assertion.civilianTargeting = cell(row, 'civilian_targeting') !== '';
  if (cell(row, 'notes') !== '') assertion.notes = { text: cell(row, 'notes'), lang: 'en' };
  return mapped(assertion);
}

function acledOccurred(row: CsvRow): MapResult<Occurred> {
  const start = parseCalendarDate(cell(row, 'event_date'));
  if (start === null) return rejected(`event_date is not a calendar day (got ${JSON.stringify(cell(row, 'event_date'))})`);
  const precision = ACLED_TIME_PRECISION[cell(row, 'time_precision')];
  if (precision === undefined) return rejected(`time_precision must be 1, 2 or 3 (got ${JSON.stringify(cell(row, 'time_precision'))})`);
  return mapped({ start, precision });
}

function acledPlace(row: CsvRow): MapResult<Place> {
  const isoCode = cell(row, 'iso');
  const iso3 = isoCode === '' ? iso3FromCountryName(cell(row, 'country')) : iso3FromIsoNumeric(isoCode);
  if (iso3 === null) return rejected(`country iso ${JSON.stringify(isoCode || cell(row, 'country'))} is not one we import (760 Syria, 368 Iraq, 792 Turkey)`);
  const precision = ACLED_GEO_PRECISION[cell(row, 'geo_precision')];
  if (precision === undefined) return rejected(`geo_precision must be 1, 2 or 3 (got ${JSON.stringify(cell(row, 'geo_precision'))})`);
  const point = pointCells(row, 'latitude', 'longitude');
  if (!point.ok) return point;
  const place: Place = { country: { iso3, ...(cell(row, 'country') ? { name: cell(row, 'country') } : {}) }, precision };
  for (const [field, column] of [['placeName', 'location'], ['admin1', 'admin1'], ['admin2', 'admin2'], ['admin3', 'admin3']] as const) {
    if (cell(row, column) !== '') place[field] = cell(row, column);
  }
  if (point.value !== null) place.point = point.value;
  return mapped(place);
}

/** Actor order carries no meaning in ACLED (except that the target of violence against civilians is actor 2). */
function acledParticipants(row: CsvRow): Participant[] {
  const named = (role: Participant['role'], names: string[]): Participant[] => names.map((name) => ({ role, nameAsReported: name }));
  return [
    ...named('actor1', [cell(row, 'actor1')].filter((name) => name !== '')),
    ...named('assoc1', listCell(row, 'assoc_actor_1')),
    ...named('actor2', [cell(row, 'actor2')].filter((name) => name !== '')),
    ...named('assoc2', listCell(row, 'assoc_actor_2')),
  ];
}

function acledSources(row: CsvRow): SourceRef[] {
  const scale = acledSingleScale(cell(row, 'source_scale'));
  return listCell(row, 'source').map((name) => ({ ...ungradedSource(name), ...(scale === null ? {} : { scale }) }));
}
