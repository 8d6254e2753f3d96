import { deriveLogKey, type ReportRecorded } from '@sitrep/contracts';
import { assertedReport, retractingReport } from '../../testing/report-records';

/** Canonical ids ingest resolves these actors to (the seed registry's). */
const ISIS = { name: 'ISIS', actorId: 'ucdp:234' };
const SDF = { name: 'SDF', actorId: 'ucdp:6288' };
const TURKEY = { name: 'Turkish Armed Forces', actorId: 'ucdp:115' };

/** Where a test's incident happened: a governorate and a place in it. */
export interface ScenarioPlace {
  admin1: string;
  placeName: string;
}

export const TELL_TAMR: ScenarioPlace = { admin1: 'Al Hasakah', placeName: 'Tell Tamr' };
export const AIN_ISSA: ScenarioPlace = { admin1: 'Ar Raqqah', placeName: 'Ain Issa' };
export const SINAA_PRISON: ScenarioPlace = { admin1: 'Al Hasakah', placeName: "al-Sina'a prison, Ghwayran" };

export interface ScenarioReport {
  nativeId: string;
  /** Occurred: a day (`2022-01-21`) or a UTC time (`2022-01-22T06:00:00Z`). */
  at: string;
  receivedAt: string;
  place: ScenarioPlace;
  actors: Array<{ name: string; actorId?: string }>;
  eventType: string;
  subEventType: string;
  category: 'battle' | 'explosion_remote';
  tags?: string[];
}

/**
 * A record as ingest would append it (actors resolved to canonical ids, the key derived from the
 * assertion), built for alert scenarios pushed through the real pipeline.
 */
export function scenarioReport(spec: ScenarioReport): ReportRecorded {
  const record = assertedReport({ nativeId: spec.nativeId, receivedAt: spec.receivedAt, day: spec.at.slice(0, 10) });
  const assertion = record.assertion!;
  assertion.occurred = { start: spec.at, end: spec.at, precision: spec.at.length === 10 ? 'day' : 'datetime' };
  assertion.location = { ...assertion.location, placeName: spec.place.placeName, admin1: spec.place.admin1, canonicalAdmin1: spec.place.admin1, admin2: spec.place.admin1 };
  delete assertion.location.point;
  assertion.classification = { ...assertion.classification, eventType: spec.eventType, subEventType: spec.subEventType, category: spec.category, tags: spec.tags ?? [] };
  assertion.participants = spec.actors.map((actor, i) => ({ role: i === 0 ? 'actor1' : 'actor2', nameAsReported: actor.name, ...(actor.actorId !== undefined && { actorId: actor.actorId }) }));
  return { ...record, logKey: deriveLogKey(assertion) };
}

/** ISIS attacks al-Sina'a prison (Al Hasakah) on 20 January 2022, reported that evening. */
export function prisonAttackReport(overrides: Partial<ScenarioReport> = {}): ReportRecorded {
  return scenarioReport({
    nativeId: 'sinaa-prison-attack', at: '2022-01-20', receivedAt: '2022-01-20T18:00:00.000Z', place: SINAA_PRISON, actors: [ISIS, SDF],
    eventType: 'Explosions/Remote violence', subEventType: 'Suicide bomb', category: 'explosion_remote', tags: ['prison break'], ...overrides,
  });
}

/** Turkish artillery shells a place (Tell Tamr, Al Hasakah by default) on 21 January 2022. */
export function shellingReport(overrides: Partial<ScenarioReport> & { nativeId: string }): ReportRecorded {
  return scenarioReport({
    at: '2022-01-21', receivedAt: '2022-01-21T18:00:00.000Z', place: TELL_TAMR, actors: [TURKEY, SDF],
    eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack', category: 'explosion_remote', ...overrides,
  });
}

/** An armed clash in a governorate: the filler of threshold, new-term and spike scenarios. */
export function clashReport(overrides: Partial<ScenarioReport> & { nativeId: string; at: string; receivedAt: string }): ReportRecorded {
  return scenarioReport({ place: { admin1: 'Deir ez-Zor', placeName: 'Hajin' }, actors: [ISIS, SDF], eventType: 'Battles', subEventType: 'Armed clash', category: 'battle', ...overrides });
}

/** A retraction of a report, keyed like it, as an analyst's correction would be. */
export function retractionOf(target: ReportRecorded, receivedAt: string): ReportRecorded {
  return retractingReport([target], { nativeId: `retract-${target.nativeId}`, receivedAt });
}

export const SCENARIO_ACTORS = { ISIS, SDF, TURKEY };

/**
 * The Hasakah rule as an analyst posts it: Turkish shelling within 48 h after an ISIS attack on a
 * prison, in the same governorate (January 2022).
 */
export function hasakahRuleBody(id = 'isis-prison-then-turkish-shelling'): Record<string, unknown> {
  return {
    id,
    name: 'Turkish shelling within 48 h after an ISIS attack on a prison, same governorate',
    severity: 'critical',
    kind: 'sequence',
    withinHours: 48,
    joinOn: ['admin1'],
    steps: [
      {
        name: 'ISIS attacks a prison',
        filter: {
          all: [
            { field: 'actor', op: 'eq', value: 'ISIS' },
            { field: 'eventType', op: 'in', value: ['Battles', 'Explosions/Remote violence'] },
            { any: [{ field: 'tags', op: 'contains', value: 'prison' }, { field: 'placeName', op: 'contains', value: 'prison' }] },
          ],
        },
      },
      {
        name: 'Turkey shells',
        filter: {
          all: [
            { field: 'eventType', op: 'eq', value: 'Explosions/Remote violence' },
            { field: 'subEventType', op: 'eq', value: 'Shelling/artillery/missile attack' },
            { field: 'actor', op: 'eq', value: 'Military Forces of Turkey', roles: ['actor1'] },
          ],
        },
      },
    ],
  };
}
