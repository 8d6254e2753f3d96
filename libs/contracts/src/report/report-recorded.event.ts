import type { ReportSubmission } from './report.types';

/** CloudEvents `type` of a canonical record on the log of record. Past tense, versioned. */
export const REPORT_RECORDED_TYPE = 'sitrep.report.recorded.v1';
export const REPORT_SCHEMA_VERSION = 1;

/**
 * One record on the log of record: a validated, normalised submission plus what ingest decided.
 * Immutable: corrections and withdrawals are new records (op supersede / retract).
 */
export interface ReportRecorded extends ReportSubmission {
  /** Deterministic from sourceSystem + nativeId + nativeRevision, so re-sending is a no-op. */
  reportId: string;
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  /** When Sitrep received it: the clock behind every `asOf` question. */
  receivedAt: string;
  /**
   * The record key. Reports that may describe one incident share it (country + canonical admin1 +
   * occurred day), so one partition owner decides merges; a supersede or retract inherits the key
   * of the report it corrects.
   */
  logKey: string;
  /** `supersedes` resolved to report ids (native ids looked up within the same source system). */
  supersedesReportIds: string[];
}
