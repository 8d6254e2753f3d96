import type { LogPosition, ReportRecorded } from '@sitrep/contracts';
import { applyReport, type IncidentContext } from '../apply-report';
import type { Incident, IncidentChange } from '../incident.types';
import type { IncidentOutcome } from '../incident-outcome.types';
import { lookupsFor } from '../incident-lookups';
import { at } from './report-fixtures';

/** What the PostgreSQL adapter does, in memory: the incidents, keyed by id. */
export type IncidentStore = Map<string, Incident>;

/** The context the adapter would load for this record (see `lookupsFor`). */
export function contextFor(store: IncidentStore, record: ReportRecorded): IncidentContext {
  const { mergeKey, reportIds } = lookupsFor(record);
  const incidents = [...store.values()];
  return {
    candidates: incidents.filter((incident) => incident.mergeKey === mergeKey),
    corrected: incidents.filter((incident) => incident.reports.some((report) => reportIds.includes(report.reportId))),
  };
}

export function commit(store: IncidentStore, changes: IncidentChange[]): void {
  for (const { after } of changes) store.set(after.incidentId, after);
}

/** Loads, applies and writes back one record, as the projector would. */
export function applyAndCommit(store: IncidentStore, record: ReportRecorded, position: LogPosition): IncidentOutcome {
  const outcome = applyReport(contextFor(store, record), record, position);
  commit(store, outcome.changes);
  return outcome;
}

/**
 * Given/When/Then: `given(...records).when(record)` replays the records at offsets 1, 2, … of
 * partition 0, then applies `record` at the next offset.
 */
export function given(...records: ReportRecorded[]) {
  const store: IncidentStore = new Map();
  records.forEach((record, index) => applyAndCommit(store, record, at(index + 1)));
  return {
    store,
    incidents: () => [...store.values()],
    when(record: ReportRecorded, position: LogPosition = at(records.length + 1)) {
      const before = new Map(store);
      const outcome = applyAndCommit(store, record, position);
      return { ...outcome, before, store, incidents: () => [...store.values()] };
    },
  };
}
