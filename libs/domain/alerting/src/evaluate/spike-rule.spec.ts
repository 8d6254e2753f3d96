import { describe, expect, it } from '@jest/globals';
import { incident, ISIS, opened, SDF } from '../testing/incident-builder';
import { REGISTRY } from '../testing/hasakah';
import { runRule, ruleOf, type Delivery } from '../testing/run-rule';

/** "ISIS activity in a governorate at 3× its 30-day baseline, at least 3 incidents." */
const ISIS_SPIKE = ruleOf({
  id: 'isis-spike', version: 2, name: 'ISIS activity 3× its 30-day baseline', severity: 'warning',
  kind: 'spike', groupBy: ['admin1'], windowHours: 24, baselineDays: 30, factor: 3, minCount: 3,
  filter: { field: 'actor', op: 'eq', value: 'Islamic State' },
});

const isoHour = (day: number, hour: number) => new Date(Date.UTC(2022, 0, day, hour)).toISOString();

/** `perDay` ISIS incidents a day at noon (and after), from 1 to 30 December 2021, received as they happen. */
function baseline(perDay: number, admin1 = 'Deir ez-Zor'): Delivery[] {
  return Array.from({ length: 30 * perDay }, (_, i) => {
    const at = new Date(Date.UTC(2021, 11, 1 + Math.floor(i / perDay), 12 + (i % perDay))).toISOString();
    const occurred = incident({ id: `base-${admin1}-${i}`, at, admin1, actors: [ISIS, SDF], receivedAt: at });
    return { change: opened(occurred), receivedAt: at };
  });
}

function burst(count: number, admin1 = 'Deir ez-Zor'): Delivery[] {
  return Array.from({ length: count }, (_, i) => {
    const occurred = incident({ id: `burst-${admin1}-${i}`, at: isoHour(2, 1 + 3 * i), admin1, actors: [ISIS, SDF] });
    return { change: opened(occurred), receivedAt: isoHour(2, 2 + 3 * i) };
  });
}

describe('spike: the current window against the baseline rate', () => {
  it('fires at three times a one-a-day baseline', () => {
    const { steps, events } = runRule(ISIS_SPIKE, [...baseline(1), ...burst(3)], { registry: REGISTRY });
    expect(steps.slice(0, 32).flat()).toEqual([]);
    expect(events).toMatchObject([
      { type: 'firing', fingerprint: 'isis-spike@v2|admin1=Deir ez-Zor|2022-01-02T01:00:00.000Z', incidentIds: ['burst-Deir ez-Zor-0', 'burst-Deir ez-Zor-1', 'burst-Deir ez-Zor-2'] },
    ]);
  });

  it('does not fire at less than the factor: five in a day over a two-a-day baseline', () => {
    const { steps } = runRule(ISIS_SPIKE, [...baseline(2), ...burst(5)], { registry: REGISTRY });
    expect(steps.slice(60).flat()).toEqual([]);
  });

  it('spikes on minCount while a fresh log has no baseline yet (cold start: warm a new rule up on history)', () => {
    const { events } = runRule(ISIS_SPIKE, baseline(2), { registry: REGISTRY });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.occurredAt < '2021-12-20')).toBe(true);
  });

  it('needs minCount where there is no baseline at all', () => {
    expect(runRule(ISIS_SPIKE, burst(2, 'Idlib'), { registry: REGISTRY }).events).toEqual([]);
    expect(runRule(ISIS_SPIKE, burst(3, 'Idlib'), { registry: REGISTRY }).events.map((e) => e.type)).toEqual(['firing']);
  });
});
