import type { ChangeStamp, Incident, IncidentReport, IncidentStatus } from './incident.types';
import { isStandingClaim } from './incident-report';
import { viewMergeKey } from './merge-key';
import { summariseView } from './summarise-view';

/** An explicit status change (a merge); otherwise the status follows from the reports. */
export interface StatusOverride {
  status: 'merged';
  mergedInto: string;
  mergedBy?: string;
}

/**
 * The next version of an incident with these reports: version + 1, stamped with the record's
 * receivedAt and position, view and merge key recomputed. A merged incident stays merged; any
 * other is active while a claim stands and retracted when none does.
 */
export function reviseIncident(incident: Incident, reports: IncidentReport[], at: ChangeStamp, override?: StatusOverride): Incident {
  const view = summariseView(reports) ?? incident.view;
  const status = override?.status ?? statusFrom(incident.status, reports);
  const mergedInto = override?.mergedInto ?? (status === 'merged' ? incident.mergedInto : undefined);
  const mergedBy = override ? override.mergedBy : status === 'merged' ? incident.mergedBy : undefined;
  return {
    incidentId: incident.incidentId,
    mergeKey: viewMergeKey(view),
    status,
    ...(mergedInto !== undefined && { mergedInto }),
    ...(mergedBy !== undefined && { mergedBy }),
    version: incident.version + 1,
    firstReportedAt: incident.firstReportedAt,
    lastUpdatedAt: at.receivedAt,
    position: at.position,
    reports,
    view,
  };
}

function statusFrom(current: IncidentStatus, reports: IncidentReport[]): IncidentStatus {
  if (current === 'merged') return 'merged';
  return reports.some(isStandingClaim) ? 'active' : 'retracted';
}
