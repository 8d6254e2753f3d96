import type { EventAssertion, ReportRecorded } from '@sitrep/contracts';
import type { ChangeStamp, Incident } from './incident.types';
import { toIncidentReport } from './incident-report';
import { viewMergeKey } from './merge-key';
import { summariseView } from './summarise-view';

/** A log record that claims something happened (assert or supersede). */
export type ClaimRecord = ReportRecorded & { assertion: EventAssertion };

/** The deterministic id of the incident a report opens, so rebuilding from the log gives the same ids. */
export function incidentIdFor(reportId: string): string {
  return `inc-${reportId}`;
}

/** A new incident, version 1, standing on this one report. */
export function openIncident(record: ClaimRecord, at: ChangeStamp): Incident {
  const reports = [toIncidentReport(record)];
  const view = summariseView(reports);
  if (view === undefined) throw new Error('Cannot happen: a claim record always yields a view');
  return {
    incidentId: incidentIdFor(record.reportId),
    mergeKey: viewMergeKey(view),
    status: 'active',
    version: 1,
    firstReportedAt: record.receivedAt,
    lastUpdatedAt: record.receivedAt,
    position: at.position,
    reports,
    view,
  };
}
