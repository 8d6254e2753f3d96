import { describe, expect, it } from '@jest/globals';
import { evaluate } from './evaluate';
import { changed, incident, ISIS, opened, revised, SDF } from '../testing/incident-builder';
import { REGISTRY } from '../testing/hasakah';
import { ruleOf, runRule, summary, type Delivery } from '../testing/run-rule';

/** "Any attack on a detention facility (prison, camp) in Hasakah governorate." */
const DETENTION_ATTACKS = ruleOf({
  id: 'detention-attacks-hasakah',
  version: 3,
  name: 'Attack on a detention facility in Al Hasakah',
  severity: 'critical',
  kind: 'match',
  groupBy: ['admin1'],
  filter: {
    all: [
      { field: 'admin1', op: 'eq', value: 'Hassakah' },
      { field: 'category', op: 'in', value: ['battle', 'explosion_remote', 'violence_against_civilians'] },
      { any: [{ field: 'text', op: 'contains', value: 'prison' }, { field: 'text', op: 'contains', value: 'camp' }] },
    ],
  },
});

const run = (deliveries: Delivery[]) => runRule(DETENTION_ATTACKS, deliveries, { registry: REGISTRY });
const on = (receivedAt: string, change: Delivery['change']): Delivery => ({ change, receivedAt });

describe('match: every incident passing the filter fires', () => {
  const prison = incident({ id: 'inc-prison', placeName: "Al-Sina'a Prison", actors: [ISIS, SDF] });
  const hol = incident({ id: 'inc-hol', at: '2022-01-22', placeName: 'al-Hol camp', category: 'violence_against_civilians' });

  it('fires once per matching incident, anchored on it', () => {
    const { events } = run([on('2022-01-20T18:00:00Z', opened(prison)), on('2022-01-22T18:00:00Z', opened(hol))]);
    expect(summary(events)).toEqual([
      'firing detention-attacks-hasakah@v3|admin1=Al Hasakah|inc-prison',
      'firing detention-attacks-hasakah@v3|admin1=Al Hasakah|inc-hol',
    ]);
    expect(events[0]).toMatchObject({ incidentIds: ['inc-prison'], occurredAt: '2022-01-20T00:00:00.000Z', detectedLate: false });
    expect(events[0].window).toBeUndefined();
  });

  it('ignores incidents elsewhere or of another kind', () => {
    const raqqa = incident({ id: 'inc-raqqa', admin1: 'Ar Raqqah', placeName: 'Raqqa prison' });
    const protest = incident({ id: 'inc-protest', placeName: 'Prison gate', category: 'protest', eventType: 'Protests' });
    expect(run([on('2022-01-20T18:00:00Z', opened(raqqa)), on('2022-01-20T18:00:00Z', opened(protest))]).events).toEqual([]);
  });

  it('resolves when a correction takes the incident out of the filter; a correction that keeps it says nothing', () => {
    const moreDead = revised(prison, { fatalities: 20 });
    const elsewhere = revised(moreDead, { admin1: 'Deir ez-Zor' });
    const { steps } = run([on('2022-01-20T18:00:00Z', opened(prison)), on('2022-01-21T18:00:00Z', changed(prison, moreDead)), on('2022-01-22T18:00:00Z', changed(moreDead, elsewhere))]);
    expect(steps[1]).toEqual([]);
    expect(steps[2]).toMatchObject([{ type: 'resolved', reason: 'evidence_withdrawn', fingerprint: 'detention-attacks-hasakah@v3|admin1=Al Hasakah|inc-prison' }]);
  });

  it('resolves when the incident is merged into another', () => {
    const merged = revised(prison, { status: 'merged' });
    const { steps } = run([on('2022-01-20T18:00:00Z', opened(prison)), on('2022-01-21T18:00:00Z', changed(prison, merged))]);
    expect(summary(steps[1])).toEqual(['resolved detention-attacks-hasakah@v3|admin1=Al Hasakah|inc-prison']);
  });

  it('ignores a replayed older version after a newer one', () => {
    const retracted = revised(prison, { status: 'retracted' });
    const { steps } = run([on('2022-01-20T18:00:00Z', opened(prison)), on('2022-01-21T18:00:00Z', changed(prison, retracted)), on('2022-01-21T19:00:00Z', opened(prison))]);
    expect(steps.map(summary)).toEqual([
      ['firing detention-attacks-hasakah@v3|admin1=Al Hasakah|inc-prison'],
      ['resolved detention-attacks-hasakah@v3|admin1=Al Hasakah|inc-prison'],
      [],
    ]);
  });

  it('fires again after a resolution when the incident is reinstated (a new version)', () => {
    const retracted = revised(prison, { status: 'retracted' });
    const reinstated = revised(retracted, { status: 'active' });
    const { events } = run([on('2022-01-20T18:00:00Z', opened(prison)), on('2022-01-21T18:00:00Z', changed(prison, retracted)), on('2022-01-22T18:00:00Z', changed(retracted, reinstated))]);
    expect(events.map((event) => event.type)).toEqual(['firing', 'resolved', 'firing']);
  });

  it('closes an alert as expired once it leaves the retention (lateness, for a match), without a withdrawal', () => {
    const monthLater = incident({ id: 'inc-unrelated', at: '2022-02-20', admin1: 'Idlib', receivedAt: '2022-02-20T18:00:00Z' });
    const { steps, state } = run([on('2022-01-20T18:00:00Z', opened(prison)), on('2022-02-20T18:00:00Z', opened(monthLater))]);
    expect(steps[1]).toMatchObject([{ type: 'resolved', reason: 'expired', fingerprint: 'detention-attacks-hasakah@v3|admin1=Al Hasakah|inc-prison', detectedAt: '2022-02-20T18:00:00Z' }]);
    expect(state).toMatchObject({ incidents: {}, alerts: {} });
  });

  it('lets a watermark move the clock: the alert expires without another change of this rule', () => {
    const first = run([on('2022-01-20T18:00:00Z', opened(prison))]);
    const { events } = evaluate(first.state, DETENTION_ATTACKS, opened(prison), { receivedAt: '2022-01-20T18:00:00Z', watermark: '2022-02-25T00:00:00Z' });
    expect(events).toMatchObject([{ type: 'resolved', reason: 'expired' }]);
  });

  it('does nothing while disabled', () => {
    const disabled = { ...DETENTION_ATTACKS, enabled: false };
    expect(runRule(disabled, [on('2022-01-20T18:00:00Z', opened(prison))]).events).toEqual([]);
  });

  it('starts afresh, without the old alerts, for a new rule version', () => {
    const first = run([on('2022-01-20T18:00:00Z', opened(prison))]);
    const v4 = { ...DETENTION_ATTACKS, version: 4 };
    const { events } = runRule(v4, [on('2022-01-22T18:00:00Z', opened(hol))], { state: first.state });
    expect(summary(events)).toEqual(['firing detention-attacks-hasakah@v4|admin1=Al Hasakah|inc-hol']);
  });
});
