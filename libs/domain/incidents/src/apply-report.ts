import type { LogPosition, ReportRecorded } from '@sitrep/contracts';
import { applyRetract } from './apply-retract';
import { applySupersede } from './apply-supersede';
import { holdsReport } from './correct-reports';
import type { Incident } from './incident.types';
import type { IncidentNotice, IncidentOutcome } from './incident-outcome.types';
import { isAtOrBefore } from './log-position';
import type { ClaimRecord } from './open-incident';
import { placeClaim } from './place-claim';

/** The incidents the adapter loaded for one record (see `lookupsFor`). */
export interface IncidentContext {
  /** Incidents with the record's merge key: those it may join. */
  candidates: Incident[];
  /** Incidents holding the record's own report or any report it supersedes or retracts. */
  corrected: Incident[];
}

/**
 * Applies one log record to the incidents it concerns and returns the incidents to write.
 * Idempotent: a record already attached to a given incident, or at or below the position a given
 * incident stored for its partition, yields no change (with a notice saying why). Never throws for
 * expected situations; unknown targets and odd corrections come back as notices.
 */
export function applyReport(context: IncidentContext, record: ReportRecorded, position: LogPosition): IncidentOutcome {
  const incidents = uniqueById([...context.corrected, ...context.candidates]);
  const replay = replayNotice(incidents, record, position);
  if (replay !== undefined) return { changes: [], notices: [replay] };
  const at = { receivedAt: record.receivedAt, position };
  const candidates = uniqueById(context.candidates);
  switch (record.op) {
    case 'assert':
      return isClaim(record) ? placeClaim(record, candidates, at) : missingAssertion(record);
    case 'supersede':
      return isClaim(record) ? applySupersede(record, incidents, candidates, at) : missingAssertion(record);
    case 'retract':
      return applyRetract(record, incidents, at);
    default: {
      const _exhaustive: never = record.op;
      return _exhaustive;
    }
  }
}

function replayNotice(incidents: Incident[], record: ReportRecorded, position: LogPosition): IncidentNotice | undefined {
  const holder = incidents.find((incident) => holdsReport(incident, record.reportId));
  if (holder !== undefined) return { code: 'ALREADY_APPLIED', reportId: record.reportId, incidentId: holder.incidentId };
  const ahead = incidents.find((incident) => isAtOrBefore(position, incident.position));
  if (ahead !== undefined) return { code: 'STALE_POSITION', incidentId: ahead.incidentId, stored: ahead.position };
  return undefined;
}

function isClaim(record: ReportRecorded): record is ClaimRecord {
  return record.assertion !== undefined;
}

function missingAssertion(record: ReportRecorded): IncidentOutcome {
  return { changes: [], notices: [{ code: 'MISSING_ASSERTION', reportId: record.reportId }] };
}

/** The adapter may load one incident through both look-ups; the first copy wins. */
function uniqueById(incidents: Incident[]): Incident[] {
  const byId = new Map<string, Incident>();
  for (const incident of incidents) if (!byId.has(incident.incidentId)) byId.set(incident.incidentId, incident);
  return [...byId.values()];
}
