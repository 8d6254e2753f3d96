import type { TimelineRow } from '@sitrep/db';
import { normalizeAdmin1 } from '@sitrep/domain-places';
import type { IncidentSummary, LocationResponse } from './incident-summary.response';

/** What a summary is made of: a timeline row, or an incident snapshot's columns. */
export type SummarySource = Omit<TimelineRow, 'position'>;

/** The summary of a stored incident: what a timeline row, an export line or a stream event carries. */
export function toIncidentSummary(row: SummarySource): IncidentSummary {
  const { view } = row;
  return {
    id: row.incidentId,
    status: row.status,
    ...(row.mergedInto !== null && { mergedInto: row.mergedInto }),
    version: row.version,
    occurred: { start: view.occurred.start, end: view.occurred.end, precision: view.occurred.precision },
    location: summariseLocation(view.location),
    ...(view.eventType !== undefined && { eventType: view.eventType }),
    ...(view.subEventType !== undefined && { subEventType: view.subEventType }),
    category: view.category,
    actors: view.actors.map((actor) => ({ key: actor.key, name: actor.name, roles: [...actor.roles] })),
    fatalities: { ...view.fatalities },
    tags: [...view.tags],
    ...(view.bestSourceGrade !== undefined && { bestSourceGrade: view.bestSourceGrade }),
    reportCount: view.reportCount,
    sourceCount: view.sourceCount,
    firstReportedAt: row.firstReportedAt,
    lastUpdatedAt: row.lastUpdatedAt,
  };
}

function summariseLocation(location: TimelineRow['view']['location']): LocationResponse {
  const admin1 = location.canonicalAdmin1 ?? location.admin1;
  const admin1Id = admin1 === undefined ? undefined : normalizeAdmin1(location.country.iso3, admin1)?.id;
  return {
    country: { ...location.country },
    ...(admin1 !== undefined && { admin1 }),
    ...(admin1Id !== undefined && { admin1Id }),
    ...(location.admin1 !== undefined && { admin1AsReported: location.admin1 }),
    ...(location.admin2 !== undefined && { admin2: location.admin2 }),
    ...(location.placeName !== undefined && { placeName: location.placeName }),
    ...(location.point !== undefined && { point: { lat: location.point.lat, lon: location.point.lon } }),
    precision: location.precision,
  };
}
