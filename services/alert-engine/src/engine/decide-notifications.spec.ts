import { describe, expect, it } from '@jest/globals';
import type { AlertEvent } from '@sitrep/domain-alerting';
import { decideNotifications } from './decide-notifications';

const event = (type: AlertEvent['type'], anchor: string, groupKey = 'admin1=Idlib', reason?: AlertEvent['reason']): AlertEvent => ({
  type, fingerprint: `r@v1|${groupKey}|${anchor}`, ruleId: 'r', ruleVersion: 1, groupKey, incidentIds: [anchor], detectedLate: false,
  occurredAt: '2022-01-20T00:00:00.000Z', detectedAt: '2022-01-20T10:00:00.000Z', ...(reason !== undefined && { reason }),
});
const at = { detectedAt: '2022-01-20T10:00:00.000Z', now: '2026-11-26T00:00:00.000Z', silences: [] };
const empty = { lastNotifiedAt: {}, notified: {} };
const outcomes = (result: ReturnType<typeof decideNotifications>) => result.decided.map((d) => `${d.event.type} ${d.event.incidentIds[0]} ${d.outcome}`);

describe('decideNotifications', () => {
  it('holds back a second firing of a group within suppressForHours, and its later resolution', () => {
    const first = decideNotifications([event('firing', 'a'), event('firing', 'b')], empty, { id: 'r', suppressForHours: 6 }, at);
    expect(outcomes(first)).toEqual(['firing a sent', 'firing b suppressed']);
    const later = decideNotifications([event('resolved', 'b', undefined, 'evidence_withdrawn'), event('resolved', 'a', undefined, 'evidence_withdrawn')], first.ledger, { id: 'r', suppressForHours: 6 }, at);
    expect(outcomes(later)).toEqual(['resolved b not_notified', 'resolved a sent']);
  });

  it('mutes by a silence on the group now, naming it, and does not announce expiries or retirements', () => {
    const silences = [{ id: 's9', groupKey: 'admin1=Idlib', endsAt: '2027-01-01T00:00:00.000Z', reason: 'offensive', createdBy: 'k' }];
    const muted = decideNotifications([event('firing', 'a'), event('firing', 'c', 'admin1=Homs')], empty, { id: 'r' }, { ...at, silences });
    expect(muted.decided.map((d) => [d.outcome, d.silenceId])).toEqual([['silenced', 's9'], ['sent', null]]);
    const expired = decideNotifications([event('resolved', 'c', 'admin1=Homs', 'expired')], muted.ledger, { id: 'r' }, at);
    expect(outcomes(expired)).toEqual(['resolved c not_notified']);
    expect(expired.ledger.notified).toEqual({});
  });
});
