import { describe, expect, it } from '@jest/globals';
import { addToFeed, describeGroup, entryFromAlert, entryFromStream, FEED_LIMIT, type FeedEntry } from './alert-feed';

const firing = {
  id: '42',
  eventId: 'e-42',
  sequence: 1,
  event: {
    type: 'firing',
    fingerprint: 'prison@v1|admin1=Al Hasakah|inc-1',
    ruleId: 'prison',
    ruleVersion: 1,
    groupKey: 'admin1=Al Hasakah',
    incidentIds: ['inc-1'],
    detectedLate: false,
    occurredAt: '2026-11-25T00:00:00.000Z',
    detectedAt: '2026-11-25T10:00:00.000Z',
  },
  notification: 'not_notified',
  recordedAt: '2026-11-25T10:00:01.000Z',
  link: '/v1/alerts/prison%40v1',
};

describe('alert feed', () => {
  it('reads a stream event with its evidence', () => {
    expect(entryFromStream(firing)).toEqual({
      key: 'event:42',
      type: 'firing',
      fingerprint: 'prison@v1|admin1=Al Hasakah|inc-1',
      ruleId: 'prison',
      groupKey: 'admin1=Al Hasakah',
      incidentIds: ['inc-1'],
      occurredAt: '2026-11-25T00:00:00.000Z',
      at: '2026-11-25T10:00:00.000Z',
      detectedLate: false,
      live: true,
    });
  });

  it('ignores what is not an alert event', () => {
    expect(entryFromStream(null)).toBeNull();
    expect(entryFromStream({ id: '1' })).toBeNull();
    expect(entryFromStream({ event: { ...firing.event, type: 'exploded' } })).toBeNull();
  });

  it('shows a listed alert as its latest change', () => {
    const alert = {
      fingerprint: 'f',
      ruleId: 'r',
      ruleVersion: 1,
      state: 'resolved' as const,
      groupKey: '*',
      incidentIds: ['inc-2'],
      detectedLate: false,
      occurredAt: '2022-01-20T00:00:00.000Z',
      firstFiredAt: '2026-11-25T10:00:00.000Z',
      lastFiredAt: '2026-11-25T10:00:00.000Z',
      resolvedAt: '2026-11-25T11:00:00.000Z',
      resolveReason: 'evidence_withdrawn',
    };
    expect(entryFromAlert(alert)).toMatchObject({ key: 'alert:f', type: 'resolved', at: '2026-11-25T11:00:00.000Z', reason: 'evidence_withdrawn', live: false });
  });

  it('puts new entries first, never twice, and keeps the feed bounded', () => {
    const entry = entryFromStream(firing) as FeedEntry;
    const once = addToFeed([], entry);
    expect(addToFeed(once, entry)).toHaveLength(1);
    const later = { ...entry, key: 'event:43' };
    expect(addToFeed(once, later).map((e) => e.key)).toEqual(['event:43', 'event:42']);
    let feed: FeedEntry[] = [];
    for (let n = 0; n < FEED_LIMIT + 5; n++) feed = addToFeed(feed, { ...entry, key: `event:${n}` });
    expect(feed).toHaveLength(FEED_LIMIT);
    expect(feed[0].key).toBe(`event:${FEED_LIMIT + 4}`);
  });

  it('describes groups', () => {
    expect(describeGroup('*')).toBe('all incidents');
    expect(describeGroup('admin1=Al Hasakah|actor=ucdp:234')).toBe('admin1=Al Hasakah, actor=ucdp:234');
  });
});
