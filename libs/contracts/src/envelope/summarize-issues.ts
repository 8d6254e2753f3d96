import type { ValidationIssue } from '../validation/validation-result';

/** Enough issues to act on, few enough to fit a Kafka header or a log line. */
const MAX_LISTED = 20;

export function summarizeIssues(issues: ValidationIssue[]): string {
  const listed = issues.slice(0, MAX_LISTED).map(({ path, reason }) => `${path}: ${reason}`);
  const more = issues.length > MAX_LISTED ? [`… and ${issues.length - MAX_LISTED} more`] : [];
  return [...listed, ...more].join('; ');
}
