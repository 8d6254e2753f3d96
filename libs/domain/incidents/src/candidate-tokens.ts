import type { EventAssertion, Place } from '@sitrep/contracts';
import { foldName } from './fold-name';
import { EARTH_RADIUS_KM } from './haversine-km';
import type { Incident } from './incident.types';
import { SAME_PLACE_KM } from './same-incident';

/**
 * Tokens that narrow the merge candidates of a report without ever dropping one. Two participants
 * that are `sameActor` share an actor token (the id, and the folded name, which `sameActor` falls
 * back to when either side is unresolved). Two places that are `samePlace` share a place token once
 * the probing side is widened to the neighbouring latitude bands: points within SAME_PLACE_KM are
 * at most that far apart in latitude alone, and a band is a little wider than that.
 * Overlap on both is necessary for `describesSameIncident`, never sufficient: the domain decides.
 */
export interface CandidateTokens {
  actors: string[];
  places: string[];
}

/** A touch over SAME_PLACE_KM of latitude, so rounding never splits two close points by two bands. */
const LAT_BAND_DEGREES = ((SAME_PLACE_KM / EARTH_RADIUS_KM) * 180 * 1.01) / Math.PI;

/** What an incident stores: the tokens of every report it holds (a superset of its standing ones). */
export function incidentCandidateTokens(incident: Incident): CandidateTokens {
  const actors = new Set<string>();
  const places = new Set<string>();
  for (const report of incident.reports) {
    if (report.assertion === undefined) continue;
    for (const token of actorTokens(report.assertion)) actors.add(token);
    for (const token of placeTokens(report.assertion.location, 0)) places.add(token);
  }
  return { actors: [...actors].sort(), places: [...places].sort() };
}

/** What a report probes with: its own tokens, its latitude widened to the neighbouring bands. */
export function probeCandidateTokens(assertion: EventAssertion): CandidateTokens {
  return { actors: actorTokens(assertion), places: placeTokens(assertion.location, 1) };
}

/** The test the adapter runs in SQL (`&&` on both arrays), here for specs and in-memory use. */
export function mayDescribeSame(stored: CandidateTokens, probe: CandidateTokens): boolean {
  return overlaps(stored.actors, probe.actors) && overlaps(stored.places, probe.places);
}

function actorTokens(assertion: EventAssertion): string[] {
  const tokens = new Set<string>();
  for (const participant of assertion.participants) {
    if (participant.actorId !== undefined) tokens.add(`id:${participant.actorId}`);
    tokens.add(`name:${foldName(participant.nameAsReported)}`);
  }
  return [...tokens];
}

/** `samePlace` never matches on an empty folded name, so empty ones give no token. */
function placeTokens(place: Place, widen: 0 | 1): string[] {
  const tokens: string[] = [];
  const admin2 = place.admin2 === undefined ? '' : foldName(place.admin2);
  if (admin2 !== '') tokens.push(`admin2:${admin2}`);
  const name = place.placeName === undefined ? '' : foldName(place.placeName);
  if (name !== '') tokens.push(`place:${name}`);
  if (place.point !== undefined) {
    const band = Math.floor(place.point.lat / LAT_BAND_DEGREES);
    for (let offset = -widen; offset <= widen; offset++) tokens.push(`lat:${band + offset}`);
  }
  return tokens;
}

function overlaps(a: string[], b: string[]): boolean {
  const set = new Set(a);
  return b.some((token) => set.has(token));
}
