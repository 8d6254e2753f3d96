import { describe, expect, it } from '@jest/globals';
import type { AlertEvent } from '../evaluate/alert-event.types';
import { groupNotifications, isGroupDue, joinGroups, type GroupWindow } from './group-notifications';

const event = (ruleId: string, anchor: string, detectedAt: string, type: AlertEvent['type'] = 'firing'): AlertEvent => ({
  type, fingerprint: `${ruleId}@v1|*|${anchor}`, ruleId, ruleVersion: 1, groupKey: '*', incidentIds: [anchor],
  detectedLate: false, occurredAt: '2022-01-20T00:00:00.000Z', detectedAt,
});

describe('groupNotifications', () => {
  it('sends alerts of one rule firing together as one notification', () => {
    const groups = groupNotifications(
      [
        event('r', 'a', '2022-01-20T10:00:00Z'),
        event('q', 'x', '2022-01-20T10:00:10Z'),
        event('r', 'b', '2022-01-20T10:00:30Z'),
        event('r', 'c', '2022-01-20T10:01:00Z'),
        event('r', 'd', '2022-01-20T10:01:01Z'),
      ],
      60,
    );
    expect(groups.map((g) => [g.key, g.sendAt, g.events.map((e) => e.incidentIds[0])])).toEqual([
      ['r@v1|2022-01-20T10:00:00.000Z', '2022-01-20T10:01:00.000Z', ['a', 'b', 'c']],
      ['q@v1|2022-01-20T10:00:10.000Z', '2022-01-20T10:01:10.000Z', ['x']],
      ['r@v1|2022-01-20T10:01:01.000Z', '2022-01-20T10:02:01.000Z', ['d']],
    ]);
  });

  it('keeps the given order for events detected at the same moment', () => {
    const [group] = groupNotifications([event('r', 'a', '2022-01-20T10:00:00Z'), event('r', 'a', '2022-01-20T10:00:00Z', 'evidence_updated')], 0);
    expect(group.events.map((e) => e.type)).toEqual(['firing', 'evidence_updated']);
  });
});

describe('joinGroups', () => {
  const open: GroupWindow = { key: 'g1', ruleId: 'r', ruleVersion: 1, openedAt: '2022-01-20T10:00:00.000Z', sendAt: '2022-01-20T10:01:00.000Z', holdUntil: '2026-11-26T00:01:00.000Z' };
  const now = '2026-11-26T00:00:00.000Z';
  const keyOf = (first: AlertEvent) => `g-${first.incidentIds[0]}`;

  it('adds events to the group still open for their rule version, and opens one for the rest', () => {
    const joined = joinGroups([open], [event('r', 'b', '2022-01-20T10:00:59Z'), event('r', 'c', '2022-01-20T10:01:01Z'), event('r', 'd', '2022-01-20T10:01:30Z')], () => 60, keyOf, now);
    expect(joined.keys).toEqual(['g1', 'g-c', 'g-c']);
    expect(joined.opened).toEqual([{ key: 'g-c', ruleId: 'r', ruleVersion: 1, openedAt: '2022-01-20T10:01:01.000Z', sendAt: '2022-01-20T10:02:01.000Z', holdUntil: '2026-11-26T00:01:00.000Z' }]);
  });

  it('never mixes rule versions or rules, and takes each rule its own wait', () => {
    const v2 = { ...event('r', 'x', '2022-01-20T10:00:10Z'), ruleVersion: 2 };
    const joined = joinGroups([open], [v2, event('q', 'y', '2022-01-20T10:00:10Z')], (e) => (e.ruleId === 'q' ? 5 : 60), keyOf, now);
    expect(joined.keys).toEqual(['g-x', 'g-y']);
    expect(joined.opened.map((g) => [g.ruleVersion, g.sendAt])).toEqual([[2, '2022-01-20T10:01:10.000Z'], [1, '2022-01-20T10:00:15.000Z']]);
  });

  it('is the same grouping whether the events come in one batch or many', () => {
    const events = ['10:00:00', '10:00:20', '10:01:05', '10:01:50', '10:02:10'].map((t, i) => event('r', `e${i}`, `2022-01-20T${t}Z`));
    const whole = joinGroups([], events, () => 60, keyOf, now);
    let windows: GroupWindow[] = [];
    const keys: string[] = [];
    for (const e of events) {
      const step = joinGroups(windows, [e], () => 60, keyOf, now);
      windows = [...windows, ...step.opened];
      keys.push(...step.keys);
    }
    expect(keys).toEqual(whole.keys);
    expect(whole.keys).toEqual(['g-e0', 'g-e0', 'g-e2', 'g-e2', 'g-e4']);
  });
});

describe('isGroupDue', () => {
  const group = { sendAt: '2022-01-20T10:01:00.000Z', holdUntil: '2026-11-26T00:01:00.000Z' };
  it('is due once a later change has been evaluated, or once caught up and held for its wait on the clock', () => {
    expect(isGroupDue(group, { watermark: '2022-01-20T10:01:00.001Z', caughtUp: false, now: '2022-01-20T10:00:00Z' })).toBe(true);
    expect(isGroupDue(group, { watermark: '2022-01-20T10:01:00.000Z', caughtUp: false, now: '2030-01-01T00:00:00Z' })).toBe(false);
    expect(isGroupDue(group, { watermark: null, caughtUp: true, now: '2026-11-26T00:01:00.000Z' })).toBe(true);
    expect(isGroupDue(group, { watermark: null, caughtUp: true, now: '2026-11-26T00:00:59.999Z' })).toBe(false);
  });

  it('holds a group opened on old detection times for its wait from when it opened, so a trickled backfill still groups', () => {
    const [opened] = joinGroups([], [event('r', 'a', '2022-01-20T10:00:00Z')], () => 60, (e) => e.fingerprint, '2026-11-26T00:00:00.000Z').opened;
    expect(opened).toMatchObject({ sendAt: '2022-01-20T10:01:00.000Z', holdUntil: '2026-11-26T00:01:00.000Z' });
    expect(isGroupDue(opened, { watermark: '2022-01-20T10:00:30Z', caughtUp: true, now: '2026-11-26T00:00:30.000Z' })).toBe(false);
  });
});
