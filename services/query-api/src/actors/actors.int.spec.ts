import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { seedHasakah } from '../testing/hasakah-incidents';
import { startQueryHarness, type QueryHarness } from '../testing/query.harness';
import type { ActorActivityResponse } from './get-actor-activity/get-actor-activity.response';
import type { SearchActorsResponse } from './search-actors/search-actors.response';

const days = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

describeWithPostgres('GET /v1/actors and /v1/actors/:id/activity', () => {
  let h: QueryHarness;
  beforeAll(async () => {
    h = await startQueryHarness(testDatabaseUrl());
    await seedHasakah(h.fixture);
    // Routine Turkish shelling before the window: 10 days in December, 5 in mid-January.
    for (const day of days('2021-12-20', 10)) await h.fixture.activity('ucdp:115', day, 'Al Hasakah', 'Explosions/Remote violence', 1, 0);
    for (const day of days('2022-01-10', 5)) await h.fixture.activity('ucdp:115', day, 'Ar Raqqah', 'Explosions/Remote violence', 1, 0);
  });
  afterAll(() => h.close());

  const search = async (query: string) => (await h.get<SearchActorsResponse>(`/v1/actors${query}`)).body.items;
  const activity = async (path: string) => {
    const response = await h.get<ActorActivityResponse>(path);
    expect(response.status).toBe(200);
    return response.body;
  };

  it('finds a registry actor by any alias, with its incident counts', async () => {
    const [first] = await search('?q=daesh');
    expect(first).toMatchObject({
      id: 'ucdp:234', name: 'Islamic State', registered: true, kind: 'non_state',
      incidents: 2, fatalities: 31, firstSeen: '2022-01-19', lastSeen: '2022-01-20',
    });
    expect(first.aliases).toEqual(expect.arrayContaining(['ISIS', 'Daesh', 'داعش']));
    expect((await search(`?q=${encodeURIComponent('داعش')}`))[0].id).toBe('ucdp:234');
    expect((await search('?q=PYD'))[0]).toMatchObject({ id: 'ucdp:4163', parent: { id: 'ucdp:6288', name: 'Syrian Democratic Forces' }, incidents: 0, firstSeen: null });
  });

  it('lists the busiest actors without a query, and unresolved names seen in reports', async () => {
    expect((await search('?limit=3')).map((a) => [a.id, a.incidents])).toEqual([['ucdp:115', 17], ['ucdp:6288', 4], ['ucdp:234', 2]]);
    expect(await search('?q=asayish')).toEqual([
      { id: 'name:asayish', name: 'asayish', aliases: [], registered: false, incidents: 1, fatalities: 0, firstSeen: '2022-01-24', lastSeen: '2022-01-24' },
    ]);
    expect((await h.get('/v1/actors?q=')).status).toBe(400);
  });

  it('buckets activity per period × governorate × event type', async () => {
    const monthly = await activity('/v1/actors/ucdp:115/activity?granularity=month');
    expect(monthly.actor).toEqual({ key: 'ucdp:115', name: 'Government of Turkey', registered: true });
    expect(monthly.buckets).toEqual([
      { period: '2021-12-01', admin1: 'Al Hasakah', eventType: 'Explosions/Remote violence', incidents: 10, fatalities: 0 },
      { period: '2022-01-01', admin1: 'Al Hasakah', eventType: 'Explosions/Remote violence', incidents: 1, fatalities: 2 },
      { period: '2022-01-01', admin1: 'Ar Raqqah', eventType: 'Explosions/Remote violence', incidents: 6, fatalities: 0 },
    ]);
    const weekly = await activity('/v1/actors/Turkish%20Armed%20Forces/activity?granularity=week&from=2022-01-17&admin1=Hassakah');
    expect(weekly.buckets).toEqual([{ period: '2022-01-17', admin1: 'Al Hasakah', eventType: 'Explosions/Remote violence', incidents: 1, fatalities: 2 }]);
    const daily = await activity('/v1/actors/ucdp:234/activity?eventType=battles');
    expect(daily.buckets.map((b) => [b.period, b.admin1, b.incidents, b.fatalities])).toEqual([['2022-01-19', 'Deir ez-Zor', 1, 3], ['2022-01-20', 'Al Hasakah', 1, 28]]);
  });

  it('names who it appeared with and where it was first and last seen', async () => {
    const body = await activity('/v1/actors/ucdp:115/activity');
    expect(body.interactions).toEqual([{ with: { key: 'ucdp:6288', name: 'Syrian Democratic Forces', registered: true }, incidents: 2, firstDay: '2022-01-21', lastDay: '2022-01-22' }]);
    expect(body.presence).toEqual([
      { admin1: 'Ar Raqqah', admin1Id: 'SY-RA', incidents: 6, firstSeen: '2022-01-10', lastSeen: '2022-01-22' },
      { admin1: 'Al Hasakah', admin1Id: 'SY-HA', incidents: 11, firstSeen: '2021-12-20', lastSeen: '2022-01-21' },
    ]);
  });

  it('compares the current window with the 30 days before it', async () => {
    const latest = await activity('/v1/actors/ucdp:115/activity');
    expect(latest.window).toEqual({
      window: '7d', start: '2022-01-16', end: '2022-01-22', incidents: 2, fatalities: 2,
      baseline: { start: '2021-12-17', end: '2022-01-15', days: 30, incidents: 15, fatalities: 0, dailyAverage: 0.5 },
      expected: 3.5, ratio: 0.571,
    });
    const earlier = await activity('/v1/actors/ucdp:115/activity?to=2022-01-14&window=7d');
    expect(earlier.window).toMatchObject({ start: '2022-01-08', end: '2022-01-14', incidents: 5, baseline: { incidents: 10 }, expected: 2.333, ratio: 2.143 });
    expect((await activity('/v1/actors/Daesh/activity')).window).toMatchObject({ end: '2022-01-20', incidents: 2, expected: 0, ratio: null });
  });

  it('resolves unresolved names and answers 404 for actors nobody knows', async () => {
    const asayish = await activity('/v1/actors/Asayish/activity');
    expect(asayish.actor).toEqual({ key: 'name:asayish', name: 'asayish', registered: false });
    expect(asayish.buckets).toHaveLength(1);
    const quiet = await activity('/v1/actors/ucdp:3/activity');
    expect(quiet).toMatchObject({ buckets: [], interactions: [], presence: [], window: null });
    expect((await h.get('/v1/actors/name:nobody/activity')).status).toBe(404);
  });

  it("resolves analysts' actors and aliases, added through ingest, within the refresh interval", async () => {
    await h.db.dataSource.query(`INSERT INTO actor_alias (actor_id, alias) VALUES ('ucdp:234', 'Tanzim al-Dawla')`);
    await h.db.dataSource.query(`INSERT INTO actor (id, name, kind) VALUES ('sitrep:asayish', 'Asayish (Kurdish internal security)', 'non_state')`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const timeline = await h.get<{ items: { id: string }[] }>('/v1/timeline?actor=Tanzim%20al-Dawla');
    expect(timeline.body.items.map((i) => i.id)).toEqual(['inc-prison', 'inc-busayrah']);
    expect((await search('?q=dawla'))[0].id).toBe('ucdp:234');
    expect((await search('?q=internal%20security'))[0]).toMatchObject({ id: 'sitrep:asayish', registered: true, incidents: 0 });
  });

  it('refuses bad activity parameters with 400', async () => {
    for (const query of ['granularity=year', 'from=2022-01-32', 'window=0d', 'window=week', 'admin1=Atlantis', 'colour=red']) {
      expect([query, (await h.get(`/v1/actors/ucdp:115/activity?${query}`)).status]).toEqual([query, 400]);
    }
  });
});
