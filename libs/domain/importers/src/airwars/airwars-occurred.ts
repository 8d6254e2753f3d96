import type { Occurred, TimePrecision } from '@sitrep/contracts';
import { daysBetween, parseCalendarDate } from '../shared/calendar-date';
import type { MapResult } from '../shared/map-result';
import { mapped, rejected } from '../shared/map-result';
import type { AirwarsIncidentFields } from './airwars-incident-fields';

/**
 * When it happened. Airwars dates an incident to a day (`date`) or to a range (`date_range`,
 * starting on `incident_date`). A range is kept as start/end with the precision its length
 * allows; a range without a recorded end has an honest `unknown` precision (start kept).
 * The local time (`morning`, `02:30:00`) is kept as Airwars wrote it in `timeOfDay` rather than
 * turned into a UTC instant: Syria's UTC offset changed during 2022, and most values are words.
 */
export function airwarsOccurred(fields: AirwarsIncidentFields): MapResult<Occurred> {
  const start = parseCalendarDate(fields.incidentDate);
  if (start === null) return rejected(`airwars incident_date is missing or not a calendar day (got ${JSON.stringify(fields.incidentDate)})`);
  const timeOfDay = airwarsTimeOfDay(fields);
  const base = timeOfDay === undefined ? { start } : { start, timeOfDay };
  if (fields.dateType !== 'date_range') return mapped({ ...base, precision: 'day' });
  const end = parseCalendarDate(fields.dateRangeEnd);
  if (end === null || daysBetween(start, end) < 0) return mapped({ ...base, precision: 'unknown' });
  return mapped({ ...base, end, precision: precisionOfRange(daysBetween(start, end) + 1) });
}

/** Precision of a range of `days` calendar days (both ends included), on UCDP's date_prec steps. */
function precisionOfRange(days: number): TimePrecision {
  if (days <= 1) return 'day';
  if (days <= 6) return 'days_2_6';
  if (days <= 7) return 'week';
  if (days <= 31) return 'month';
  return 'year';
}

function airwarsTimeOfDay(fields: AirwarsIncidentFields): string | undefined {
  if (fields.localTime !== null) return fields.localTime;
  if (fields.startTime !== null && fields.endTime !== null) return `${fields.startTime}–${fields.endTime}`;
  return fields.startTime ?? undefined;
}
