import type { IncidentSummary } from '../timeline-filter/incident-summary.response';

/** How one export format frames the incidents: before the first, each one, after the last. */
export interface ExportFormat {
  contentType: string;
  extension: string;
  head(): string;
  /** The text for one incident, or '' to leave it out. */
  item(summary: IncidentSummary): string;
  tail(): string;
}

const CSV_COLUMNS: [string, (s: IncidentSummary) => string | number | undefined][] = [
  ['id', (s) => s.id], ['status', (s) => s.status], ['merged_into', (s) => s.mergedInto], ['version', (s) => s.version],
  ['occurred_start', (s) => s.occurred.start], ['occurred_end', (s) => s.occurred.end], ['occurred_precision', (s) => s.occurred.precision],
  ['country_iso3', (s) => s.location.country.iso3], ['admin1', (s) => s.location.admin1], ['admin1_id', (s) => s.location.admin1Id],
  ['admin1_as_reported', (s) => s.location.admin1AsReported], ['admin2', (s) => s.location.admin2], ['place_name', (s) => s.location.placeName],
  ['lat', (s) => s.location.point?.lat], ['lon', (s) => s.location.point?.lon], ['geo_precision', (s) => s.location.precision],
  ['event_type', (s) => s.eventType], ['sub_event_type', (s) => s.subEventType], ['category', (s) => s.category],
  ['actors', (s) => s.actors.map((a) => a.name).join('; ')], ['actor_keys', (s) => s.actors.map((a) => a.key).join('; ')],
  ['fatalities_best', (s) => s.fatalities.best], ['fatalities_low', (s) => s.fatalities.low], ['fatalities_high', (s) => s.fatalities.high],
  ['tags', (s) => s.tags.join('; ')], ['best_source_grade', (s) => s.bestSourceGrade], ['report_count', (s) => s.reportCount],
  ['source_count', (s) => s.sourceCount], ['first_reported_at', (s) => s.firstReportedAt], ['last_updated_at', (s) => s.lastUpdatedAt],
];

export const CSV_HEADER = CSV_COLUMNS.map(([name]) => name);

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, its quotes doubled; absent is empty. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: (string | number | undefined)[]): string => `${values.map(csvField).join(',')}\r\n`;

/** One row per incident under a header; lists (actors, tags) joined with "; ". */
export function csvFormat(bom: boolean): ExportFormat {
  return {
    contentType: 'text/csv; charset=utf-8; header=present',
    extension: 'csv',
    head: () => `${bom ? '\uFEFF' : ''}${csvLine(CSV_HEADER)}`,
    item: (summary) => csvLine(CSV_COLUMNS.map(([, value]) => value(summary))),
    tail: () => '',
  };
}

/** One JSON summary per line. */
export function ndjsonFormat(): ExportFormat {
  return { contentType: 'application/x-ndjson; charset=utf-8', extension: 'ndjson', head: () => '', item: (s) => `${JSON.stringify(s)}\n`, tail: () => '' };
}

/**
 * A FeatureCollection of Points ([lon, lat]) with the summary as properties. Incidents without a
 * point are left out and counted in the foreign member `skipped`, written last because it is only
 * known at the end of the stream.
 */
export function geojsonFormat(): ExportFormat {
  let written = 0;
  let skipped = 0;
  return {
    contentType: 'application/geo+json; charset=utf-8',
    extension: 'geojson',
    head: () => '{"type":"FeatureCollection","features":[',
    item: (summary) => {
      const { point, ...location } = summary.location;
      if (point === undefined) {
        skipped += 1;
        return '';
      }
      const feature = { type: 'Feature', id: summary.id, geometry: { type: 'Point', coordinates: [point.lon, point.lat] }, properties: { ...summary, location } };
      return `${written++ === 0 ? '' : ','}\n${JSON.stringify(feature)}`;
    },
    tail: () => `\n],"skipped":${skipped}}\n`,
  };
}
