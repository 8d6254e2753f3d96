import type { ValidationIssue } from '@sitrep/contracts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant from a query parameter: a bare date is its UTC midnight; a time must carry its offset
 * (a time without one would depend on the server's zone). Adds an issue at `path` when invalid.
 */
export function readInstant(value: unknown, path: string, issues: ValidationIssue[], required: boolean): string | undefined {
  if (value === undefined) {
    if (required) issues.push({ path, reason: 'required (an ISO 8601 date or time)' });
    return undefined;
  }
  const text = typeof value === 'string' ? value : '';
  const ms = DATE.test(text) ? Date.parse(`${text}T00:00:00Z`) : DATE_TIME.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(ms)) {
    issues.push({ path, reason: 'must be an ISO 8601 date or a time with its offset, e.g. 2022-01-01 or 2022-01-01T00:00:00Z' });
    return undefined;
  }
  return new Date(ms).toISOString();
}
