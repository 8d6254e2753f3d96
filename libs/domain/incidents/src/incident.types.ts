import type { EventAssertion, License, LogPosition, ReportOp, RetractReason, SourceRef, SourceSystem } from '@sitrep/contracts';
import type { IncidentView } from './incident-view.types';

/** `active` counts; `retracted` has no standing report left; `merged` lives on in `mergedInto`. */
export type IncidentStatus = 'active' | 'retracted' | 'merged';

/**
 * Whether a report's claim still stands: `current` until a later report supersedes it or a
 * retraction withdraws it. A retract record itself is kept as `current` history but is never a
 * claim (see `isStandingClaim`).
 */
export type ReportState = 'current' | 'superseded' | 'retracted';

/** One report behind an incident, kept forever: corrections change its state, never remove it. */
export interface IncidentReport {
  reportId: string;
  sourceSystem: SourceSystem;
  /** The source's own id: ACLED event_id_cnty, UCDP id, GDELT GLOBALEVENTID, Airwars incident code. */
  nativeId: string;
  nativeRevision?: string;
  /** When Sitrep received it. */
  receivedAt: string;
  /** When the source published it. */
  reportedAt: string;
  op: ReportOp;
  state: ReportState;
  /** The report that corrected this one. */
  supersededBy?: string;
  /** The retract record that withdrew this one, and why. */
  retractedBy?: string;
  retractReason?: RetractReason;
  /** For supersede and retract records: the reports they correct or withdraw. */
  supersedesReportIds?: string[];
  /** What the report claims happened; absent on retract records. */
  assertion?: EventAssertion;
  sources: SourceRef[];
  license: License;
}

/**
 * Our merged view of one real-world happening, built from every report about it.
 * Plain JSON: the projector stores it as it is and hands it back on the next record.
 */
export interface Incident {
  /** Stable and deterministic: `inc-<reportId of the report that opened it>`. */
  incidentId: string;
  /** country|canonical admin1|occurred day of the current view; candidates are looked up by it. */
  mergeKey: string;
  status: IncidentStatus;
  mergedInto?: string;
  /** Who merged it explicitly (an analyst id), when known. */
  mergedBy?: string;
  /** 1 when opened; every change adds exactly 1. */
  version: number;
  /** receivedAt of the first report. */
  firstReportedAt: string;
  /** receivedAt of the record behind the latest change. */
  lastUpdatedAt: string;
  /** Log position of the last record applied. */
  position: LogPosition;
  /** Every report ever attached, in the order applied. */
  reports: IncidentReport[];
  view: IncidentView;
}

/** One incident written: `before` null means it was opened by this record. */
export interface IncidentChange {
  before: Incident | null;
  after: Incident;
}

/** When and where on the log a change happened. */
export interface ChangeStamp {
  receivedAt: string;
  position: LogPosition;
}
