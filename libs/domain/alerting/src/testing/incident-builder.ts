import type { Category, ParticipantRole } from '@sitrep/contracts';
import type { Incident, IncidentActor, IncidentChange, IncidentStatus } from '@sitrep/domain-incidents';

/** Actors of the Hasakah story, with the UCDP ids ingest resolves them to. */
export const ISIS: IncidentActor = { key: 'ucdp:234', actorId: 'ucdp:234', name: 'Islamic State (ISIS)', roles: ['actor1'] };
export const SDF: IncidentActor = { key: 'ucdp:6288', actorId: 'ucdp:6288', name: 'Syrian Democratic Forces', roles: ['actor2'] };
export const TURKEY: IncidentActor = { key: 'ucdp:115', actorId: 'ucdp:115', name: 'Military Forces of Turkey', roles: ['actor1'] };

/** What a test says about an incident; the rest defaults to a battle in Al Hasakah on 20 Jan 2022. */
export interface IncidentSpec {
  id: string;
  version?: number;
  status?: IncidentStatus;
  /** Occurred start: a date (`2022-01-20`) or a date-time. */
  at?: string;
  end?: string;
  admin1?: string;
  rawAdmin1?: string;
  admin2?: string;
  placeName?: string;
  eventType?: string;
  subEventType?: string;
  category?: Category;
  actors?: IncidentActor[];
  tags?: string[];
  fatalities?: number;
  grade?: string;
  /** receivedAt of the record behind this version. */
  receivedAt?: string;
}

/** An incident as the stream processor writes it, built directly for pure alerting specs. */
export function incident(spec: IncidentSpec): Incident {
  const at = spec.at ?? '2022-01-20';
  const receivedAt = spec.receivedAt ?? '2022-01-20T18:00:00.000Z';
  const admin1 = spec.admin1 === undefined && spec.rawAdmin1 === undefined ? 'Al Hasakah' : spec.admin1;
  const actors = spec.actors ?? [ISIS, SDF];
  return {
    incidentId: spec.id,
    mergeKey: `SYR|${admin1 ?? ''}|${at.slice(0, 10)}`,
    status: spec.status ?? 'active',
    version: spec.version ?? 1,
    firstReportedAt: receivedAt,
    lastUpdatedAt: receivedAt,
    position: { partition: 0, offset: '1' },
    reports: [],
    view: {
      occurred: { start: at, end: spec.end ?? at, precision: at.length === 10 ? 'day' : 'datetime' },
      location: {
        country: { iso3: 'SYR', name: 'Syria' },
        ...(admin1 !== undefined && { canonicalAdmin1: admin1 }),
        ...(spec.rawAdmin1 !== undefined && { admin1: spec.rawAdmin1 }),
        ...(spec.admin2 !== undefined && { admin2: spec.admin2 }),
        ...(spec.placeName !== undefined && { placeName: spec.placeName }),
        precision: 'exact',
      },
      eventType: spec.eventType ?? 'Battles',
      ...(spec.subEventType !== undefined && { subEventType: spec.subEventType }),
      category: spec.category ?? 'battle',
      actors,
      fatalities: spec.fatalities === undefined ? {} : { best: spec.fatalities },
      tags: spec.tags ?? [],
      ...(spec.grade !== undefined && { bestSourceGrade: spec.grade }),
      sourceCount: 1,
      reportCount: spec.status === 'retracted' ? 0 : 1,
      sourceSystems: ['manual'],
      text: [spec.placeName, admin1, spec.eventType, ...actors.map((a) => a.name), ...(spec.tags ?? [])].filter(Boolean).join(' '),
    },
  };
}

/** A later version of an incident: the same id, version + 1, with the given differences. */
export function revised(previous: Incident, spec: Partial<IncidentSpec>): Incident {
  const base = specOf(previous);
  return incident({ ...base, ...spec, id: previous.incidentId, version: previous.version + 1 });
}

export function opened(after: Incident): IncidentChange {
  return { before: null, after };
}

export function changed(before: Incident, after: Incident): IncidentChange {
  return { before, after };
}

export function withRoles(actor: IncidentActor, roles: ParticipantRole[]): IncidentActor {
  return { ...actor, roles };
}

function specOf(previous: Incident): IncidentSpec {
  const { view } = previous;
  return {
    id: previous.incidentId,
    status: previous.status,
    at: view.occurred.start,
    end: view.occurred.end,
    ...(view.location.canonicalAdmin1 !== undefined && { admin1: view.location.canonicalAdmin1 }),
    ...(view.location.admin1 !== undefined && { rawAdmin1: view.location.admin1 }),
    ...(view.location.admin2 !== undefined && { admin2: view.location.admin2 }),
    ...(view.location.placeName !== undefined && { placeName: view.location.placeName }),
    ...(view.eventType !== undefined && { eventType: view.eventType }),
    ...(view.subEventType !== undefined && { subEventType: view.subEventType }),
    category: view.category,
    actors: view.actors,
    tags: view.tags,
    ...(view.fatalities.best !== undefined && { fatalities: view.fatalities.best }),
    ...(view.bestSourceGrade !== undefined && { grade: view.bestSourceGrade }),
    receivedAt: previous.lastUpdatedAt,
  };
}
