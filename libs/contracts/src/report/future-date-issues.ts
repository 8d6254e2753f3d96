import { parseIsoDateOrDateTime } from '../validation/iso-date-time';
import type { ValidationIssue } from '../validation/validation-result';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A day of slack covers time zones and clock skew; later than that, the date is a data error. */
export const FUTURE_TOLERANCE_MS = DAY_MS;

/**
 * `reportedAt` and `occurred.start` more than a day after `now` are data errors (e.g. a year typed
 * as 2202). `now` is an argument — the caller's clock, or the record's own `receivedAt` when a log
 * record is re-validated — so the result never depends on when the check runs. Fields that are
 * missing or not dates are left to the schema.
 */
export function futureDateIssues(input: unknown, now: Date): ValidationIssue[] {
  const limit = now.getTime() + FUTURE_TOLERANCE_MS;
  if (Number.isNaN(limit)) throw new RangeError('futureDateIssues: now must be a valid Date');
  const candidates: Array<[string, unknown]> = [
    ['reportedAt', field(input, 'reportedAt')],
    ['assertion.occurred.start', field(field(field(input, 'assertion'), 'occurred'), 'start')],
  ];
  return candidates.flatMap(([path, value]) => {
    const parsed = typeof value === 'string' ? parseIsoDateOrDateTime(value) : null;
    if (parsed === null || parsed.instant <= limit) return [];
    return [{ path, reason: `${path} must not be more than 1 day after ${now.toISOString()}` }];
  });
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
  return (value as Record<string, unknown>)[key];
}
