import { describe, expect, it } from '@jest/globals';
import type { EventAssertion, Participant } from '@sitrep/contracts';
import { PRISON_THEN_SHELLING, REGISTRY } from '../testing/hasakah';
import { projectLog, reportOf, retractionOf } from '../testing/report-log';
import { runRule, delivered, summary } from '../testing/run-rule';
import { backtest } from './backtest';

const ISIS: Participant = { role: 'actor1', nameAsReported: 'Islamic State (ISIS)', actorId: 'ucdp:234' };
const SDF: Participant = { role: 'actor2', nameAsReported: 'Syrian Democratic Forces', actorId: 'ucdp:6288' };
const TURKEY: Participant = { role: 'actor1', nameAsReported: 'Military Forces of Turkey', actorId: 'ucdp:115' };

function assertion(day: string, admin1: string, placeName: string, kind: 'attack' | 'shelling'): EventAssertion {
  const classification =
    kind === 'attack'
      ? { taxonomy: 'acled' as const, eventType: 'Battles', subEventType: 'Armed clash', category: 'battle' as const, tags: ['prison'] }
      : { taxonomy: 'acled' as const, eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack', category: 'explosion_remote' as const };
  return {
    occurred: { start: day, precision: 'day' },
    location: { placeName, admin1, canonicalAdmin1: admin1, country: { iso3: 'SYR', name: 'Syria' }, precision: 'exact' },
    classification,
    participants: kind === 'attack' ? [ISIS, SDF] : [TURKEY, SDF],
  };
}

const attack = assertion('2022-01-20', 'Al Hasakah', 'Ghwayran', 'attack');
const telTamr = assertion('2022-01-21', 'Al Hasakah', 'Tell Tamr', 'shelling');
const ainIssa = assertion('2022-01-21', 'Ar Raqqah', 'Ain Issa', 'shelling');
const LOG = [
  reportOf('r-attack', '2022-01-20T18:00:00.000Z', attack),
  reportOf('r-ain-issa', '2022-01-21T17:00:00.000Z', ainIssa),
  reportOf('r-tel-tamr', '2022-01-21T18:00:00.000Z', telTamr),
  retractionOf('r-tel-tamr-retract', '2022-01-23T09:00:00.000Z', ['r-tel-tamr'], telTamr),
];

describe('backtest: what a rule would have fired over a stretch of the log', () => {
  const changes = projectLog(LOG);

  it('replays the January 2022 reports: one firing for Tell Tamr (not Ain Issa), resolved by the retraction', () => {
    const events = backtest(PRISON_THEN_SHELLING, changes, { registry: REGISTRY });
    const fingerprint = 'isis-prison-then-turkish-shelling@v1|admin1=Al Hasakah|inc-r-attack';
    expect(summary(events)).toEqual([`firing ${fingerprint}`, `resolved ${fingerprint}`]);
    expect(events[0]).toMatchObject({ incidentIds: ['inc-r-attack', 'inc-r-tel-tamr'], detectedAt: '2022-01-21T18:00:00.000Z', detectedLate: false });
    expect(events[1].detectedAt).toBe('2022-01-23T09:00:00.000Z');
  });

  it('is evaluate folded over the changes and nothing else, enabled or not', () => {
    const folded = runRule(PRISON_THEN_SHELLING, changes.map(delivered), { registry: REGISTRY }).events;
    expect(backtest(PRISON_THEN_SHELLING, changes, { registry: REGISTRY })).toEqual(folded);
    expect(backtest({ ...PRISON_THEN_SHELLING, enabled: false }, changes, { registry: REGISTRY })).toEqual(folded);
  });
});
