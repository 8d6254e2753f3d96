import type { LogPosition, ValidationIssue } from '@sitrep/contracts';

/** What happened to one submitted report. */
export type RecordOutcome =
  | { index: number; status: 'accepted'; reportId: string; position: LogPosition }
  /** Already on the log: nothing appended, same id and position as the first time. */
  | { index: number; status: 'duplicate'; reportId: string; position?: LogPosition }
  | { index: number; status: 'rejected'; issues: ValidationIssue[] }
  /** Being appended by another request right now: retry shortly, it will come back as duplicate. */
  | { index: number; status: 'retry'; reportId: string };

/** The log or the ledger could not take the write right now: a retry records each report at most once. */
export class IngestUnavailableError extends Error {
  override readonly name = 'IngestUnavailableError';
  constructor(readonly retryAfterSeconds: number, reason: string) {
    super(reason);
  }
}
