import { describe, expect, it } from '@jest/globals';
import { changed, incident, ISIS, opened, revised, SDF, TURKEY } from '../testing/incident-builder';
import { runRule, ruleOf, summary, type Delivery } from '../testing/run-rule';

/** "An actor never seen in a governorate in the last year appears there." */
const NEWCOMER = ruleOf({
  id: 'newcomer', version: 1, name: 'Actor new to a governorate (365 days)', severity: 'warning',
  kind: 'new_term', termField: 'actor', lookbackDays: 365, groupBy: ['admin1'], filter: { all: [] },
});

const TURKEY_FP = 'newcomer@v1|admin1=Al Hasakah|actor=ucdp:115|inc-turkey';
const on = (receivedAt: string, change: Delivery['change']): Delivery => ({ change, receivedAt });

/**
 * A year of ISIS and SDF fighting in Al Hasakah, imported in bulk on 1 January 2022: all of it
 * beyond the lateness, so the import itself fires nothing.
 */
function history(extra: ReturnType<typeof incident>[] = []): Delivery[] {
  const months = Array.from({ length: 12 }, (_, m) => incident({ id: `hist-${m}`, at: `2021-${String(m + 1).padStart(2, '0')}-05`, actors: [ISIS, SDF] }));
  return [...months, ...extra].map((i) => on('2022-01-01T00:00:00Z', opened(i)));
}

describe('new_term: a value not seen for the group in the look-back', () => {
  const turkey = incident({ id: 'inc-turkey', at: '2022-01-21', actors: [TURKEY, SDF], receivedAt: '2022-01-21T18:00:00Z' });

  it('fires nothing for a bulk import of old history', () => {
    expect(runRule(NEWCOMER, history()).events).toEqual([]);
  });

  it('fires when Turkey first appears in Al Hasakah, for Turkey only (ISIS and SDF are known there)', () => {
    const { steps } = runRule(NEWCOMER, [...history(), on('2022-01-21T18:00:00Z', opened(turkey))]);
    expect(steps[12]).toEqual([
      {
        type: 'firing', fingerprint: TURKEY_FP, ruleId: 'newcomer', ruleVersion: 1, groupKey: 'admin1=Al Hasakah|actor=ucdp:115',
        window: { start: '2021-01-21T00:00:00.000Z', end: '2022-01-21T00:00:00.000Z' },
        incidentIds: ['inc-turkey'], detectedLate: false, occurredAt: '2022-01-21T00:00:00.000Z', detectedAt: '2022-01-21T18:00:00Z',
      },
    ]);
  });

  it('does not fire when Turkey was seen there within the year, nor when it returns a week later', () => {
    const seen = incident({ id: 'hist-turkey', at: '2021-03-01', actors: [TURKEY] });
    expect(runRule(NEWCOMER, [...history([seen]), on('2022-01-21T18:00:00Z', opened(turkey))]).events).toEqual([]);
    const again = incident({ id: 'inc-turkey-2', at: '2022-01-28', actors: [TURKEY], receivedAt: '2022-01-28T18:00:00Z' });
    const { steps } = runRule(NEWCOMER, [...history(), on('2022-01-21T18:00:00Z', opened(turkey)), on('2022-01-28T18:00:00Z', opened(again))]);
    expect(steps[13]).toEqual([]);
  });

  it('fires when the last sighting is older than the look-back', () => {
    const longAgo = incident({ id: 'hist-turkey-old', at: '2020-12-01', actors: [TURKEY] });
    expect(summary(runRule(NEWCOMER, [...history([longAgo]), on('2022-01-21T18:00:00Z', opened(turkey))]).events)).toEqual([`firing ${TURKEY_FP}`]);
  });

  it('ignores sightings in other governorates', () => {
    const aleppo = incident({ id: 'hist-turkey-aleppo', at: '2021-11-01', admin1: 'Aleppo', actors: [TURKEY] });
    expect(summary(runRule(NEWCOMER, [...history([aleppo]), on('2022-01-21T18:00:00Z', opened(turkey))]).events)).toEqual([`firing ${TURKEY_FP}`]);
  });

  it('resolves when the newcomer incident is retracted', () => {
    const retracted = revised(turkey, { status: 'retracted' });
    const { steps } = runRule(NEWCOMER, [...history(), on('2022-01-21T18:00:00Z', opened(turkey)), on('2022-01-22T18:00:00Z', changed(turkey, retracted))]);
    expect(summary(steps[13])).toEqual([`resolved ${TURKEY_FP}`]);
  });

  it('moves to the earlier sighting when a late report shows Turkey there before', () => {
    const earlier = incident({ id: 'inc-turkey-earlier', at: '2022-01-15', actors: [TURKEY] });
    const { steps } = runRule(NEWCOMER, [...history(), on('2022-01-21T18:00:00Z', opened(turkey)), on('2022-01-25T18:00:00Z', opened(earlier))]);
    expect(summary(steps[13])).toEqual([`resolved ${TURKEY_FP}`, 'firing newcomer@v1|admin1=Al Hasakah|actor=ucdp:115|inc-turkey-earlier']);
    expect(steps[13][1].detectedLate).toBe(true);
  });
});
