import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { seedHasakah } from '../testing/hasakah-incidents';
import { startQueryHarness, type QueryHarness } from '../testing/query.harness';
import type { TimelineResponse } from '../timelines/get-timeline/timeline.response';
import type { ListAdmin1Response } from './list-admin1/list-admin1.response';

describeWithPostgres('GET /v1/places/admin1', () => {
  let h: QueryHarness;
  beforeAll(async () => {
    h = await startQueryHarness(testDatabaseUrl());
    await seedHasakah(h.fixture);
  });
  afterAll(() => h.close());

  it("lists Syria's 14 governorates with active incident counts and the latest incident date", async () => {
    const { status, body } = await h.get<ListAdmin1Response>('/v1/places/admin1');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(14);
    const byId = new Map(body.items.map((g) => [g.id, g]));
    expect(byId.get('SY-HA')).toEqual({ id: 'SY-HA', name: 'Al Hasakah', nameAr: 'الحسكة', incidents: 3, fatalities: 30, lastIncidentDate: '2022-01-24' });
    expect(byId.get('SY-RA')).toMatchObject({ incidents: 1, fatalities: 0, lastIncidentDate: '2022-01-22' });
    expect(byId.get('SY-DY')).toMatchObject({ incidents: 1, fatalities: 3, lastIncidentDate: '2022-01-19' });
    expect(byId.get('SY-DI')).toMatchObject({ incidents: 0, fatalities: 0, lastIncidentDate: null });
  });

  it("gives a governorate's timeline by id or any spelling, with the timeline's other filters", async () => {
    const byId = await h.get<TimelineResponse>('/v1/places/admin1/SY-HA/timeline');
    expect(byId.body.items.map((i) => i.id)).toEqual(['inc-asayish', 'inc-tel-tamr', 'inc-prison']);
    const spelled = await h.get<TimelineResponse>(`/v1/places/admin1/${encodeURIComponent('الحسكة')}/timeline?eventType=Battles&limit=1`);
    expect(spelled.body.items.map((i) => i.id)).toEqual(['inc-prison']);
    expect(spelled.body.nextCursor).toBeNull();
  });

  it('answers 404 for an unknown governorate and 400 for admin1 in the query', async () => {
    expect((await h.get('/v1/places/admin1/Atlantis/timeline')).status).toBe(404);
    expect((await h.get('/v1/places/admin1/SY-HA/timeline?admin1=SY-RA')).status).toBe(400);
    expect((await h.get('/v1/places/admin1?foo=1')).status).toBe(400);
  });
});
