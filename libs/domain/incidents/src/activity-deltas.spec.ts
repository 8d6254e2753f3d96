import { describe, expect, it } from '@jest/globals';
import { actorActivityDeltas } from './actor-activity-deltas';
import { interactionDeltas } from './interaction-deltas';
import { given } from './testing/in-memory-incidents';
import { claim, ISIS, retraction, SDF, TURKEY } from './testing/report-fixtures';

const first = claim({ reportId: 'r1', sourceSystem: 'acled', nativeId: 'SYR1', fatalities: { best: 28 } });

describe('actorActivityDeltas', () => {
  it('counts a new incident once per actor, with its best fatality estimate', () => {
    const [{ after }] = given().when(first).changes;
    expect(actorActivityDeltas(null, after)).toEqual([
      { actorId: 'ucdp:234', day: '2022-01-20', admin1: 'Al Hasakah', eventType: 'Battles', incidents: 1, fatalities: 28 },
      { actorId: 'ucdp:6288', day: '2022-01-20', admin1: 'Al Hasakah', eventType: 'Battles', incidents: 1, fatalities: 28 },
    ]);
  });

  it('moves the counts when a correction changes the day, governorate and actors', () => {
    const moved = claim({ reportId: 'r2', sourceSystem: 'acled', nativeId: 'SYR1', supersedes: ['r1'], day: '2022-01-21', canonicalAdmin1: 'Ar Raqqa', participants: [ISIS, TURKEY], fatalities: { best: 3 } });
    const [{ before, after }] = given(first).when(moved).changes;
    expect(actorActivityDeltas(before, after).map((d) => [d.actorId, d.day, d.admin1, d.incidents, d.fatalities])).toEqual([
      ['ucdp:234', '2022-01-20', 'Al Hasakah', -1, -28],
      ['ucdp:6288', '2022-01-20', 'Al Hasakah', -1, -28],
      ['ucdp:115', '2022-01-21', 'Ar Raqqa', 1, 3],
      ['ucdp:234', '2022-01-21', 'Ar Raqqa', 1, 3],
    ]);
  });

  it('emits nothing for a change that moves no count', () => {
    const sameFigures = claim({ reportId: 'r2', sourceSystem: 'liveuamap', fatalities: { best: 30 } });
    const [{ before, after }] = given(first).when(sameFigures).changes;
    expect(actorActivityDeltas(before, after)).toEqual([]);
  });
});

describe('interactionDeltas', () => {
  it('counts each unordered pair of distinct actors once, sorted', () => {
    const threeSides = claim({ reportId: 'r1', participants: [TURKEY, SDF, ISIS] });
    const [{ after }] = given().when(threeSides).changes;
    expect(interactionDeltas(null, after).map((d) => [d.actorA, d.actorB, d.count])).toEqual([
      ['ucdp:115', 'ucdp:234', 1],
      ['ucdp:115', 'ucdp:6288', 1],
      ['ucdp:234', 'ucdp:6288', 1],
    ]);
  });

  it('removes the pair when the incident is retracted', () => {
    const [{ before, after }] = given(first).when(retraction('r2', ['r1'], 'out_of_scope')).changes;
    expect(interactionDeltas(before, after)).toEqual([{ actorA: 'ucdp:234', actorB: 'ucdp:6288', day: '2022-01-20', admin1: 'Al Hasakah', count: -1 }]);
  });
});
