import type { ReportRecorded } from '@sitrep/contracts';
import { lookupsFor, type Incident, type IncidentContext } from '@sitrep/domain-incidents';

/**
 * The incidents one batch works on, indexed as the tables are (by merge key, by report), so each
 * record finds in memory what the adapter would otherwise query: later records of a batch see
 * what earlier ones changed.
 */
export class IncidentWorkingSet {
  private readonly byId = new Map<string, Incident>();
  private readonly byMergeKey = new Map<string, Set<string>>();
  private readonly byReport = new Map<string, Set<string>>();

  constructor(incidents: Iterable<Incident>) {
    for (const incident of incidents) this.put(incident);
  }

  put(incident: Incident): void {
    const previous = this.byId.get(incident.incidentId);
    if (previous !== undefined) this.unindex(previous);
    this.byId.set(incident.incidentId, incident);
    add(this.byMergeKey, incident.mergeKey, incident.incidentId);
    for (const report of incident.reports) add(this.byReport, report.reportId, incident.incidentId);
  }

  /**
   * What `applyReport` needs for this record, as `lookupsFor` asks for it: active incidents with
   * its merge key, and every incident holding its own report or one it corrects. Sorted by id so
   * the answer does not depend on how the log was cut into batches.
   */
  contextFor(record: ReportRecorded): IncidentContext {
    const { mergeKey, reportIds } = lookupsFor(record);
    const candidates = mergeKey === null ? [] : this.resolve(this.byMergeKey.get(mergeKey)).filter((i) => i.status === 'active');
    const holders = new Set<string>();
    for (const reportId of reportIds) for (const id of this.byReport.get(reportId) ?? []) holders.add(id);
    return { candidates, corrected: this.resolve(holders) };
  }

  private resolve(ids: Iterable<string> | undefined): Incident[] {
    return [...(ids ?? [])].sort().map((id) => this.byId.get(id) as Incident);
  }

  private unindex(incident: Incident): void {
    this.byMergeKey.get(incident.mergeKey)?.delete(incident.incidentId);
    for (const report of incident.reports) this.byReport.get(report.reportId)?.delete(incident.incidentId);
  }
}

function add(index: Map<string, Set<string>>, key: string, id: string): void {
  const ids = index.get(key) ?? new Set<string>();
  ids.add(id);
  index.set(key, ids);
}
