import type { EventAssertion, Participant, ReportSubmission } from '@sitrep/contracts';
import { iso3FromCountryName } from '../shared/country-codes';
import { parseCalendarDate, startOfDayUtc } from '../shared/calendar-date';
import type { MapResult } from '../shared/map-result';
import { mapped, rejected } from '../shared/map-result';
import { airwarsClassification } from './airwars-classification';
import { credibilityFromAirwarsGrade } from './airwars-credibility';
import type { AirwarsIncidentFields } from './airwars-incident-fields';
import { isJsonObject, readAirwarsIncidentFields } from './airwars-incident-fields';
import { airwarsOccurred } from './airwars-occurred';
import { airwarsPlace } from './airwars-place';
import { airwarsSources } from './airwars-sources';

/** Airwars content is Airwars' own: usable inside Sitrep with attribution, never republished. */
export const AIRWARS_LICENSE = { attribution: 'Airwars (airwars.org)', redistributable: false } as const;

/**
 * One Airwars incident file (the JSON the caller parsed, and its exact text) as a report.
 * The native id is the incident code (CS1976, TS483a), falling back to the numeric Airwars id;
 * the revision is Airwars' "last modified" day, so a re-imported, unchanged page is a no-op.
 */
export function mapAirwarsIncident(json: unknown, rawText: string): MapResult<ReportSubmission> {
  if (!isJsonObject(json)) return rejected('airwars incident is not a JSON object');
  const fields = readAirwarsIncidentFields(json);
  const nativeId = fields.incidentCode ?? fields.airwarsId;
  if (nativeId === null) return rejected('airwars incident has neither incident_code nor airwars_id');
  const reportedAt = airwarsReportedAt(fields);
  if (reportedAt === null) return rejected(`airwars incident ${nativeId} has neither a published date nor a last-modified date`);
  const assertion = airwarsAssertion(fields);
  if (!assertion.ok) return rejected(`airwars incident ${nativeId}: ${assertion.reason}`);
  const submission: ReportSubmission = {
    op: 'assert',
    sourceSystem: 'airwars',
    nativeId,
    reportedAt,
    license: { ...AIRWARS_LICENSE },
    sources: airwarsSources(fields.sources, credibilityFromAirwarsGrade(fields.assessment)),
    raw: { format: 'json', body: rawText },
    assertion: assertion.value,
  };
  if (fields.lastModified !== null) submission.nativeRevision = fields.lastModified;
  return mapped(submission);
}

/**
 * When Airwars published the incident. It publishes a day, placed at midnight UTC. Without a
 * published day the last-modified day stands in: it is never earlier than the first
 * publication, so "what did we know on day X" can only err towards "not yet".
 */
function airwarsReportedAt(fields: AirwarsIncidentFields): string | null {
  const day = parseCalendarDate(fields.publishedDate) ?? parseCalendarDate(fields.lastModified);
  return day === null ? null : startOfDayUtc(day);
}

function airwarsAssertion(fields: AirwarsIncidentFields): MapResult<EventAssertion> {
  const occurred = airwarsOccurred(fields);
  if (!occurred.ok) return occurred;
  const iso3 = iso3FromCountryName(fields.country ?? '');
  if (iso3 === null) return rejected(`country ${JSON.stringify(fields.country)} is not one we import (Syria, Iraq, Turkey)`);
  const assertion: EventAssertion = {
    occurred: occurred.value,
    location: airwarsPlace(fields, iso3),
    classification: airwarsClassification(fields.strikeType, fields.strikeStatus),
    participants: allegedPerpetrators(fields.belligerents),
  };
  const fatalities = civilianFatalities(fields.civilianDeaths);
  if (fatalities !== undefined) assertion.fatalities = fatalities;
  const injuries = withoutNulls(fields.civilianInjuries);
  if (injuries !== undefined) assertion.injuries = injuries;
  if (fields.assessment !== null) assertion.assessment = fields.assessment;
  if (fields.narrative !== null) assertion.notes = { text: fields.narrative };
  return mapped(assertion);
}

/** "Russian Military, YPG" names two alleged belligerents; each keeps Airwars' spelling. */
function allegedPerpetrators(belligerents: string | null): Participant[] {
  return (belligerents ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => ({ role: 'alleged_perpetrator', nameAsReported: name }));
}

/**
 * Civilian deaths only (Airwars' military counts are not mapped). best = min on purpose: it is
 * ACLED's conservative convention, so sums across sources and actors stay comparable and never
 * rest on the highest claim; the range survives in low/high. No count reported → no fatalities
 * (unknown), not zero.
 */
function civilianFatalities(deaths: { min: number | null; max: number | null }): EventAssertion['fatalities'] {
  const low = deaths.min ?? deaths.max;
  if (low === null) return undefined;
  return deaths.max === null ? { best: low, low } : { best: low, low, high: deaths.max };
}

function withoutNulls(range: { min: number | null; max: number | null }): { min?: number; max?: number } | undefined {
  if (range.min === null && range.max === null) return undefined;
  return { ...(range.min === null ? {} : { min: range.min }), ...(range.max === null ? {} : { max: range.max }) };
}
