import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { seedHasakah } from '../../testing/hasakah-incidents';
import { incident } from '../../testing/incident-fixture';
import { startQueryHarness, type QueryHarness } from '../../testing/query.harness';
import type { TimelineResponse } from './timeline.response';

/** A shelling incident like Ain Issa's, on another day, received at another time. */
const arriving = (id: string, day: string, receivedAt: string) =>
  incident({
    id, day, firstReportedAt: receivedAt, lastUpdatedAt: receivedAt, admin1: 'Raqqa', canonicalAdmin1: 'Ar Raqqah', placeName: 'Ain Issa (عين عيسى)',
    category: 'explosion_remote', eventType: 'Explosions/Remote violence', actors: [], fatalities: {},
    reports: [{ reportId: `r-${id}`, sourceSystem: 'manual', nativeId: id, receivedAt, sources: [] }],
  });

describeWithPostgres('GET /v1/timeline cursor paging while incidents arrive', () => {
  let h: QueryHarness;
  beforeAll(async () => {
    h = await startQueryHarness(testDatabaseUrl());
    await seedHasakah(h.fixture);
  });
  afterAll(() => h.close());

  const page = async (query: string) => {
    const response = await h.get<TimelineResponse>(`/v1/timeline${query}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const cursorOf = (body: TimelineResponse) => encodeURIComponent(body.nextCursor ?? '');

  it('pages occurred_desc without gaps or repeats; rows arriving behind the cursor are seen, ahead of it are not', async () => {
    const first = await page('?limit=2');
    expect(first.items.map((i) => i.id)).toEqual(['inc-asayish', 'inc-ain-issa']);
    // Ahead of the cursor (later, or the same day with a higher id): not on later pages. Behind it: on them.
    await h.fixture.history([arriving('inc-zz-newest', '2022-01-25', '2022-01-25T08:00:00.000Z')]);
    await h.fixture.history([arriving('inc-ain-issb', '2022-01-22', '2022-01-25T08:01:00.000Z')]);
    await h.fixture.history([arriving('inc-ain-isra', '2022-01-22', '2022-01-25T08:02:00.000Z')]);
    const second = await page(`?limit=2&cursor=${cursorOf(first)}`);
    await h.fixture.history([arriving('inc-aa-oldest', '2022-01-01', '2022-01-25T08:03:00.000Z')]);
    const third = await page(`?limit=2&cursor=${cursorOf(second)}`);
    const fourth = await page(`?limit=2&cursor=${cursorOf(third)}`);
    expect(fourth.nextCursor).toBeNull();
    const seen = [first, second, third, fourth].flatMap((p) => p.items.map((i) => i.id));
    expect(seen).toEqual(['inc-asayish', 'inc-ain-issa', 'inc-ain-isra', 'inc-tel-tamr', 'inc-prison', 'inc-busayrah', 'inc-aa-oldest']);
  });

  it('pages updated_desc and occurred_asc to the same set as one big page', async () => {
    for (const order of ['updated_desc', 'occurred_asc', 'updated_asc']) {
      const all = (await page(`?order=${order}&limit=500&status=all`)).items.map((i) => i.id);
      const paged: string[] = [];
      let cursor = '';
      do {
        const body = await page(`?order=${order}&limit=3&status=all${cursor === '' ? '' : `&cursor=${cursor}`}`);
        paged.push(...body.items.map((i) => i.id));
        cursor = cursorOf(body);
      } while (cursor !== '');
      expect(paged).toEqual(all);
      expect(new Set(paged).size).toBe(paged.length);
    }
  });

  it('keeps microsecond-close updates apart (the cursor keeps full precision)', async () => {
    await h.fixture.history([arriving('inc-us-1', '2022-01-26', '2022-01-26T10:00:00.000Z')]);
    await h.db.dataSource.query(`UPDATE rm_1.incident SET last_updated_at = '2022-01-26T10:00:00.000001Z' WHERE incident_id = 'inc-us-1'`);
    await h.fixture.history([arriving('inc-us-2', '2022-01-26', '2022-01-26T10:00:00.000Z')]);
    const first = await page('?order=updated_desc&limit=1');
    expect(first.items.map((i) => i.id)).toEqual(['inc-us-1']);
    const second = await page(`?order=updated_desc&limit=1&cursor=${cursorOf(first)}`);
    expect(second.items.map((i) => i.id)).toEqual(['inc-us-2']);
  });

  it('refuses a cursor from another order', async () => {
    const first = await page('?limit=1');
    const response = await h.get<{ issues: { parameter: string; reason: string }[] }>(`/v1/timeline?order=occurred_asc&cursor=${cursorOf(first)}`);
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual([{ parameter: 'cursor', reason: 'cursor was issued for order=occurred_desc, not order=occurred_asc' }]);
  });
});
