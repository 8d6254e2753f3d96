import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { seedHasakah } from '../../testing/hasakah-incidents';
import { startQueryHarness, type QueryHarness } from '../../testing/query.harness';
import type { IncidentDetailResponse } from './incident-detail.response';

describeWithPostgres('GET /v1/incidents/:id', () => {
  let h: QueryHarness;
  beforeAll(async () => {
    h = await startQueryHarness(testDatabaseUrl());
    await seedHasakah(h.fixture);
  });
  afterAll(() => h.close());

  const detail = async (path: string) => {
    const response = await h.get<IncidentDetailResponse>(path);
    expect(response.status).toBe(200);
    return response.body;
  };

  it('shows every report behind the incident with its state, source grades and links', async () => {
    const body = await detail('/v1/incidents/inc-prison');
    expect(body).toMatchObject({ id: 'inc-prison', status: 'active', version: 3, sourceSystems: ['acled', 'manual'], fatalities: { best: 28 } });
    expect(body.reports.map((r) => [r.reportId, r.state, r.op, r.sourceSystem])).toEqual([
      ['r-rudaw-1', 'superseded', 'assert', 'manual'],
      ['r-centcom-1', 'current', 'assert', 'manual'],
      ['r-acled-1', 'current', 'supersede', 'acled'],
    ]);
    expect(body.reports[0]).toMatchObject({
      supersededBy: 'r-acled-1', nativeId: 'rudaw-2022-01-20-sinaa', receivedAt: '2022-01-20T19:05:00.000Z', reportedAt: '2022-01-20T19:05:00.000Z',
      sources: [{ name: 'Rudaw', url: 'https://www.rudaw.net/english/middleeast/syria/200120221', grade: 'B2', gradeLabel: 'Usually reliable; probably true' }],
      claim: { location: { placeName: "Al-Sina'a Prison (سجن الصناعة), Ghwayran" } },
    });
    expect(body.reports[2]).toMatchObject({ nativeRevision: '1642932000', supersedes: ['r-rudaw-1'] });
    expect(body.reports[2].sources.map((s) => s.grade)).toEqual(['C2', 'B3']);
  });

  it('lists its versions with what changed between consecutive ones', async () => {
    const body = await detail('/v1/incidents/inc-prison');
    expect(body.versions.map((v) => [v.version, v.validFrom, v.validTo])).toEqual([
      [1, '2022-01-20T19:05:00.000Z', '2022-01-21T08:30:00.000Z'],
      [2, '2022-01-21T08:30:00.000Z', '2022-01-23T10:00:00.000Z'],
      [3, '2022-01-23T10:00:00.000Z', null],
    ]);
    expect(body.versions[0].changes).toEqual([]);
    expect(body.versions[1].changes.map((c) => c.field)).toEqual(['eventType', 'subEventType', 'category', 'fatalities.low', 'fatalities.high', 'bestSourceGrade', 'reportCount', 'sourceCount', 'reports']);
    expect(body.versions[1].changes).toContainEqual({ field: 'bestSourceGrade', before: 'B2', after: 'B1' });
    expect(body.versions[2].changes).toEqual([
      { field: 'fatalities.best', before: 20, after: 28 },
      { field: 'fatalities.low', before: 20, after: 28 },
      { field: 'fatalities.high', before: 28, after: 120 },
      { field: 'sourceCount', before: 2, after: 3 },
      { field: 'reports', before: ['r-rudaw-1:current', 'r-centcom-1:current'], after: ['r-rudaw-1:superseded', 'r-centcom-1:current', 'r-acled-1:current'] },
    ]);
  });

  it('names the duplicates merged into it, and a merged or retracted incident says so', async () => {
    const body = await detail('/v1/incidents/inc-prison');
    expect(body.mergedDuplicates).toEqual([{ id: 'inc-prison-dup', version: 2, mergedAt: '2022-01-21T09:00:00.000Z', placeName: 'Ghwayran prison, Hasakah', occurredStart: '2022-01-20' }]);
    expect(await detail('/v1/incidents/inc-prison-dup')).toMatchObject({ status: 'merged', mergedInto: 'inc-prison' });
    const retracted = await detail('/v1/incidents/inc-qamishli');
    expect(retracted.status).toBe('retracted');
    expect(retracted.reports.map((r) => [r.reportId, r.state, r.op])).toEqual([['r-gdelt-1', 'retracted', 'assert'], ['r-gdelt-retract', 'current', 'retract']]);
    expect(retracted.versions[1].changes.map((c) => c.field)).toEqual(['status', 'reportCount', 'sourceCount', 'reports']);
  });

  it('answers asOf with the version valid then, its history so far and the merges known then', async () => {
    const first = await detail('/v1/incidents/inc-prison?asOf=2022-01-20');
    expect(first).toMatchObject({ version: 1, asOf: '2022-01-20T23:59:59.999999Z', eventType: 'Explosions/Remote violence', mergedDuplicates: [] });
    expect(first.reports.map((r) => r.reportId)).toEqual(['r-rudaw-1']);
    expect(first.versions.map((v) => [v.version, v.validTo])).toEqual([[1, null]]);
    const second = await detail('/v1/incidents/inc-prison?asOf=2022-01-21T10:00:00Z');
    expect(second.version).toBe(2);
    expect(second.versions.map((v) => [v.version, v.validTo])).toEqual([[1, '2022-01-21T08:30:00.000Z'], [2, null]]);
    expect(second.mergedDuplicates.map((d) => d.id)).toEqual(['inc-prison-dup']);
  });

  it('answers 404 for an unknown id, or one not known yet at asOf', async () => {
    const unknown = await h.get<{ statusCode: number; message: string }>('/v1/incidents/inc-nowhere');
    expect(unknown).toEqual({ status: 404, body: expect.objectContaining({ statusCode: 404, message: 'no incident inc-nowhere' }) });
    const early = await h.get<{ message: string }>('/v1/incidents/inc-prison?asOf=2022-01-19');
    expect(early.status).toBe(404);
    expect(early.body.message).toBe('no incident inc-prison as of 2022-01-19T23:59:59.999999Z');
  });

  it('refuses a bad asOf and unknown parameters with 400', async () => {
    expect((await h.get('/v1/incidents/inc-prison?asOf=20-01-2022')).status).toBe(400);
    const unknown = await h.get<{ issues: unknown[] }>('/v1/incidents/inc-prison?version=2');
    expect(unknown.status).toBe(400);
    expect(unknown.body.issues).toEqual([{ parameter: 'version', reason: 'property version should not exist' }]);
  });
});
