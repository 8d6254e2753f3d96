import { plainCopy } from '../validation/plain-copy';
import type { ValidationResult } from '../validation/validation-result';
import { validateAgainstSchema } from '../validation/validate-against-schema';
import { passesSubmissionFastCheck } from './fast-submission-check';
import { futureDateIssues } from './future-date-issues';
import { ReportSubmissionSchema } from './report-submission.schema';
import type { ReportSubmission } from './report.types';

/**
 * The one edge check for a submission (HTTP body or inbound record): schema rules, op rules,
 * polluting keys and future dates, with every issue at its full path. On success the value is a
 * fresh plain-object copy of the input (never class instances), deep-equal to it.
 *
 * Fast path first: the structural check accepts only what the schema accepts, so a valid
 * submission never reaches class-validator. Anything it refuses runs the full schema, which alone
 * decides and words the issues — the 400's issue list is exactly what it always was.
 */
export function validateSubmission(input: unknown, now: Date): ValidationResult<ReportSubmission> {
  if (passesSubmissionFastCheck(input) && futureDateIssues(input, now).length === 0) {
    return { ok: true, value: plainCopy(input) as ReportSubmission };
  }
  return validateSubmissionFully(input, now);
}

/** The slow path: class-transformer + class-validator; exported for the fast path's property spec. */
export function validateSubmissionFully(input: unknown, now: Date): ValidationResult<ReportSubmission> {
  const issues = [...validateAgainstSchema(ReportSubmissionSchema, input), ...futureDateIssues(input, now)];
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: plainCopy(input) as ReportSubmission };
}
