import type { ReportRecorded } from '@sitrep/contracts';
import type { IncidentReport } from './incident.types';

/** The report as an incident keeps it: the log record minus raw payload and routing fields. */
export function toIncidentReport(record: ReportRecorded): IncidentReport {
  return {
    reportId: record.reportId,
    sourceSystem: record.sourceSystem,
    nativeId: record.nativeId,
    ...(record.nativeRevision !== undefined && { nativeRevision: record.nativeRevision }),
    receivedAt: record.receivedAt,
    reportedAt: record.reportedAt,
    op: record.op,
    state: 'current',
    ...(record.supersedesReportIds.length > 0 && { supersedesReportIds: [...record.supersedesReportIds] }),
    ...(record.assertion !== undefined && { assertion: record.assertion }),
    sources: record.sources,
    license: record.license,
  };
}

/** A report whose claim about the incident still stands (asserted or superseding, still current). */
export function isStandingClaim(report: IncidentReport): report is IncidentReport & { assertion: NonNullable<IncidentReport['assertion']> } {
  return report.state === 'current' && report.op !== 'retract' && report.assertion !== undefined;
}

/** A claim that was withdrawn: what a retracted incident still describes. */
export function isWithdrawnClaim(report: IncidentReport): report is IncidentReport & { assertion: NonNullable<IncidentReport['assertion']> } {
  return report.state === 'retracted' && report.op !== 'retract' && report.assertion !== undefined;
}
