import { describe, expect, it } from '@jest/globals';
import type { IncidentActor } from '@sitrep/domain-incidents';
import { changed, incident, ISIS, opened, revised, SDF } from '../testing/incident-builder';
import { REGISTRY } from '../testing/hasakah';
import { ruleOf, runRule, summary, type Delivery } from '../testing/run-rule';

const actor = (id: string, name: string): IncidentActor => ({ key: id, actorId: id, name, roles: ['actor2'] });
const SAA = actor('ucdp:118', 'Military Forces of Syria');
const RUSSIA = actor('ucdp:57', 'Military Forces of Russia');
const COALITION = actor('sitrep:us-led-coalition', 'US-led Coalition');

/** "More than 5 ISIS incidents in one governorate within 24 h." */
const ISIS_SURGE = ruleOf({
  id: 'isis-surge', version: 1, name: 'More than 5 ISIS incidents in a governorate within 24 h', severity: 'warning',
  kind: 'threshold', groupBy: ['admin1'], windowHours: 24, threshold: { op: 'gt', value: 5 },
  filter: { field: 'actor', op: 'eq', value: 'Daesh' },
});

/** "At least 4 distinct actors fighting in one governorate within 24 h." */
const CROWDED = ruleOf({
  id: 'crowded-battlefield', version: 1, name: 'At least 4 distinct actors in a governorate within 24 h', severity: 'info',
  kind: 'threshold', groupBy: ['admin1'], windowHours: 24, threshold: { op: 'gte', value: 4 }, distinctField: 'actor',
  filter: { field: 'category', op: 'eq', value: 'battle' },
});

const hourly = (prefix: string, count: number, spec: { admin1?: string; actors?: IncidentActor[]; startHour?: number } = {}) =>
  Array.from({ length: count }, (_, i) => {
    const hour = String((spec.startHour ?? 0) + i).padStart(2, '0');
    return incident({ id: `${prefix}-${i}`, at: `2022-01-10T${hour}:00:00Z`, admin1: spec.admin1 ?? 'Deir ez-Zor', actors: spec.actors ?? [ISIS, SDF], receivedAt: `2022-01-10T${hour}:30:00Z` });
  });
const deliver = (incidents: ReturnType<typeof incident>[]): Delivery[] => incidents.map((i) => ({ change: opened(i), receivedAt: i.lastUpdatedAt }));
const FP = 'isis-surge@v1|admin1=Deir ez-Zor|2022-01-10T00:00:00.000Z';

describe('threshold: count in a sliding event-time window, per group', () => {
  it('fires when the sixth ISIS incident lands in the window, then grows its evidence', () => {
    const { steps } = runRule(ISIS_SURGE, deliver(hourly('dez', 7)), { registry: REGISTRY });
    expect(steps.slice(0, 5).flat()).toEqual([]);
    expect(steps[5]).toMatchObject([{ type: 'firing', fingerprint: FP, window: { start: '2022-01-10T00:00:00.000Z', end: '2022-01-11T00:00:00.000Z' } }]);
    expect(steps[5][0].incidentIds).toHaveLength(6);
    expect(steps[6]).toMatchObject([{ type: 'evidence_updated', fingerprint: FP }]);
    expect(steps[6][0].incidentIds).toHaveLength(7);
  });

  it('does not add up groups, nor incidents further apart than the window', () => {
    const split = [...hourly('dez', 3), ...hourly('has', 3, { admin1: 'Al Hasakah' })];
    expect(runRule(ISIS_SURGE, deliver(split), { registry: REGISTRY }).events).toEqual([]);
    const spread = [0, 25, 50, 75, 100, 125].map((h) => incident({ id: `spread-${h}`, at: new Date(Date.UTC(2022, 0, 10, h)).toISOString(), admin1: 'Deir ez-Zor' }));
    expect(runRule(ISIS_SURGE, deliver(spread), { registry: REGISTRY }).events).toEqual([]);
  });

  it('resolves when a retraction drops the count back to the threshold', () => {
    const six = hourly('dez', 6);
    const retracted = revised(six[2], { status: 'retracted' });
    const { steps } = runRule(ISIS_SURGE, [...deliver(six), { change: changed(six[2], retracted), receivedAt: '2022-01-11T09:00:00Z' }], { registry: REGISTRY });
    expect(summary(steps[6])).toEqual([`resolved ${FP}`]);
  });

  it('keeps the window where it is when a late report lands just before it', () => {
    const six = hourly('dez', 6, { startHour: 5 });
    const early = incident({ id: 'dez-early', at: '2022-01-10T01:00:00Z', admin1: 'Deir ez-Zor' });
    const { steps } = runRule(ISIS_SURGE, [...deliver(six), { change: opened(early), receivedAt: '2022-01-15T00:00:00Z' }], { registry: REGISTRY });
    expect(summary(steps[5])).toEqual(['firing isis-surge@v1|admin1=Deir ez-Zor|2022-01-10T05:00:00.000Z']);
    expect(steps[6]).toEqual([]);
  });

  it('counts distinct actors, not incidents', () => {
    const sameTwo = hourly('same', 10);
    expect(runRule(CROWDED, deliver(sameTwo)).events).toEqual([]);
    const four = [
      incident({ id: 'a', at: '2022-01-10T01:00:00Z', actors: [ISIS, SDF] }),
      incident({ id: 'b', at: '2022-01-10T02:00:00Z', actors: [ISIS, SAA] }),
      incident({ id: 'c', at: '2022-01-10T03:00:00Z', actors: [ISIS, SDF] }),
      incident({ id: 'd', at: '2022-01-10T20:00:00Z', actors: [RUSSIA, COALITION] }),
    ];
    const { steps } = runRule(CROWDED, deliver(four));
    expect(steps.slice(0, 3).flat()).toEqual([]);
    expect(steps[3]).toMatchObject([{ type: 'firing', groupKey: 'admin1=Al Hasakah', incidentIds: ['a', 'b', 'c', 'd'] }]);
  });
});
