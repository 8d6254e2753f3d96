import { describe, expect, it } from '@jest/globals';
import { emptyRuleState } from '@sitrep/domain-alerting';
import { AIN_ISSA, hasakahRuleBody, prisonAttackReport, retractionOf, shellingReport } from '@sitrep/db';
import { seedRegistry } from '@sitrep/domain-places';
import { projectReports } from '../testing/project-reports';
import { ruleOf } from '../testing/rule-of';
import { evaluateInputs, type RuleRun } from './evaluate-inputs';

const rule = ruleOf(hasakahRuleBody());
const run = (): RuleRun => ({ rule, state: emptyRuleState(rule), ledger: { lastNotifiedAt: {}, notified: {} } });
const ctx = { registry: seedRegistry(), silences: [], now: '2026-11-26T00:00:00.000Z' };
const attack = prisonAttackReport();
const telTamr = shellingReport({ nativeId: 'tell-tamr' });
const summary = (events: ReturnType<typeof evaluateInputs>['events']) => events.map((d) => `${d.event.type} ${d.outcome} ${d.event.incidentIds.length}`);

describe('evaluateInputs: the Hasakah pattern from real report records', () => {
  it('fires one sequence alert naming both incidents and sends it, at the change that completed it', () => {
    const { events } = evaluateInputs([run()], projectReports([attack, telTamr]), ctx);
    expect(summary(events)).toEqual(['firing sent 2']);
    expect(events[0].event).toMatchObject({ groupKey: 'admin1=Al Hasakah', incidentIds: [`inc-${attack.reportId}`, `inc-${telTamr.reportId}`] });
    expect(events[0].input).toEqual({ topic: 'reports', partition: 0, offset: '1', seq: 0 });
  });

  it('stays silent for shelling in Ain Issa (Ar Raqqah) or 49 hours after the attack', () => {
    const ainIssa = shellingReport({ nativeId: 'ain-issa', place: AIN_ISSA });
    const early = prisonAttackReport({ at: '2022-01-20T06:00:00Z' });
    const after49 = shellingReport({ nativeId: 'late', at: '2022-01-22T07:00:00Z', receivedAt: '2022-01-22T08:00:00.000Z' });
    const after48 = shellingReport({ nativeId: 'in-time', at: '2022-01-22T06:00:00Z', receivedAt: '2022-01-22T08:00:00.000Z' });
    expect(evaluateInputs([run()], projectReports([attack, ainIssa]), ctx).events).toEqual([]);
    expect(evaluateInputs([run()], projectReports([early, after49]), ctx).events).toEqual([]);
    expect(summary(evaluateInputs([run()], projectReports([early, after48]), ctx).events)).toEqual(['firing sent 2']);
  });

  it('resolves with a notification when the shelling is retracted', () => {
    const { events } = evaluateInputs([run()], projectReports([attack, telTamr, retractionOf(telTamr, '2022-01-22T09:00:00.000Z')]), ctx);
    expect(summary(events)).toEqual(['firing sent 2', 'resolved sent 2']);
    expect(events[1].event.reason).toBe('evidence_withdrawn');
  });

  it('records a muted firing without sending it, and then neither its resolution', () => {
    const silence = { id: 's1', ruleId: rule.id, endsAt: '2027-01-01T00:00:00.000Z', reason: 'known offensive', createdBy: 'k' };
    const { events, runs } = evaluateInputs([run()], projectReports([attack, telTamr, retractionOf(telTamr, '2022-01-22T09:00:00.000Z')]), { ...ctx, silences: [silence] });
    expect(events.map((d) => [d.event.type, d.outcome, d.silenceId])).toEqual([['firing', 'silenced', 's1'], ['resolved', 'not_notified', null]]);
    expect(runs[0].ledger.notified).toEqual({});
  });

  it('never fires again for changes replayed into the state that saw them', () => {
    const inputs = projectReports([attack, telTamr]);
    const first = evaluateInputs([run()], inputs, ctx);
    expect(evaluateInputs(first.runs, inputs, ctx).events).toEqual([]);
  });
});
