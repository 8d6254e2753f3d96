import { parseIsoDateOrDateTime } from '../validation/iso-date-time';
import { plainCopy } from '../validation/plain-copy';
import type { ValidationResult } from '../validation/validation-result';
import { validateAgainstSchema } from '../validation/validate-against-schema';
import { passesRecordedFastCheck } from './fast-submission-check';
import { futureDateIssues } from './future-date-issues';
import type { ReportRecorded } from './report-recorded.event';
import { ReportRecordedSchema } from './report-recorded.schema';

/**
 * Re-validates a record read back from the log. The future-date rule is judged against the
 * record's own `receivedAt` (what "now" was when ingest accepted it), so replaying the log years
 * later gives the same answer and reads no clock.
 *
 * Every record on the log passed ingest, so nearly all take the fast path (a structural check that
 * accepts only what the schema accepts); class-validator runs only for a record that fails it, to
 * word the dead-letter reason exactly as before.
 */
export function validateReportRecorded(input: unknown): ValidationResult<ReportRecorded> {
  if (passesRecordedFastCheck(input)) {
    const receivedAt = receivedAtOf(input);
    if (receivedAt !== null && futureDateIssues(input, receivedAt).length === 0) return { ok: true, value: plainCopy(input) as ReportRecorded };
  }
  return validateReportRecordedFully(input);
}

/** The slow path: class-transformer + class-validator; exported for the fast path's property spec. */
export function validateReportRecordedFully(input: unknown): ValidationResult<ReportRecorded> {
  const issues = validateAgainstSchema(ReportRecordedSchema, input);
  const receivedAt = receivedAtOf(input);
  if (receivedAt !== null) issues.push(...futureDateIssues(input, receivedAt));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: plainCopy(input) as ReportRecorded };
}

function receivedAtOf(input: unknown): Date | null {
  const value = typeof input === 'object' && input !== null ? (input as { receivedAt?: unknown }).receivedAt : undefined;
  const parsed = typeof value === 'string' ? parseIsoDateOrDateTime(value) : null;
  return parsed?.hasTime ? new Date(parsed.instant) : null;
}
