import { describe, expect, it } from '@jest/globals';
import type { AlertEvent } from '@sitrep/domain-alerting';
import type { RecordedAlertEvent } from './alert-engine.types';
import { alertRowsAfter } from './alert-rows';

const FP = 'r@v1|admin1=Al Hasakah|inc-a';
const event = (type: AlertEvent['type'], seq: number, detectedAt: string, incidentIds = ['inc-a', 'inc-b']): RecordedAlertEvent => ({
  eventId: `e${seq}`, seq, notification: 'sent', notificationId: null, silenceId: null, input: null,
  event: {
    type, fingerprint: FP, ruleId: 'r', ruleVersion: 1, groupKey: 'admin1=Al Hasakah', incidentIds, detectedLate: false,
    occurredAt: '2022-01-21T00:00:00.000Z', detectedAt, window: { start: '2022-01-20T00:00:00.000Z', end: '2022-01-21T00:00:00.000Z' },
    ...(type === 'resolved' && { reason: 'evidence_withdrawn' as const }),
  },
});

describe('alertRowsAfter', () => {
  it('opens, updates and resolves an alert, keeping when it first fired', () => {
    const [row] = alertRowsAfter(new Map(), [event('firing', 1, '2022-01-21T18:00:00.000Z'), event('evidence_updated', 2, '2022-01-21T19:00:00.000Z', ['inc-a', 'inc-c']), event('resolved', 3, '2022-01-22T09:00:00.000Z')]);
    expect(row).toMatchObject({
      state: 'resolved', seq: 3, incident_ids: ['inc-a', 'inc-b'], first_fired_at: '2022-01-21T18:00:00.000Z', last_fired_at: '2022-01-21T18:00:00.000Z',
      resolved_at: '2022-01-22T09:00:00.000Z', resolve_reason: 'evidence_withdrawn', window_start: '2022-01-20T00:00:00.000Z',
    });
  });

  it('fires again after a resolution, from the stored alert', () => {
    const heads = new Map([[FP, { seq: 3, firstFiredAt: '2022-01-21T18:00:00.000Z', lastFiredAt: '2022-01-21T18:00:00.000Z' }]]);
    const [row] = alertRowsAfter(heads, [event('firing', 4, '2022-01-25T10:00:00.000Z')]);
    expect(row).toMatchObject({ state: 'firing', seq: 4, first_fired_at: '2022-01-21T18:00:00.000Z', last_fired_at: '2022-01-25T10:00:00.000Z', resolved_at: null });
  });
});
