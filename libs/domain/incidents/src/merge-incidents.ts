import type { ChangeStamp, Incident } from './incident.types';
import type { IncidentNotice, IncidentOutcome } from './incident-outcome.types';
import { holdsReport } from './correct-reports';
import { isAtOrBefore } from './log-position';
import { reviseIncident } from './revise-incident';

/**
 * An analyst's explicit merge (e.g. Airwars TS483 and TS483a judged one strike after all): `into`
 * gains every report of `from`, each keeping its state, and its view is recomputed; `from` becomes
 * `merged` with `mergedInto` and keeps its reports as history. Both versions go up by one.
 * A replayed or impossible merge changes nothing and says why.
 */
export function mergeIncidents(into: Incident, from: Incident, at: ChangeStamp, by?: string): IncidentOutcome {
  const refusal = refuseMerge(into, from, at);
  if (refusal !== undefined) return { changes: [], notices: [refusal] };
  const gained = from.reports.filter((report) => !holdsReport(into, report.reportId));
  const survivor = reviseIncident(into, [...into.reports, ...gained], at);
  const merged = reviseIncident(from, from.reports, at, {
    status: 'merged',
    mergedInto: into.incidentId,
    ...(by !== undefined && { mergedBy: by }),
  });
  return { changes: [{ before: into, after: survivor }, { before: from, after: merged }], notices: [] };
}

function refuseMerge(into: Incident, from: Incident, at: ChangeStamp): IncidentNotice | undefined {
  if (into.incidentId === from.incidentId) return { code: 'MERGE_REJECTED', reason: 'SAME_INCIDENT' };
  if (from.status === 'merged') return { code: 'MERGE_REJECTED', reason: 'ALREADY_MERGED', ...(from.mergedInto !== undefined && { mergedInto: from.mergedInto }) };
  if (into.status === 'merged') return { code: 'MERGE_REJECTED', reason: 'TARGET_MERGED', ...(into.mergedInto !== undefined && { mergedInto: into.mergedInto }) };
  const ahead = [into, from].find((incident) => isAtOrBefore(at.position, incident.position));
  if (ahead !== undefined) return { code: 'STALE_POSITION', incidentId: ahead.incidentId, stored: ahead.position };
  return undefined;
}
