import type { Incident } from '@sitrep/domain-incidents';

/** One field that differs between two consecutive versions; null stands for "not given". */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields analysts follow across versions, flattened to dotted names. */
function comparableFields(incident: Incident): Record<string, unknown> {
  const { view } = incident;
  return {
    status: incident.status,
    mergedInto: incident.mergedInto,
    'occurred.start': view.occurred.start,
    'occurred.end': view.occurred.end,
    'occurred.precision': view.occurred.precision,
    'location.admin1': view.location.canonicalAdmin1 ?? view.location.admin1,
    'location.admin2': view.location.admin2,
    'location.placeName': view.location.placeName,
    'location.point': view.location.point,
    'location.precision': view.location.precision,
    eventType: view.eventType,
    subEventType: view.subEventType,
    category: view.category,
    actors: view.actors.map((actor) => actor.key),
    'fatalities.best': view.fatalities.best,
    'fatalities.low': view.fatalities.low,
    'fatalities.high': view.fatalities.high,
    tags: view.tags,
    bestSourceGrade: view.bestSourceGrade,
    reportCount: view.reportCount,
    sourceCount: view.sourceCount,
    // A report's state changes when it is superseded or retracted: part of what changed.
    reports: incident.reports.map((report) => `${report.reportId}:${report.state}`),
  };
}

/**
 * What changed from one version to the next, field by field, in a fixed order. Equal values
 * (compared as JSON) are left out; so are fields absent from both.
 */
export function diffVersions(before: Incident, after: Incident): FieldChange[] {
  const old = comparableFields(before);
  const next = comparableFields(after);
  return Object.keys(next)
    .filter((field) => JSON.stringify(old[field] ?? null) !== JSON.stringify(next[field] ?? null))
    .map((field) => ({ field, before: old[field] ?? null, after: next[field] ?? null }));
}
