import { describe, expect, it } from '@jest/globals';
import { hasakahRuleBody, prisonAttackReport, shellingReport } from '@sitrep/db';
import { emptyRuleState } from '@sitrep/domain-alerting';
import { seedRegistry } from '@sitrep/domain-places';
import { projectReports } from '../testing/project-reports';
import { ruleOf } from '../testing/rule-of';
import { alertNotification } from './alert-notification';
import { evaluateInputs } from './evaluate-inputs';
import { numberEvents } from './number-events';

describe('alertNotification', () => {
  it('carries the alert and every incident that caused it, with ids, times, places, actors, sources and links', () => {
    const rule = ruleOf(hasakahRuleBody());
    const inputs = projectReports([prisonAttackReport(), shellingReport({ nativeId: 'tell-tamr' })]);
    const { events } = evaluateInputs([{ rule, state: emptyRuleState(rule), ledger: { lastNotifiedAt: {}, notified: {} } }], inputs, { registry: seedRegistry(), silences: [], now: '2026-11-26T00:00:00.000Z' });
    const [recorded] = numberEvents(new Map(), events);
    const incidents = new Map(inputs.map((i) => [i.change.after.incidentId, i.change.after]));
    const notification = alertNotification(recorded, rule, incidents);
    expect(notification).toMatchObject({ id: recorded.notificationId, type: 'alert.firing', ruleId: rule.id, severity: 'critical' });
    const payload = notification.payload as { alert: Record<string, unknown>; incidents: Array<Record<string, unknown>> };
    expect(payload.alert).toMatchObject({
      fingerprint: recorded.event.fingerprint, state: 'firing', sequence: 1, groupKey: 'admin1=Al Hasakah', detectedLate: false,
      rule: { id: rule.id, version: 1, name: rule.name, severity: 'critical', kind: 'sequence' },
      window: { start: '2022-01-20T00:00:00.000Z', end: '2022-01-21T00:00:00.000Z' },
    });
    expect(payload.incidents.map((i) => [i.id, i.link, (i.place as { placeName: string }).placeName, (i.actors as Array<{ key: string }>).map((a) => a.key)])).toEqual([
      [inputs[0].change.after.incidentId, `/v1/incidents/${inputs[0].change.after.incidentId}`, "al-Sina'a prison, Ghwayran", ['ucdp:234', 'ucdp:6288']],
      [inputs[1].change.after.incidentId, `/v1/incidents/${inputs[1].change.after.incidentId}`, 'Tell Tamr', ['ucdp:115', 'ucdp:6288']],
    ]);
    expect(payload.incidents[0]).toMatchObject({ occurred: { start: '2022-01-20' }, firstReportedAt: '2022-01-20T18:00:00.000Z', sources: [{ name: 'Example News', reliability: 'B', credibility: 2 }] });
  });
});
