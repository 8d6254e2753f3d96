import type { EventAssertion, ReportRecorded, SourceRef } from '@sitrep/contracts';
import { applyReport, lookupsFor, type Incident, type IncidentChange } from '@sitrep/domain-incidents';

/**
 * What the stream processor does, in memory: applies log records in order and returns the
 * incident changes it would hand the alert engine. Lets specs drive alerting from real reports.
 */
export function projectLog(records: ReportRecorded[]): IncidentChange[] {
  const store = new Map<string, Incident>();
  return records.flatMap((record, index) => {
    const { mergeKey, reportIds } = lookupsFor(record);
    const incidents = [...store.values()];
    const outcome = applyReport(
      {
        candidates: incidents.filter((incident) => incident.mergeKey === mergeKey),
        corrected: incidents.filter((incident) => incident.reports.some((report) => reportIds.includes(report.reportId))),
      },
      record,
      { partition: 0, offset: String(index + 1) },
    );
    for (const { after } of outcome.changes) store.set(after.incidentId, after);
    return outcome.changes;
  });
}

const RUDAW: SourceRef = { name: 'Rudaw', reliability: 'B', credibility: 2 };

/** An assert record: what one source said happened. */
export function reportOf(reportId: string, receivedAt: string, assertion: EventAssertion): ReportRecorded {
  return { ...envelope(reportId, receivedAt, assertion), op: 'assert', supersedesReportIds: [], sources: [RUDAW], assertion };
}

/** A retract record withdrawing earlier reports. */
export function retractionOf(reportId: string, receivedAt: string, targets: string[], keyOf: EventAssertion): ReportRecorded {
  return { ...envelope(reportId, receivedAt, keyOf), op: 'retract', supersedesReportIds: targets, retractReason: 'erroneous', sources: [] };
}

function envelope(reportId: string, receivedAt: string, assertion: EventAssertion) {
  return {
    reportId,
    schemaVersion: 1 as const,
    receivedAt,
    reportedAt: receivedAt,
    logKey: `SYR|${assertion.location.canonicalAdmin1 ?? ''}|${assertion.occurred.start.slice(0, 10)}`,
    sourceSystem: 'manual' as const,
    nativeId: reportId,
    license: { attribution: 'test fixture', redistributable: true },
  };
}
