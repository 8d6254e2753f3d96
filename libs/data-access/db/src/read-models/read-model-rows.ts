import {
  actorActivityDeltas,
  admin1Of,
  incidentCandidateTokens,
  interactionDeltas,
  toVersionRow,
  type ActivityDelta,
  type Incident,
  type IncidentChange,
  type InteractionDelta,
} from '@sitrep/domain-incidents';

/** One row of `incident` (and, with validity, of `incident_version`): the filter columns + snapshot. */
export interface IncidentRow {
  incident_id: string;
  version: number;
  status: string;
  merged_into: string | null;
  merge_key: string;
  first_reported_at: string;
  last_updated_at: string;
  occurred_start: string;
  occurred_end: string | null;
  occurred_precision: string;
  country_iso3: string;
  /** The canonical governorate when ingest resolved one (what merging and activity use). */
  admin1: string | null;
  admin2: string | null;
  place_name: string | null;
  lat: number | null;
  lon: number | null;
  event_type: string | null;
  sub_event_type: string | null;
  category: string;
  actor_keys: string[];
  fatalities_best: number | null;
  /** `bestSourceGrade` split: `B2` → reliability B, credibility 2. */
  best_reliability: string | null;
  best_credibility: number | null;
  tags: string[];
  report_count: number;
  source_count: number;
  search_text: string;
  snapshot: Incident;
}

/** A row of `incident` only: the merge-candidate tokens are not kept per version. */
export interface CurrentIncidentRow extends IncidentRow {
  match_actors: string[];
  match_places: string[];
}

export interface VersionRow extends IncidentRow {
  valid_from: string;
  valid_to: string | null;
}

export function toIncidentRow(incident: Incident): IncidentRow {
  const { view } = incident;
  const grade = view.bestSourceGrade;
  return {
    incident_id: incident.incidentId,
    version: incident.version,
    status: incident.status,
    merged_into: incident.mergedInto ?? null,
    merge_key: incident.mergeKey,
    first_reported_at: incident.firstReportedAt,
    last_updated_at: incident.lastUpdatedAt,
    occurred_start: toInstant(view.occurred.start),
    occurred_end: view.occurred.end ? toInstant(view.occurred.end) : null,
    occurred_precision: view.occurred.precision,
    country_iso3: view.location.country.iso3,
    admin1: admin1Of(view.location) || null,
    admin2: view.location.admin2 ?? null,
    place_name: view.location.placeName ?? null,
    lat: view.location.point?.lat ?? null,
    lon: view.location.point?.lon ?? null,
    event_type: view.eventType ?? null,
    sub_event_type: view.subEventType ?? null,
    category: view.category,
    actor_keys: view.actors.map((actor) => actor.key),
    fatalities_best: view.fatalities.best ?? null,
    best_reliability: grade ? grade.slice(0, 1) : null,
    best_credibility: grade && grade.length > 1 ? Number(grade.slice(1)) : null,
    tags: view.tags,
    report_count: view.reportCount,
    source_count: view.sourceCount,
    search_text: view.text,
    snapshot: incident,
  };
}

export function toCurrentIncidentRow(incident: Incident): CurrentIncidentRow {
  const tokens = incidentCandidateTokens(incident);
  return { ...toIncidentRow(incident), match_actors: tokens.actors, match_places: tokens.places };
}

/**
 * A bare date means midnight UTC, and a date-time without a zone is UTC: never the session's time
 * zone, so the stored instants do not depend on the server's settings.
 */
export function toInstant(isoDateOrDateTime: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(isoDateOrDateTime)) return `${isoDateOrDateTime}T00:00:00Z`;
  return /(Z|[+-]\d{2}(:?\d{2})?)$/i.test(isoDateOrDateTime) ? isoDateOrDateTime : `${isoDateOrDateTime}Z`;
}

/**
 * The version rows of a batch's steps, each valid until the next step of its incident, and the
 * versions stored before the batch that its first step closes.
 */
export function versionRows(steps: IncidentChange[]): { rows: VersionRow[]; closed: Array<{ incident_id: string; version: number; valid_to: string }> } {
  const rows: VersionRow[] = [];
  const closed: Array<{ incident_id: string; version: number; valid_to: string }> = [];
  const open = new Map<string, VersionRow>();
  for (const change of steps) {
    const { incidentId, version, validFrom, snapshot } = toVersionRow(change);
    const previous = open.get(incidentId);
    if (previous !== undefined) previous.valid_to = validFrom;
    else if (change.before !== null) closed.push({ incident_id: incidentId, version: change.before.version, valid_to: validFrom });
    const row: VersionRow = { ...toIncidentRow(snapshot), version, valid_from: validFrom, valid_to: null };
    open.set(incidentId, row);
    rows.push(row);
  }
  return { rows, closed };
}

/** incident_report rows a batch adds and removes (a report can sit in several incidents). */
export function reportIndexChanges(net: IncidentChange[]) {
  const added: Array<{ report_id: string; incident_id: string }> = [];
  const removed: Array<{ report_id: string; incident_id: string }> = [];
  for (const { before, after } of net) {
    const had = new Set(before?.reports.map((r) => r.reportId) ?? []);
    const has = new Set(after.reports.map((r) => r.reportId));
    for (const reportId of has) if (!had.has(reportId)) added.push({ report_id: reportId, incident_id: after.incidentId });
    for (const reportId of had) if (!has.has(reportId)) removed.push({ report_id: reportId, incident_id: after.incidentId });
  }
  return { added, removed };
}

/** actor_activity_daily deltas of a batch, summed per row key, zero sums left out, sorted by key. */
export function activityRows(net: IncidentChange[]): ActivityDelta[] {
  const rows = new Map<string, ActivityDelta>();
  for (const { before, after } of net) {
    for (const d of actorActivityDeltas(before, after)) {
      const key = JSON.stringify([d.actorId, d.day, d.admin1, d.eventType]);
      const row = rows.get(key);
      rows.set(key, row === undefined ? { ...d } : { ...row, incidents: row.incidents + d.incidents, fatalities: row.fatalities + d.fatalities });
    }
  }
  return sortedNonZero(rows, (row) => row.incidents !== 0 || row.fatalities !== 0);
}

/** actor_interaction_daily deltas of a batch, summed per row key, zero sums left out, sorted by key. */
export function interactionRows(net: IncidentChange[]): InteractionDelta[] {
  const rows = new Map<string, InteractionDelta>();
  for (const { before, after } of net) {
    for (const d of interactionDeltas(before, after)) {
      const key = JSON.stringify([d.actorA, d.actorB, d.day, d.admin1]);
      const row = rows.get(key);
      rows.set(key, row === undefined ? { ...d } : { ...row, count: row.count + d.count });
    }
  }
  return sortedNonZero(rows, (row) => row.count !== 0);
}

/** Sorted by key so concurrent batches lock shared rows in one order (no deadlock between them). */
function sortedNonZero<T>(rows: Map<string, T>, nonZero: (row: T) => boolean): T[] {
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row).filter(nonZero);
}
