import type { EventAssertion, Place, SourceSystem, TimePrecision } from '@sitrep/contracts';
import { sameActor } from './actor-key';
import { foldName } from './fold-name';
import { haversineKm } from './haversine-km';
import type { Incident } from './incident.types';
import { isStandingClaim } from './incident-report';
import { admin1Of, dayOf } from './merge-key';

/** Points closer than this are one place, whatever the gazetteer calls them. */
export const SAME_PLACE_KM = 2;

/** Dates precise enough to say "same day"; a week- or month-precise report never merges by rule. */
const DAY_PRECISE: readonly TimePrecision[] = ['datetime', 'day', 'days_2_6'];

/** The report being placed: who says what. */
export interface PlacedReport {
  sourceSystem: SourceSystem;
  nativeId: string;
  assertion: EventAssertion;
}

/**
 * ACLED-style aggregation: a report joins an active incident when one of its standing reports
 * describes the same day, the same canonical governorate, the same place and at least one common
 * actor — unless the incident already stands on another record of the same source system (a
 * curated source's separate codes, like Airwars TS483 and TS483a, are separate judgements).
 */
export function describesSameIncident(candidate: Incident, report: PlacedReport): boolean {
  if (candidate.status !== 'active') return false;
  const standing = candidate.reports.filter(isStandingClaim);
  const curatedApart = standing.some((r) => r.sourceSystem === report.sourceSystem && r.nativeId !== report.nativeId);
  if (curatedApart) return false;
  return standing.some((r) => sameHappening(r.assertion, report.assertion));
}

function sameHappening(a: EventAssertion, b: EventAssertion): boolean {
  return sameDay(a, b) && sameAdmin1(a.location, b.location) && samePlace(a.location, b.location) && actorsOverlap(a, b);
}

function sameDay(a: EventAssertion, b: EventAssertion): boolean {
  const precise = DAY_PRECISE.includes(a.occurred.precision) && DAY_PRECISE.includes(b.occurred.precision);
  return precise && dayOf(a.occurred.start) === dayOf(b.occurred.start);
}

function sameAdmin1(a: Place, b: Place): boolean {
  const admin1 = foldName(admin1Of(a));
  return admin1 !== '' && admin1 === foldName(admin1Of(b)) && a.country.iso3.toUpperCase() === b.country.iso3.toUpperCase();
}

/** Same district, same place name (folded), or points within SAME_PLACE_KM. */
export function samePlace(a: Place, b: Place): boolean {
  return sameText(a.admin2, b.admin2) || sameText(a.placeName, b.placeName) || (a.point !== undefined && b.point !== undefined && haversineKm(a.point, b.point) <= SAME_PLACE_KM);
}

function sameText(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const folded = foldName(a);
  return folded !== '' && folded === foldName(b);
}

function actorsOverlap(a: EventAssertion, b: EventAssertion): boolean {
  return a.participants.some((p) => b.participants.some((q) => sameActor(p, q)));
}
