import type { SourceRef } from '@sitrep/contracts';
import { parseCalendarDate } from '../shared/calendar-date';
import type { CsvRow } from '../shared/csv-fields';
import { listCell } from '../shared/csv-fields';
import { ungradedSource } from '../shared/ungraded-source';

/**
 * The publishing offices behind a UCDP event (`source_office`, `;`-separated), each with its
 * publication day when `source_date` lists one day per office. Without offices, the originators
 * (`source_original`, e.g. a monitoring group quoted by the press) stand in.
 */
export function ucdpGedSources(row: CsvRow): SourceRef[] {
  const offices = listCell(row, 'source_office');
  const days = sourceDays(row);
  if (offices.length === 0) return listCell(row, 'source_original').map(ungradedSource);
  return offices.map((office, i) => {
    const day = offices.length === days.length ? days[i] : null;
    return { ...ungradedSource(office), ...(day ? { publishedAt: day } : {}) };
  });
}

/** Every readable day in `source_date` ("2022-01-21;2022-01-22 00:00:00.000"), in order. */
export function sourceDays(row: CsvRow): (string | null)[] {
  return listCell(row, 'source_date').map((text) => parseCalendarDate(text));
}
