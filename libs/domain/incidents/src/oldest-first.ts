import type { Incident } from './incident.types';
import { compareStrings } from './merge-actors';

/**
 * Orders incidents by when we first heard of them, then by id: the tie-break that makes every
 * choice between incidents (which candidate to join, which holder takes a correction) repeatable.
 */
export function oldestFirst(a: Incident, b: Incident): number {
  return compareInstants(a.firstReportedAt, b.firstReportedAt) || compareStrings(a.incidentId, b.incidentId);
}

/** Compares ISO 8601 instants by time (so `…Z` and `…+00:00` agree), falling back to text. */
export function compareInstants(a: string, b: string): number {
  const difference = Date.parse(a) - Date.parse(b);
  return Number.isNaN(difference) ? compareStrings(a, b) : Math.sign(difference);
}
