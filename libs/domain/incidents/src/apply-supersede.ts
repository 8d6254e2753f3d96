import type { ChangeStamp, Incident, IncidentChange, IncidentReport } from './incident.types';
import type { IncidentNotice, IncidentOutcome } from './incident-outcome.types';
import { holdsReport, markSuperseded } from './correct-reports';
import { isStandingClaim, toIncidentReport } from './incident-report';
import { keyChangeNotices } from './key-change-notices';
import { oldestFirst } from './oldest-first';
import type { ClaimRecord } from './open-incident';
import { placeClaim } from './place-claim';
import { reviseIncident } from './revise-incident';

/**
 * A correction: the superseded reports stay in history as `superseded`, the new report joins the
 * incident that held them — even when it moves the incident to another day or place (noticed as
 * MERGE_KEY_CHANGED). If they were spread over several incidents, the oldest takes the correction
 * and gains the superseded reports as its history; another holder left with nothing standing
 * becomes `merged` into it and, as with an explicit merge, hands over all its reports.
 * If no given incident holds any target, the record is placed like an assert.
 */
export function applySupersede(record: ClaimRecord, incidents: Incident[], candidates: Incident[], at: ChangeStamp): IncidentOutcome {
  const targets = record.supersedesReportIds;
  const holders = incidents.filter((i) => i.status !== 'merged' && targets.some((id) => holdsReport(i, id))).sort(oldestFirst);
  const unresolved = targets.filter((id) => !holders.some((holder) => holdsReport(holder, id)));
  const unresolvedNotices: IncidentNotice[] = unresolved.length > 0 ? [{ code: 'UNRESOLVED_TARGETS', reportIds: unresolved }] : [];
  const [chosen, ...others] = holders;
  if (chosen === undefined) {
    const placed = placeClaim(record, candidates, at);
    const asAssert: IncidentNotice = { code: 'SUPERSEDE_APPLIED_AS_ASSERT', reportId: record.reportId };
    return { changes: placed.changes, notices: [...unresolvedNotices, asAssert, ...placed.notices] };
  }
  const released = others.map((other) => releaseTargets(other, chosen.incidentId, record, at));
  const own = markSuperseded(chosen.reports, targets, record.reportId);
  const history = withoutKnown(own, released.flatMap((r) => r.handOver));
  const after = reviseIncident(chosen, [...own, ...history, toIncidentReport(record)], at);
  const span: IncidentNotice[] = others.length > 0 ? [{ code: 'TARGETS_SPAN_INCIDENTS', incidentIds: holders.map((h) => h.incidentId), chosen: chosen.incidentId }] : [];
  return {
    changes: [{ before: chosen, after }, ...released.flatMap((r) => r.changes)],
    notices: [...unresolvedNotices, ...span, ...keyChangeNotices(chosen, after)],
  };
}

interface Release {
  changes: IncidentChange[];
  /** Reports the chosen incident gains: the ones this record superseded, or all if `other` is merged. */
  handOver: IncidentReport[];
}

/** Another holder loses the superseded reports; with nothing left standing it lives on in `chosenId`. */
function releaseTargets(other: Incident, chosenId: string, record: ClaimRecord, at: ChangeStamp): Release {
  const reports = markSuperseded(other.reports, record.supersedesReportIds, record.reportId);
  const superseded = reports.filter((report, index) => report !== other.reports[index]);
  if (superseded.length === 0) return { changes: [], handOver: [] };
  const emptied = !reports.some(isStandingClaim);
  const override = emptied ? { status: 'merged' as const, mergedInto: chosenId } : undefined;
  return { changes: [{ before: other, after: reviseIncident(other, reports, at, override) }], handOver: emptied ? reports : superseded };
}

/** The handed-over reports the chosen incident does not hold yet, each once. */
function withoutKnown(own: IncidentReport[], handedOver: IncidentReport[]): IncidentReport[] {
  const known = new Set(own.map((report) => report.reportId));
  const gained: IncidentReport[] = [];
  for (const report of handedOver) {
    if (known.has(report.reportId)) continue;
    known.add(report.reportId);
    gained.push(report);
  }
  return gained;
}
