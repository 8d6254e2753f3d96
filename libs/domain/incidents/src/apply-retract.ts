import type { ReportRecorded } from '@sitrep/contracts';
import type { ChangeStamp, Incident } from './incident.types';
import type { IncidentNotice, IncidentOutcome } from './incident-outcome.types';
import { holdsReport, markRetracted } from './correct-reports';
import { toIncidentReport } from './incident-report';
import { keyChangeNotices } from './key-change-notices';
import { oldestFirst } from './oldest-first';
import { reviseIncident } from './revise-incident';

/**
 * A withdrawal: the listed reports become `retracted` and the retract record joins each incident
 * that held them (history, and what makes a replay a no-op). An incident with no claim left
 * standing becomes `retracted` — whatever the reason, `merged_duplicate` included: pointing it at
 * a survivor is an explicit merge (`mergeIncidents`).
 */
export function applyRetract(record: ReportRecorded, incidents: Incident[], at: ChangeStamp): IncidentOutcome {
  const targets = record.supersedesReportIds;
  const holders = incidents.filter((i) => i.status !== 'merged' && targets.some((id) => holdsReport(i, id))).sort(oldestFirst);
  const unresolved = targets.filter((id) => !holders.some((holder) => holdsReport(holder, id)));
  const notices: IncidentNotice[] = unresolved.length > 0 || targets.length === 0 ? [{ code: 'UNRESOLVED_TARGETS', reportIds: unresolved }] : [];
  const changes = holders.map((before) => {
    const reports = [...markRetracted(before.reports, targets, record.reportId, record.retractReason), toIncidentReport(record)];
    return { before, after: reviseIncident(before, reports, at) };
  });
  return { changes, notices: [...notices, ...changes.flatMap(({ before, after }) => keyChangeNotices(before, after))] };
}
