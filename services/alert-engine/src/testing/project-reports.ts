import type { ReportRecorded } from '@sitrep/contracts';
import type { AlertInput } from '@sitrep/db';
import { applyReport, lookupsFor, type Incident } from '@sitrep/domain-incidents';

/**
 * What the live projection hands the engine, in memory: the records applied in order (one
 * partition), each change as an input at its record's position. For pure specs.
 */
export function projectReports(records: ReportRecorded[], topic = 'reports'): AlertInput[] {
  const store = new Map<string, Incident>();
  return records.flatMap((record, index) => {
    const { mergeKey, reportIds } = lookupsFor(record);
    const incidents = [...store.values()];
    const outcome = applyReport(
      {
        candidates: incidents.filter((incident) => incident.status === 'active' && incident.mergeKey === mergeKey),
        corrected: incidents.filter((incident) => incident.reports.some((report) => reportIds.includes(report.reportId))),
      },
      record,
      { partition: 0, offset: String(index) },
    );
    return outcome.changes.map((change, seq): AlertInput => {
      store.set(change.after.incidentId, change.after);
      return { topic, partition: 0, offset: String(index), seq, receivedAt: record.receivedAt, createdAt: record.receivedAt, change };
    });
  });
}
