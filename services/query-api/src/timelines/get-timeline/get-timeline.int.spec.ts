import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { seedHasakah } from '../../testing/hasakah-incidents';
import { startQueryHarness, type QueryHarness } from '../../testing/query.harness';
import type { TimelineResponse } from './timeline.response';

describeWithPostgres('GET /v1/timeline over the Hasakah read model', () => {
  let h: QueryHarness;
  beforeAll(async () => {
    h = await startQueryHarness(testDatabaseUrl());
    await seedHasakah(h.fixture);
  });
  afterAll(() => h.close());

  const ids = async (query: string) => {
    const response = await h.get<TimelineResponse>(`/v1/timeline${query}`);
    expect(response.status).toBe(200);
    return response.body.items.map((item) => item.id);
  };

  it('lists active incidents, latest happening first, with their summaries', async () => {
    const { body } = await h.get<TimelineResponse>('/v1/timeline');
    expect(body.items.map((i) => i.id)).toEqual(['inc-asayish', 'inc-ain-issa', 'inc-tel-tamr', 'inc-prison', 'inc-busayrah']);
    expect(body.nextCursor).toBeNull();
    expect(body.items[3]).toMatchObject({
      id: 'inc-prison', status: 'active', version: 3,
      occurred: { start: '2022-01-20', end: '2022-01-20', precision: 'day' },
      location: { admin1: 'Al Hasakah', admin1Id: 'SY-HA', admin1AsReported: 'الحسكة', placeName: "Al-Sina'a Prison (سجن الصناعة), Ghwayran", point: { lat: 36.476929, lon: 40.762153 } },
      eventType: 'Battles', subEventType: 'Armed clash', category: 'battle',
      actors: [{ key: 'ucdp:234', name: 'Islamic State (ISIS)', roles: ['actor1'] }, { key: 'ucdp:6288', name: 'Syrian Democratic Forces', roles: ['actor2'] }],
      fatalities: { best: 28, low: 28, high: 120 }, bestSourceGrade: 'B1', reportCount: 2, sourceCount: 3,
      firstReportedAt: '2022-01-20T19:05:00.000Z', lastUpdatedAt: '2022-01-23T10:00:00.000Z',
    });
  });

  it('orders by occurred time either way, or by the newest change', async () => {
    expect(await ids('?order=occurred_asc')).toEqual(['inc-busayrah', 'inc-prison', 'inc-tel-tamr', 'inc-ain-issa', 'inc-asayish']);
    expect(await ids('?order=updated_desc')).toEqual(['inc-asayish', 'inc-prison', 'inc-ain-issa', 'inc-tel-tamr', 'inc-busayrah']);
  });

  it.each([
    ['from a day', '?from=2022-01-21', ['inc-asayish', 'inc-ain-issa', 'inc-tel-tamr']],
    ['to a day, the whole day included', '?to=2022-01-20', ['inc-prison', 'inc-busayrah']],
    ['from a date-time', '?from=2022-01-20T12:00:00Z&to=2022-01-22T00:00:00%2B00:00', ['inc-ain-issa', 'inc-tel-tamr']],
    ['admin1 spelled as reported', '?admin1=Hassakah', ['inc-asayish', 'inc-tel-tamr', 'inc-prison']],
    ['admin1 in Arabic', `?admin1=${encodeURIComponent('الحسكة')}`, ['inc-asayish', 'inc-tel-tamr', 'inc-prison']],
    ['admin1 by ISO id', '?admin1=SY-RA', ['inc-ain-issa']],
    ['admin2, any case', '?admin2=tell%20abiad', ['inc-ain-issa']],
    ['place contains, any case', '?place=PRISON', ['inc-prison']],
    ['place contains Arabic', `?place=${encodeURIComponent('عيسى')}`, ['inc-ain-issa']],
    ['bbox', '?bbox=40,36,41,37', ['inc-tel-tamr', 'inc-prison']],
    ['actor by alias', '?actor=Daesh', ['inc-prison', 'inc-busayrah']],
    ['actor by Arabic alias', `?actor=${encodeURIComponent('داعش')}`, ['inc-prison', 'inc-busayrah']],
    ['actor by canonical id', '?actor=ucdp:115', ['inc-ain-issa', 'inc-tel-tamr']],
    ['actor by another name', '?actor=Turkish%20Armed%20Forces', ['inc-ain-issa', 'inc-tel-tamr']],
    ['an actor the registry does not know', '?actor=asayish', ['inc-asayish']],
    ['an unresolved actor key', '?actor=name:asayish', ['inc-asayish']],
    ['eventType, any case', '?eventType=battles', ['inc-prison', 'inc-busayrah']],
    ['subEventType', '?subEventType=Shelling%2Fartillery%2Fmissile%20attack', ['inc-ain-issa', 'inc-tel-tamr']],
    ['category', '?category=strategic_development', ['inc-asayish']],
    ['minGrade: reliability and credibility each at least as good', '?minGrade=B3', ['inc-ain-issa', 'inc-prison', 'inc-busayrah']],
    ['minFatalities', '?minFatalities=3', ['inc-prison', 'inc-busayrah']],
    ['tag', '?tag=cross-border', ['inc-ain-issa', 'inc-tel-tamr']],
    ['several tags: all of them', '?tag=cross-border&tag=prison%20break', []],
    ['free text', '?q=prison', ['inc-prison']],
    ['free text, websearch syntax', '?q=isis%20-deir', ['inc-prison']],
    ['free text, a phrase from the notes', '?q=%22car%20bomb%22', ['inc-prison']],
    ['status retracted', '?status=retracted', ['inc-qamishli']],
    ['status merged', '?status=merged', ['inc-prison-dup']],
    ['status all', '?status=all&admin1=Al%20Hasakah', ['inc-asayish', 'inc-tel-tamr', 'inc-qamishli', 'inc-prison-dup', 'inc-prison']],
    ['filters combined', '?admin1=Al%20Hasakah&eventType=Battles&minFatalities=1', ['inc-prison']],
  ])('filters by %s', async (_name, query, expected) => {
    expect(await ids(query)).toEqual(expected);
  });

  it('answers asOf from the versions valid then (a bare date is the end of that day)', async () => {
    const { body } = await h.get<TimelineResponse>('/v1/timeline?asOf=2022-01-20');
    expect(body.asOf).toBe('2022-01-20T23:59:59.999999Z');
    expect(body.items.map((i) => [i.id, i.version])).toEqual([['inc-prison-dup', 1], ['inc-prison', 1], ['inc-busayrah', 1]]);
    expect(body.items[1]).toMatchObject({ eventType: 'Explosions/Remote violence', fatalities: { best: 20 }, reportCount: 1 });

    const before = await h.get<TimelineResponse>('/v1/timeline?asOf=2022-01-21T08:29:59Z&admin1=SY-HA');
    expect(before.body.items.map((i) => [i.id, i.version])).toEqual([['inc-prison-dup', 1], ['inc-prison', 1]]);
    const at = await h.get<TimelineResponse>('/v1/timeline?asOf=2022-01-21T12:00:00Z&admin1=SY-HA&status=all');
    expect(at.body.items.map((i) => [i.id, i.version, i.status])).toEqual([['inc-qamishli', 1, 'active'], ['inc-prison-dup', 2, 'merged'], ['inc-prison', 2, 'active']]);
    expect(await ids('?asOf=2022-01-22&status=retracted')).toEqual(['inc-qamishli']);
    expect(await ids('?asOf=2022-01-18')).toEqual([]);
  });

  it.each([
    ['from', '?from=2022-13-01', 'from: 2022-13-01 is not a calendar date'],
    ['from', '?from=yesterday', 'from: must be an ISO 8601 date'],
    ['asOf', '?asOf=2022-02-30', 'asOf: 2022-02-30 is not a calendar date'],
    ['bbox', '?bbox=40,36,41', 'bbox: needs 4 numbers minLon,minLat,maxLon,maxLat; got 3'],
    ['limit', '?limit=0', 'limit must not be less than 1'],
    ['limit', '?limit=501', 'limit must not be greater than 500'],
    ['limit', '?limit=ten', 'limit must be an integer number'],
    ['colour', '?colour=red', 'property colour should not exist'],
    ['minGrade', '?minGrade=Z9', 'minGrade: must be a reliability A–F followed by a credibility 1–6, e.g. B3'],
    ['status', '?status=deleted', 'status must be one of the following values: active, retracted, merged, all'],
    ['admin1', '?admin1=Narnia', 'admin1: "Narnia" is not a governorate we know'],
    ['cursor', '?cursor=not-a-cursor', 'cursor is not a cursor this API issued'],
    ['category', '?category=war', 'category must be one of the following values'],
  ])('refuses a bad %s with 400 naming it (%s)', async (parameter, query, reason) => {
    const response = await h.get<{ statusCode: number; issues: { parameter: string; reason: string }[] }>(`/v1/timeline${query}`);
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual(expect.arrayContaining([{ parameter, reason: expect.stringContaining(reason) }]));
  });
});
