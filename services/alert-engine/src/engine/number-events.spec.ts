import { describe, expect, it } from '@jest/globals';
import type { AlertEvent } from '@sitrep/domain-alerting';
import type { DecidedEvent } from './evaluate-inputs';
import { alertEventIdFor, numberEvents } from './number-events';

const decided = (type: AlertEvent['type'], fingerprint: string, outcome: DecidedEvent['outcome'] = 'sent'): DecidedEvent => ({
  event: { type, fingerprint, ruleId: 'r', ruleVersion: 1, groupKey: '*', incidentIds: ['x'], detectedLate: false, occurredAt: '2022-01-20T00:00:00.000Z', detectedAt: '2022-01-20T10:00:00.000Z' },
  outcome, silenceId: null, input: null,
});

describe('numberEvents', () => {
  it('numbers each alert on from its stored sequence and names notifications stably', () => {
    const heads = new Map([['b', { seq: 4, firstFiredAt: '2022-01-01T00:00:00.000Z', lastFiredAt: '2022-01-01T00:00:00.000Z' }]]);
    const events = [decided('firing', 'a'), decided('firing', 'b'), decided('resolved', 'a', 'not_notified')];
    const first = numberEvents(heads, events);
    expect(first.map((e) => [e.event.fingerprint, e.seq, e.notificationId !== null])).toEqual([['a', 1, true], ['b', 5, true], ['a', 2, false]]);
    expect(numberEvents(heads, events)).toEqual(first);
    expect(first[0].eventId).toBe(alertEventIdFor('a', 1));
    expect(first[0].notificationId).toMatch(/^msg_[A-Za-z0-9_-]{32}$/);
    expect(new Set(first.map((e) => e.eventId)).size).toBe(3);
  });
});
