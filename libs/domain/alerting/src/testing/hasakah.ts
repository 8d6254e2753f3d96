import { seedRegistry } from '@sitrep/domain-places';
import type { Incident } from '@sitrep/domain-incidents';
import type { AlertRule } from '../rules/alert-rule.types';
import { incident, ISIS, SDF, TURKEY, type IncidentSpec } from './incident-builder';
import { ruleOf } from './run-rule';

/** The actor registry ingest uses without UCDP's file: "ISIS" and "Military Forces of Turkey" resolve. */
export const REGISTRY = seedRegistry();

/**
 * The pattern analysts want caught again (January 2022): an ISIS attack on a prison in a
 * governorate, then Turkish shelling in the same governorate within 48 hours.
 */
export const PRISON_THEN_SHELLING: AlertRule = ruleOf({
  id: 'isis-prison-then-turkish-shelling',
  version: 1,
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
});

/** ISIS car bombs al-Sina'a prison, Hasakah city, 20 January 2022, reported that evening. */
export function prisonAttack(spec: Partial<IncidentSpec> = {}): Incident {
  return incident({
    id: 'inc-sinaa-prison',
    at: '2022-01-20',
    placeName: "Al-Sina'a Prison",
    eventType: 'Explosions/Remote violence',
    subEventType: 'Suicide bomb',
    category: 'explosion_remote',
    actors: [ISIS, SDF],
    receivedAt: '2022-01-20T18:00:00.000Z',
    ...spec,
  });
}

/** Turkish artillery on Tell Tamr (Al Hasakah) the next day, reported that evening. */
export function shelling(spec: Partial<IncidentSpec> = {}): Incident {
  return incident({
    id: 'inc-tell-tamr-shelling',
    at: '2022-01-21',
    placeName: 'Tell Tamr',
    eventType: 'Explosions/Remote violence',
    subEventType: 'Shelling/artillery/missile attack',
    category: 'explosion_remote',
    actors: [TURKEY, SDF],
    receivedAt: '2022-01-21T18:00:00.000Z',
    ...spec,
  });
}
