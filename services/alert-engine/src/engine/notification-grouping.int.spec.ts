import { expect, it } from '@jest/globals';
import type { ReportRecorded } from '@sitrep/contracts';
import { shellingReport } from '@sitrep/db';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { useEngineTestContext } from '../testing/engine-test-context';
import { call, waitFor } from '../testing/http';

const RULE = 'shelling-in-hasakah';
const shellingRule = (groupWaitSeconds: number) => ({
  id: RULE, name: 'Any shelling in Al Hasakah', severity: 'warning', kind: 'match', groupWaitSeconds,
  filter: { all: [{ field: 'admin1', op: 'eq', value: 'Al Hasakah' }, { field: 'subEventType', op: 'eq', value: 'Shelling/artillery/missile attack' }] },
});
/** Shelling of a different village each time, so no two reports merge into one incident. */
const shelling = (n: number, at: string, receivedAt: string): ReportRecorded => shellingReport({ nativeId: `shelling-${n}`, at, receivedAt, place: { admin1: 'Al Hasakah', placeName: `Village ${n}` } });

interface GroupPayload {
  type: string;
  rule: { id: string; version: number };
  group: { openedAt: string; sendAt: string; size: number };
  alerts: Array<{ type: string; eventId: string; incidentIds: string[]; detectedAt: string }>;
  incidents: Array<{ id: string }>;
}

describeWithPostgres('alert notification grouping: alerts of one rule detected together go out as one notification (PostgreSQL, embedded log)', () => {
  const ctx = useEngineTestContext('grouping', testDatabaseUrl);
  const start = () => ctx.start();
  const groupPayloads = async () => (await ctx.fixture.notifications()).map((n) => ({ ...n, payload: n.payload as unknown as GroupPayload }));
  const eventNotificationIds = async () => ((await ctx.db.dataSource.query(`SELECT notification, notification_id FROM alert_event ORDER BY id`)) as Array<{ notification: string; notification_id: string }>).map((r) => `${r.notification} ${r.notification_id}`);
  const openGroups = async () => (await ctx.db.dataSource.query(`SELECT id, cardinality(event_ids) AS size FROM alert_notification_group ORDER BY opened_at`)) as Array<{ id: string; size: number }>;

  it('groups by detection time: three firings within 10 s make one notification, a later one its own (a trickled backfill groups like live)', async () => {
    const h = await start();
    await ctx.fixture.createRule(h.baseUrl, shellingRule(10));
    const reports = [
      shelling(1, '2022-01-21', '2022-01-21T18:00:00.000Z'),
      shelling(2, '2022-01-21', '2022-01-21T18:00:04.000Z'),
      shelling(3, '2022-01-21', '2022-01-21T18:00:09.000Z'),
      shelling(4, '2022-01-21', '2022-01-21T18:05:00.000Z'),
    ];
    await ctx.fixture.feed(reports);
    await ctx.fixture.settled();
    await waitFor('both groups sent', async () => (await ctx.fixture.notifications()).length === 2);

    const [first, second] = await groupPayloads();
    expect([first.type, second.type]).toEqual(['alert.group', 'alert.group']);
    expect(first.payload.group).toEqual({ openedAt: '2022-01-21T18:00:00.000Z', sendAt: '2022-01-21T18:00:10.000Z', size: 3 });
    expect(first.payload.alerts.map((a) => [a.type, a.incidentIds])).toEqual(reports.slice(0, 3).map((r) => ['alert.firing', [`inc-${r.reportId}`]]));
    expect(first.payload.incidents.map((i) => i.id)).toEqual(reports.slice(0, 3).map((r) => `inc-${r.reportId}`));
    expect(first.payload.rule).toMatchObject({ id: RULE, version: 1 });
    expect(second.payload.alerts.map((a) => a.incidentIds[0])).toEqual([`inc-${reports[3].reportId}`]);
    // Every event names the notification that carried it; nothing is left open.
    expect(await eventNotificationIds()).toEqual([...Array(3).fill(`sent ${first.id}`), `sent ${second.id}`]);
    expect(await openGroups()).toEqual([]);
    const backtest = await call(h.baseUrl, 'POST', `/v1/rules/${RULE}/backtest?from=2022-01-01&to=2022-02-01`);
    expect(backtest.json.groups).toEqual([
      { openedAt: '2022-01-21T18:00:00.000Z', sendAt: '2022-01-21T18:00:10.000Z', events: 3 },
      { openedAt: '2022-01-21T18:05:00.000Z', sendAt: '2022-01-21T18:05:10.000Z', events: 1 },
    ]);
  });

  it('live: holds the group until its wait has passed on the clock, then sends the alerts that came in meanwhile as one', async () => {
    const h = await start();
    await ctx.fixture.createRule(h.baseUrl, shellingRule(3));
    const today = new Date().toISOString().slice(0, 10);
    const received = new Date().toISOString();
    await ctx.fixture.feed([shelling(1, today, received), shelling(2, today, new Date(Date.parse(received) + 500).toISOString())]);
    await ctx.fixture.settled();
    await waitFor('the group sent', async () => (await ctx.fixture.notifications()).length === 1, 30_000);

    const [sent] = (await ctx.db.dataSource.query(`SELECT id, created_at FROM notification`)) as Array<{ id: string; created_at: Date }>;
    expect(new Date(sent.created_at).getTime()).toBeGreaterThanOrEqual(Date.parse(received) + 3_000);
    const [group] = await groupPayloads();
    expect(group.payload.alerts).toHaveLength(2);
    expect(group.payload.group).toMatchObject({ openedAt: received, size: 2 });
  });

  it('keeps an open group across an engine crash: the alerts before and after it still go out together, once', async () => {
    const first = await start();
    await ctx.fixture.createRule(first.baseUrl, shellingRule(20));
    const today = new Date().toISOString().slice(0, 10);
    await ctx.fixture.feed([shelling(1, today, new Date().toISOString())]);
    await ctx.fixture.settled();
    expect(await openGroups()).toEqual([{ id: expect.stringMatching(/^msg_/), size: 1 }]);
    await first.crash();

    await start();
    await ctx.fixture.feed([shelling(2, today, new Date().toISOString())]);
    await ctx.fixture.settled();
    await waitFor('the group sent', async () => (await ctx.fixture.notifications()).length === 1, 60_000);
    const [group] = await groupPayloads();
    expect(group.payload.alerts.map((a) => a.type)).toEqual(['alert.firing', 'alert.firing']);
    expect(await openGroups()).toEqual([]);
    expect(new Set(await eventNotificationIds())).toEqual(new Set([`sent ${group.id}`]));
  });
});
