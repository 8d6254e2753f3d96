import { describe, expect, it } from '@jest/globals';
import type { TimelineRow } from '@sitrep/db';
import { ChangeTracker, shiftKey } from './change-tracker';

const row = (id: string, version: number, key: string): TimelineRow =>
  ({ incidentId: id, version, position: { key, id } }) as unknown as TimelineRow;
const ids = (changes: { row: TimelineRow }[]) => changes.map((c) => `${c.row.incidentId}@${c.row.version}`);

const T0 = '2022-02-01T10:00:00.000000Z';
const T1 = '2022-02-01T10:00:01.000000Z';
const T2 = '2022-02-01T10:00:02.000000Z';
const T3 = '2022-02-01T10:00:03.000000Z';

describe('ChangeTracker', () => {
  it('reads from a lookback before the latest change sent', () => {
    expect(new ChangeTracker(null, 5_000).readFrom()).toBeNull();
    expect(new ChangeTracker({ key: T3, id: 'x' }, 2_000).readFrom()).toEqual({ key: '2022-02-01T10:00:01.000000Z', id: '' });
  });

  it('sends each version once, however often the lookback re-reads it', () => {
    const tracker = new ChangeTracker(null, 60_000);
    expect(ids(tracker.fresh([row('a', 1, T1), row('b', 1, T2)]))).toEqual(['a@1', 'b@1']);
    expect(ids(tracker.fresh([row('a', 1, T1), row('b', 1, T2)]))).toEqual([]);
    expect(ids(tracker.fresh([row('b', 1, T2), row('a', 2, T3)]))).toEqual(['a@2']);
  });

  it('sends a row written late with an earlier time, keeping the event id at the latest change', () => {
    const tracker = new ChangeTracker(null, 60_000);
    tracker.fresh([row('a', 1, T3)]);
    const [late] = tracker.fresh([row('early', 1, T1), row('a', 1, T3)]);
    expect(late.row.incidentId).toBe('early');
    expect(late.eventId).toEqual({ key: T3, id: 'a' });
  });

  it('does not resend what the client had when it connected or resumed', () => {
    const tracker = new ChangeTracker({ key: T2, id: 'b' }, 60_000);
    tracker.remember([row('a', 1, T1), row('b', 1, T2), row('c', 1, T3)]);
    expect(ids(tracker.fresh([row('a', 1, T1), row('b', 1, T2), row('c', 1, T3)]))).toEqual(['c@1']);
  });

  it('forgets rows older than the read window', () => {
    const tracker = new ChangeTracker(null, 1_000);
    tracker.fresh([row('a', 1, T0), row('b', 1, T3)]);
    // 'a' fell out of the window; were it read again, it would count as new.
    expect(ids(tracker.fresh([row('a', 1, T0)]))).toEqual(['a@1']);
  });
});

describe('shiftKey', () => {
  it('moves a microsecond key by milliseconds and keeps its width', () => {
    expect(shiftKey('2022-02-01T10:00:00.000001Z', -30_000)).toBe('2022-02-01T09:59:30.000000Z');
  });
});
