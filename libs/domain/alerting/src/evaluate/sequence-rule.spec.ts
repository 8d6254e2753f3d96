import { describe, expect, it } from '@jest/globals';
import { evaluate } from './evaluate';
import { changed, opened, revised } from '../testing/incident-builder';
import { PRISON_THEN_SHELLING, REGISTRY, prisonAttack, shelling } from '../testing/hasakah';
import { runRule, summary, type Delivery } from '../testing/run-rule';

const FINGERPRINT = 'isis-prison-then-turkish-shelling@v1|admin1=Al Hasakah|inc-sinaa-prison';
const run = (deliveries: Delivery[]) => runRule(PRISON_THEN_SHELLING, deliveries, { registry: REGISTRY });
const on = (receivedAt: string, change: Delivery['change']): Delivery => ({ change, receivedAt });

describe('sequence: ISIS attack on a prison, then Turkish shelling in the same governorate within 48 h', () => {
  const attack = prisonAttack();
  const telTamr = shelling();

  it('fires one alert naming both incidents, in step order', () => {
    const { steps } = run([on('2022-01-20T18:00:00.000Z', opened(attack)), on('2022-01-21T18:00:00.000Z', opened(telTamr))]);
    expect(steps[0]).toEqual([]);
    expect(steps[1]).toEqual([
      {
        type: 'firing',
        fingerprint: FINGERPRINT,
        ruleId: 'isis-prison-then-turkish-shelling',
        ruleVersion: 1,
        groupKey: 'admin1=Al Hasakah',
        window: { start: '2022-01-20T00:00:00.000Z', end: '2022-01-21T00:00:00.000Z' },
        incidentIds: ['inc-sinaa-prison', 'inc-tell-tamr-shelling'],
        detectedLate: false,
        occurredAt: '2022-01-21T00:00:00.000Z',
        detectedAt: '2022-01-21T18:00:00.000Z',
      },
    ]);
  });

  it('stays silent for shelling in another governorate (Ain Issa is in Ar Raqqah)', () => {
    const ainIssa = shelling({ id: 'inc-ain-issa', placeName: 'Ain Issa', admin1: 'Ar Raqqah' });
    expect(run([on('2022-01-20T18:00:00.000Z', opened(attack)), on('2022-01-21T18:00:00.000Z', opened(ainIssa))]).events).toEqual([]);
  });

  it('counts 48 h exactly but not 49 h', () => {
    const at = prisonAttack({ at: '2022-01-20T06:00:00Z' });
    const after48 = shelling({ at: '2022-01-22T06:00:00Z' });
    const after49 = shelling({ at: '2022-01-22T07:00:00Z' });
    expect(run([on('2022-01-20T18:00:00Z', opened(at)), on('2022-01-22T08:00:00Z', opened(after49))]).events).toEqual([]);
    expect(summary(run([on('2022-01-20T18:00:00Z', opened(at)), on('2022-01-22T08:00:00Z', opened(after48))]).events)).toEqual([`firing ${FINGERPRINT}`]);
  });

  it('needs the order: shelling before the attack is no match', () => {
    const before = shelling({ at: '2022-01-19' });
    expect(run([on('2022-01-19T18:00:00Z', opened(before)), on('2022-01-20T18:00:00Z', opened(attack))]).events).toEqual([]);
  });

  it('fires when the attack report arrives after the shelling report (event time, not arrival order)', () => {
    const { steps } = run([on('2022-01-21T18:00:00Z', opened(telTamr)), on('2022-01-21T19:00:00Z', opened(attack))]);
    expect(summary(steps[1])).toEqual([`firing ${FINGERPRINT}`]);
    expect(steps[1][0].detectedLate).toBe(false);
  });

  it('resolves when the shelling is retracted, naming what it had', () => {
    const retracted = revised(telTamr, { status: 'retracted', receivedAt: '2022-01-22T09:00:00.000Z' });
    const { steps } = run([
      on('2022-01-20T18:00:00.000Z', opened(attack)),
      on('2022-01-21T18:00:00.000Z', opened(telTamr)),
      on('2022-01-22T09:00:00.000Z', changed(telTamr, retracted)),
    ]);
    expect(steps[2]).toMatchObject([{ type: 'resolved', fingerprint: FINGERPRINT, incidentIds: ['inc-sinaa-prison', 'inc-tell-tamr-shelling'], detectedAt: '2022-01-22T09:00:00.000Z' }]);
  });

  it('updates the evidence instead when another shelling still completes the sequence', () => {
    const second = shelling({ id: 'inc-hasakah-city-shelling', at: '2022-01-21T12:00:00Z', placeName: 'Hasakah' });
    const retracted = revised(telTamr, { status: 'retracted' });
    const { steps } = run([
      on('2022-01-20T18:00:00Z', opened(attack)),
      on('2022-01-21T18:00:00Z', opened(telTamr)),
      on('2022-01-21T19:00:00Z', opened(second)),
      on('2022-01-22T09:00:00Z', changed(telTamr, retracted)),
    ]);
    expect(steps[2]).toEqual([]);
    expect(steps[3]).toMatchObject([{ type: 'evidence_updated', fingerprint: FINGERPRINT, incidentIds: ['inc-sinaa-prison', 'inc-hasakah-city-shelling'] }]);
  });

  it('never fires twice for the same changes: a change applied twice, or the whole log replayed', () => {
    const log = [on('2022-01-20T18:00:00Z', opened(attack)), on('2022-01-21T18:00:00Z', opened(telTamr))];
    const first = run(log);
    const again = evaluate(first.state, PRISON_THEN_SHELLING, opened(telTamr), { receivedAt: '2022-01-21T18:00:00Z', registry: REGISTRY });
    expect(again).toEqual({ state: first.state, events: [] });
    expect(runRule(PRISON_THEN_SHELLING, log, { registry: REGISTRY, state: first.state }).events).toEqual([]);
  });

  it('fires with detectedLate when the shelling report arrives ten days late', () => {
    const late = shelling({ receivedAt: '2022-01-31T10:00:00.000Z' });
    const { events } = run([on('2022-01-20T18:00:00Z', opened(attack)), on('2022-01-31T10:00:00.000Z', opened(late))]);
    expect(events).toMatchObject([{ type: 'firing', detectedLate: true, occurredAt: '2022-01-21T00:00:00.000Z', detectedAt: '2022-01-31T10:00:00.000Z' }]);
  });

  it('never fires for a report beyond the lateness (30 days), even once a later change touches the group', () => {
    const tooLate = shelling({ receivedAt: '2022-02-25T10:00:00.000Z' });
    const corrected = revised(tooLate, { fatalities: 2, receivedAt: '2022-02-26T10:00:00.000Z' });
    const { steps } = run([
      on('2022-01-20T18:00:00Z', opened(attack)),
      on('2022-02-25T10:00:00.000Z', opened(tooLate)),
      on('2022-02-26T10:00:00.000Z', changed(tooLate, corrected)),
    ]);
    expect(steps).toEqual([[], [], []]);
  });

  it('makes one alert for two attacks sharing one shelling, and a second once another shelling follows', () => {
    const secondAttack = prisonAttack({ id: 'inc-second-attack', at: '2022-01-20T12:00:00Z' });
    const secondShelling = shelling({ id: 'inc-second-shelling', at: '2022-01-21T20:00:00Z' });
    const { steps } = run([
      on('2022-01-20T18:00:00Z', opened(attack)),
      on('2022-01-20T18:00:00Z', opened(secondAttack)),
      on('2022-01-21T18:00:00Z', opened(telTamr)),
      on('2022-01-22T00:00:00Z', opened(secondShelling)),
    ]);
    expect(summary(steps.flat())).toEqual([
      `firing ${FINGERPRINT}`,
      'firing isis-prison-then-turkish-shelling@v1|admin1=Al Hasakah|inc-second-attack',
    ]);
    expect(steps[3][0].incidentIds).toEqual(['inc-second-attack', 'inc-second-shelling']);
  });
});
