/** One reason a value was refused, at the full path of the offending field. */
export interface ValidationIssue {
  /** Dotted and indexed, e.g. `assertion.location.point.lat`, `sources[2].reliability`; `(root)` for the value itself. */
  path: string;
  reason: string;
}

import type { ReportSubmission } from '../report/report.types';

/** Every issue is returned, never only the first, so a pipeline can fix a record in one pass. */
export type ValidationResult<T = ReportSubmission> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export const ROOT_PATH = '(root)';
