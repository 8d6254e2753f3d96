import { describe, expect, it } from '@jest/globals';
import { clashReport, SCENARIO_ACTORS } from '@sitrep/db';
import { emptyRuleState } from '@sitrep/domain-alerting';
import { seedRegistry } from '@sitrep/domain-places';
import { projectReports } from '../testing/project-reports';
import { ruleOf } from '../testing/rule-of';
import { evaluateInputs } from './evaluate-inputs';
import { warmUpRule } from './warm-up-rule';

const registry = seedRegistry();
const newActor = ruleOf({ id: 'new-actor', name: 'Actor new to a governorate', severity: 'warning', kind: 'new_term', termField: 'actor', groupBy: ['admin1'], lookbackDays: 30, filter: { all: [] } });
const day = (d: number) => `2022-01-${String(d).padStart(2, '0')}`;
const history = [1, 2, 3].map((d) => clashReport({ nativeId: `clash-${d}`, at: day(d), receivedAt: `${day(d)}T18:00:00.000Z`, place: { admin1: 'Deir ez-Zor', placeName: `village ${d}` } }));
const turkeyArrives = clashReport({ nativeId: 'turkey', at: day(10), receivedAt: `${day(10)}T18:00:00.000Z`, place: { admin1: 'Deir ez-Zor', placeName: 'Hajin' }, actors: [SCENARIO_ACTORS.TURKEY, SCENARIO_ACTORS.SDF] });
const sameActors = clashReport({ nativeId: 'again', at: day(11), receivedAt: `${day(11)}T18:00:00.000Z`, place: { admin1: 'Deir ez-Zor', placeName: 'Baghuz' } });
const ctx = { registry, silences: [], now: '2026-11-26T00:00:00.000Z' };

describe('warmUpRule: a new rule learns recent history before it may notify (cold start)', () => {
  it('does not fire on actors it has already seen, only on the one new since', () => {
    const inputs = projectReports([...history, turkeyArrives, sameActors]);
    const warmed = warmUpRule(newActor, inputs.slice(0, 3).map((i) => i.change), registry);
    const { events } = evaluateInputs([{ rule: newActor, state: warmed, ledger: { lastNotifiedAt: {}, notified: {} } }], inputs.slice(3), ctx);
    expect(events.map((d) => `${d.event.type} ${d.event.groupKey}`)).toEqual(['firing admin1=Deir ez-Zor|actor=ucdp:115']);
  });

  it('where a cold rule would call every actor of the first incident new', () => {
    const inputs = projectReports([...history, turkeyArrives]);
    const { events } = evaluateInputs([{ rule: newActor, state: emptyRuleState(newActor), ledger: { lastNotifiedAt: {}, notified: {} } }], inputs, ctx);
    expect(events.length).toBeGreaterThan(1);
  });

  it('keeps alerts that held during the warm-up silent for good', () => {
    const warmed = warmUpRule(newActor, projectReports(history).map((i) => i.change), registry);
    expect(Object.values(warmed.alerts).length).toBeGreaterThan(0);
    expect(Object.values(warmed.alerts).every((alert) => !alert.announced)).toBe(true);
  });
});
