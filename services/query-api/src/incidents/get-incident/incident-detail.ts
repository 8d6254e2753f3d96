import type { IncidentDetailRecord } from '@sitrep/db';
import type { Incident, IncidentReport } from '@sitrep/domain-incidents';
import { toIncidentSummary } from '../../timelines/timeline-filter/incident-summary';
import { admiraltyGrade } from './admiralty-grade';
import type { IncidentDetailResponse, ReportResponse } from './incident-detail.response';
import { diffVersions } from './version-diff';

/** The detail of an incident: its summary, every report behind it, its versions and merged duplicates. */
export function toIncidentDetail(record: IncidentDetailRecord, asOf?: string): IncidentDetailResponse {
  const { incident } = record;
  return {
    ...toIncidentSummary(summarySource(incident)),
    sourceSystems: [...incident.view.sourceSystems],
    reports: incident.reports.map(toReportResponse),
    versions: record.versions.map((version, index) => ({
      version: version.version,
      validFrom: version.validFrom,
      validTo: version.validTo,
      status: version.snapshot.status,
      changes: index === 0 ? [] : diffVersions(record.versions[index - 1].snapshot, version.snapshot),
    })),
    mergedDuplicates: record.mergedDuplicates.map((duplicate) => ({
      id: duplicate.incidentId,
      version: duplicate.version,
      mergedAt: duplicate.mergedAt,
      ...(duplicate.placeName !== null && { placeName: duplicate.placeName }),
      occurredStart: duplicate.occurredStart,
    })),
    ...(asOf !== undefined && { asOf }),
  };
}

function summarySource(incident: Incident) {
  const { text: _text, ...view } = incident.view;
  return {
    incidentId: incident.incidentId,
    status: incident.status,
    mergedInto: incident.mergedInto ?? null,
    version: incident.version,
    firstReportedAt: incident.firstReportedAt,
    lastUpdatedAt: incident.lastUpdatedAt,
    view,
  };
}

function toReportResponse(report: IncidentReport): ReportResponse {
  return {
    reportId: report.reportId,
    state: report.state,
    op: report.op,
    sourceSystem: report.sourceSystem,
    nativeId: report.nativeId,
    ...(report.nativeRevision !== undefined && { nativeRevision: report.nativeRevision }),
    reportedAt: report.reportedAt,
    receivedAt: report.receivedAt,
    ...(report.supersededBy !== undefined && { supersededBy: report.supersededBy }),
    ...(report.retractedBy !== undefined && { retractedBy: report.retractedBy }),
    ...(report.retractReason !== undefined && { retractReason: report.retractReason }),
    ...(report.supersedesReportIds !== undefined && { supersedes: [...report.supersedesReportIds] }),
    sources: report.sources.map(({ reliability, credibility, ...source }) => {
      const { grade, label } = admiraltyGrade(reliability, credibility);
      return { ...source, grade, gradeLabel: label };
    }),
    license: report.license,
    ...(report.assertion !== undefined && { claim: report.assertion }),
  };
}
