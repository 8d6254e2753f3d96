import type { ReportRecorded } from '@sitrep/contracts';
import { mergeKeyOf } from './merge-key';

/** What the adapter must load before `applyReport`. */
export interface IncidentLookups {
  /** Load every incident with this merge key as `candidates` (null: the record places no claim). */
  mergeKey: string | null;
  /**
   * Load every incident holding any of these reports as `corrected`: the record's own id (so a
   * replay is recognised) and the reports it supersedes or retracts.
   */
  reportIds: string[];
}

/** The look-ups one record needs. */
export function lookupsFor(record: ReportRecorded): IncidentLookups {
  return {
    mergeKey: record.op !== 'retract' && record.assertion !== undefined ? mergeKeyOf(record.assertion) : null,
    reportIds: [...new Set([record.reportId, ...record.supersedesReportIds])],
  };
}
