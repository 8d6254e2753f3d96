import type { RetractReason } from '@sitrep/contracts';
import type { Incident, IncidentReport } from './incident.types';

/** Whether the incident has this report behind it, in any state. */
export function holdsReport(incident: Incident, reportId: string): boolean {
  return incident.reports.some((report) => report.reportId === reportId);
}

/** Current target reports become superseded by `by`; earlier corrections are history and stay. */
export function markSuperseded(reports: IncidentReport[], targetIds: string[], by: string): IncidentReport[] {
  return reports.map((report) =>
    isCurrentTarget(report, targetIds) ? { ...report, state: 'superseded', supersededBy: by } : report,
  );
}

/** Current target reports become retracted by the retract record `by`, with its reason. */
export function markRetracted(reports: IncidentReport[], targetIds: string[], by: string, reason?: RetractReason): IncidentReport[] {
  return reports.map((report) =>
    isCurrentTarget(report, targetIds)
      ? { ...report, state: 'retracted', retractedBy: by, ...(reason !== undefined && { retractReason: reason }) }
      : report,
  );
}

function isCurrentTarget(report: IncidentReport, targetIds: string[]): boolean {
  return report.state === 'current' && report.op !== 'retract' && targetIds.includes(report.reportId);
}
