import type { EventAssertion } from './report.types';

/**
 * The record key of an asserted report: `iso3|admin1|day`, e.g. `SYR|al hasakah|2022-01-20`.
 * Reports that may describe one incident (same country, governorate and day — ACLED's atomic day)
 * share it, so one partition owner sees them in order and decides merges.
 *
 * The governorate is the canonical one when ingest resolved it (else as reported, else `-`),
 * lower-cased. The day is the calendar day as the source wrote it (its local day), not the UTC day
 * of the instant: `2022-01-20T01:00+03:00` is the 20th in Hasakah. `|` inside a governorate cannot
 * confuse the key, as iso3 and the day have fixed widths.
 */
export function deriveLogKey(assertion: Pick<EventAssertion, 'occurred' | 'location'>): string {
  const { location, occurred } = assertion;
  const admin1 = (location.canonicalAdmin1 ?? location.admin1 ?? '-').toLowerCase();
  return `${location.country.iso3}|${admin1}|${occurred.start.slice(0, 10)}`;
}
