import { CATEGORIES, GEO_PRECISIONS, TIME_PRECISIONS, type EventAssertion, type SourceSystem } from '@sitrep/contracts';
import type { IncidentReport } from './incident.types';
import type { IncidentLocation, IncidentOccurred, IncidentView } from './incident-view.types';
import { isStandingClaim, isWithdrawnClaim } from './incident-report';
import { compareStrings, mergeActors } from './merge-actors';
import { mergeFatalities } from './merge-fatalities';
import { bestSourceGrade, countDistinctSources } from './source-grading';

type Claim = IncidentReport & { assertion: EventAssertion };

/**
 * The merged current view of an incident, a pure function of its reports (so a rebuild from the
 * log gives the same view). Describes the standing claims; when none stand, the withdrawn ones;
 * failing those, every claim ever made. Undefined only for an incident without any claim.
 */
export function summariseView(reports: IncidentReport[]): IncidentView | undefined {
  const standing = reports.filter(isStandingClaim);
  const described = pickDescribed(reports, standing);
  if (described.length === 0) return undefined;
  const assertions = described.map((claim) => claim.assertion);
  const dominant = lastBest(assertions, (a) => CATEGORIES.indexOf(a.classification.category));
  const partial = {
    occurred: mergeOccurred(assertions),
    location: bestLocation(assertions),
    ...(dominant.classification.eventType !== undefined && { eventType: dominant.classification.eventType }),
    ...(dominant.classification.subEventType !== undefined && { subEventType: dominant.classification.subEventType }),
    category: dominant.classification.category,
    actors: mergeActors(assertions.flatMap((a) => a.participants)),
    fatalities: mergeFatalities(assertions.flatMap((a) => (a.fatalities ? [a.fatalities] : []))),
    tags: sortedUnique(assertions.flatMap((a) => a.classification.tags ?? [])),
  };
  const grade = bestSourceGrade(described.flatMap((claim) => claim.sources));
  return {
    ...partial,
    ...(grade !== undefined && { bestSourceGrade: grade }),
    sourceCount: countDistinctSources(standing.flatMap((claim) => claim.sources)),
    reportCount: standing.length,
    sourceSystems: sortedUnique(described.map((claim) => claim.sourceSystem)) as SourceSystem[],
    text: searchText(partial, assertions),
  };
}

function pickDescribed(reports: IncidentReport[], standing: Claim[]): Claim[] {
  if (standing.length > 0) return standing;
  const withdrawn = reports.filter(isWithdrawnClaim);
  if (withdrawn.length > 0) return withdrawn;
  return reports.filter((r): r is Claim => r.op !== 'retract' && r.assertion !== undefined);
}

function mergeOccurred(assertions: EventAssertion[]): IncidentOccurred {
  const starts = assertions.map((a) => a.occurred.start).sort(compareStrings);
  const ends = assertions.map((a) => a.occurred.end ?? a.occurred.start).sort(compareStrings);
  const finest = lastBest(assertions, (a) => TIME_PRECISIONS.indexOf(a.occurred.precision));
  return { start: starts[0], end: ends[ends.length - 1], precision: finest.occurred.precision };
}

/** Location from the most precisely located report (the latest among equals). */
function bestLocation(assertions: EventAssertion[]): IncidentLocation {
  const { location } = lastBest(assertions, (a) => GEO_PRECISIONS.indexOf(a.location.precision));
  return {
    country: location.country,
    ...(location.canonicalAdmin1 !== undefined && { canonicalAdmin1: location.canonicalAdmin1 }),
    ...(location.admin1 !== undefined && { admin1: location.admin1 }),
    ...(location.admin2 !== undefined && { admin2: location.admin2 }),
    ...(location.placeName !== undefined && { placeName: location.placeName }),
    ...(location.point !== undefined && { point: location.point }),
    precision: location.precision,
  };
}

/** The item with the lowest rank; among equal ranks the latest, since newer reports know more. */
function lastBest<T>(items: T[], rank: (item: T) => number): T {
  return items.reduce((best, item) => (rank(item) <= rank(best) ? item : best));
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort(compareStrings);
}

function searchText(view: Pick<IncidentView, 'location' | 'eventType' | 'subEventType' | 'tags'>, assertions: EventAssertion[]): string {
  const { location } = view;
  const parts = [
    location.placeName, location.admin2, location.canonicalAdmin1, location.admin1, location.country.name,
    view.eventType, view.subEventType,
    ...assertions.flatMap((a) => a.participants.map((p) => p.nameAsReported)),
    ...view.tags,
    ...assertions.flatMap((a) => (a.notes ? [a.notes.text] : [])),
  ];
  return [...new Set(parts.filter((part): part is string => part !== undefined && part.trim() !== ''))].join(' ');
}
