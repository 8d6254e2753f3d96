import { describe, expect, it } from '@jest/globals';
import type { AlertEvent } from '../evaluate/alert-event.types';
import { ruleOf } from '../testing/run-rule';
import { emptyLedger } from './notification-ledger.types';
import { suppress } from './suppress';

const rule = ruleOf({ id: 'r', version: 1, name: 'r', severity: 'info', kind: 'match', groupBy: ['admin1'], suppressForHours: 6, filter: { all: [] } });
const event = (type: AlertEvent['type'], anchor: string, groupKey = 'admin1=Idlib'): AlertEvent => ({
  type, ...(type === 'resolved' && { reason: 'evidence_withdrawn' as const }), fingerprint: `r@v1|${groupKey}|${anchor}`, ruleId: 'r', ruleVersion: 1, groupKey, incidentIds: [anchor],
  detectedLate: false, occurredAt: '2022-01-20T00:00:00.000Z', detectedAt: '2022-01-20T10:00:00.000Z',
});
const types = (events: AlertEvent[]) => events.map((e) => `${e.type} ${e.fingerprint}`);

describe('suppress: at most one notification per group per N hours', () => {
  it('notifies the first firing of a group and holds back the next ones within the window', () => {
    const first = suppress([event('firing', 'a'), event('firing', 'b'), event('firing', 'c', 'admin1=Homs')], emptyLedger(), rule, '2022-01-20T10:00:00.000Z');
    expect(types(first.notify)).toEqual(['firing r@v1|admin1=Idlib|a', 'firing r@v1|admin1=Homs|c']);
    expect(types(first.suppressed)).toEqual(['firing r@v1|admin1=Idlib|b']);
    const later = suppress([event('firing', 'd')], first.ledger, rule, '2022-01-20T15:59:00.000Z');
    expect(later.notify).toEqual([]);
    const after = suppress([event('firing', 'e')], first.ledger, rule, '2022-01-20T16:01:00.000Z');
    expect(types(after.notify)).toEqual(['firing r@v1|admin1=Idlib|e']);
  });

  it('notifies updates and resolutions only of notified firings, and a replayed firing never twice', () => {
    const first = suppress([event('firing', 'a'), event('firing', 'b')], emptyLedger(), rule, '2022-01-20T10:00:00.000Z');
    const next = suppress([event('evidence_updated', 'a'), event('evidence_updated', 'b'), event('firing', 'a'), event('resolved', 'a'), event('resolved', 'b')], first.ledger, rule, '2022-01-20T20:00:00.000Z');
    expect(types(next.notify)).toEqual(['evidence_updated r@v1|admin1=Idlib|a', 'resolved r@v1|admin1=Idlib|a']);
    expect(next.ledger.notified).toEqual({});
  });

  it('does not announce an alert expiring or retired, but forgets it', () => {
    const first = suppress([event('firing', 'a')], emptyLedger(), rule, '2022-01-20T10:00:00.000Z');
    const expired = suppress([{ ...event('resolved', 'a'), reason: 'expired' }], first.ledger, rule, '2022-02-25T10:00:00.000Z');
    expect(expired.notify).toEqual([]);
    expect(expired.ledger).toEqual({ lastNotifiedAt: {}, notified: {} });
  });

  it('does not limit a rule without suppressForHours, and passes other rules through', () => {
    const open = { ...rule, suppressForHours: undefined };
    const other = { ...event('firing', 'x'), ruleId: 'other' };
    const result = suppress([event('firing', 'a'), event('firing', 'b'), other], emptyLedger(), open, '2022-01-20T10:00:00.000Z');
    expect(result.notify).toHaveLength(3);
  });
});
