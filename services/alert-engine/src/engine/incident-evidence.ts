import type { SourceRef } from '@sitrep/contracts';
import { isStandingClaim, type Incident } from '@sitrep/domain-incidents';

/** Where an incident can be read in full. */
export function incidentLink(id: string): string {
  return `/v1/incidents/${encodeURIComponent(id)}`;
}

/**
 * An incident as a notification (and the alerts API) shows it as evidence: ids, times, place,
 * actors, sources and a link to the API. An id the read model no longer knows keeps its link.
 */
export function incidentEvidence(id: string, incident: Incident | undefined) {
  if (incident === undefined) return { id, link: incidentLink(id) };
  const { view } = incident;
  const location = view.location;
  return {
    id,
    version: incident.version,
    status: incident.status,
    ...(incident.mergedInto !== undefined && { mergedInto: incident.mergedInto }),
    occurred: view.occurred,
    firstReportedAt: incident.firstReportedAt,
    lastUpdatedAt: incident.lastUpdatedAt,
    place: {
      country: location.country.iso3,
      ...(location.canonicalAdmin1 !== undefined && { admin1: location.canonicalAdmin1 }),
      ...(location.admin2 !== undefined && { admin2: location.admin2 }),
      ...(location.placeName !== undefined && { placeName: location.placeName }),
      ...(location.point !== undefined && { point: location.point }),
      precision: location.precision,
    },
    eventType: view.eventType ?? null,
    subEventType: view.subEventType ?? null,
    category: view.category,
    fatalities: view.fatalities,
    actors: view.actors.map((actor) => ({ key: actor.key, name: actor.name, ...(actor.actorId !== undefined && { actorId: actor.actorId }), roles: actor.roles })),
    sources: sourcesOf(incident),
    sourceSystems: view.sourceSystems,
    ...(view.bestSourceGrade !== undefined && { grade: view.bestSourceGrade }),
    reports: incident.reports.map((report) => ({ reportId: report.reportId, sourceSystem: report.sourceSystem, nativeId: report.nativeId, receivedAt: report.receivedAt, state: report.state })),
    link: incidentLink(id),
  };
}

/** The sources behind the standing reports (all reports' when none stands), once each. */
function sourcesOf(incident: Incident): Array<Pick<SourceRef, 'name' | 'url' | 'publishedAt' | 'reliability' | 'credibility'>> {
  const standing = incident.reports.filter(isStandingClaim);
  const reports = standing.length > 0 ? standing : incident.reports;
  const seen = new Map<string, Pick<SourceRef, 'name' | 'url' | 'publishedAt' | 'reliability' | 'credibility'>>();
  for (const source of reports.flatMap((report) => report.sources)) {
    const key = source.url ?? `${source.publisher ?? ''}|${source.name}`;
    if (!seen.has(key)) {
      seen.set(key, {
        name: source.name, reliability: source.reliability, credibility: source.credibility,
        ...(source.url !== undefined && { url: source.url }), ...(source.publishedAt !== undefined && { publishedAt: source.publishedAt }),
      });
    }
  }
  return [...seen.values()];
}
