import type { Incident } from '@sitrep/domain-incidents';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Milliseconds since the epoch for an ISO date or date-time; NaN when it is not one. */
export function toMs(iso: string): number {
  return Date.parse(iso);
}

/** The canonical ISO form we store and compare (`2022-01-20T00:00:00.000Z`). */
export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Event time: when the incident happened, by the start of its occurred period. Reports say "20
 * January" far more often than a time of day, so a date alone means its midnight (UTC).
 */
export function eventTimeOf(incident: Incident): number {
  return toMs(incident.view.occurred.start);
}

/**
 * The end of the occurred period: a date alone ("2022-01-20") covers the whole day, so it ends at
 * the next midnight. Used to tell an alert detected late from one detected as it happened.
 */
export function eventEndOf(incident: Incident): number {
  const { end } = incident.view.occurred;
  const ms = toMs(end);
  return isDateOnly(end) ? ms + DAY_MS : ms;
}

/** The latest of some ISO times, ignoring the absent ones; null when none is given. */
export function latestIso(...times: Array<string | null | undefined>): string | null {
  const known = times.filter((t): t is string => t !== null && t !== undefined && !Number.isNaN(toMs(t)));
  if (known.length === 0) return null;
  return isoOf(Math.max(...known.map(toMs)));
}

function isDateOnly(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}
