import type { EventAssertion, Place } from '@sitrep/contracts';
import type { IncidentView } from './incident-view.types';

/** The governorate used for merging and counting: the canonical one when ingest resolved it. */
export function admin1Of(place: Pick<Place, 'canonicalAdmin1' | 'admin1'>): string {
  return (place.canonicalAdmin1 ?? place.admin1 ?? '').trim();
}

/** The occurred day (YYYY-MM-DD) of an ISO date or date-time. */
export function dayOf(isoDateOrDateTime: string): string {
  return isoDateOrDateTime.slice(0, 10);
}

/**
 * `country|canonical admin1|occurred day`, e.g. `SYR|Al Hasakah|2022-01-20`: reports that might
 * describe one incident share it. The adapter loads merge candidates by it; ingest should key the
 * log with the same function so one partition owner decides each merge.
 */
export function mergeKeyOf(assertion: EventAssertion): string {
  return composeMergeKey(assertion.location.country.iso3, admin1Of(assertion.location), assertion.occurred.start);
}

/** The merge key of an incident's current view. */
export function viewMergeKey(view: IncidentView): string {
  return composeMergeKey(view.location.country.iso3, admin1Of(view.location), view.occurred.start);
}

function composeMergeKey(iso3: string, admin1: string, occurredStart: string): string {
  return [iso3.toUpperCase(), admin1, dayOf(occurredStart)].join('|');
}
