import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { parse } from 'csv-parse/sync';
import { seedHasakah } from '../../testing/hasakah-incidents';
import { incident } from '../../testing/incident-fixture';
import { startQueryHarness, type QueryHarness } from '../../testing/query.harness';
import type { TimelineResponse } from '../get-timeline/timeline.response';
import type { IncidentSummary } from '../timeline-filter/incident-summary.response';
import { CSV_HEADER } from './export-formats';

const FILTERS = 'status=all&admin1=SY-HA';

describeWithPostgres('GET /v1/timeline.csv | .geojson | .ndjson', () => {
  let h: QueryHarness;
  let timeline: IncidentSummary[];
  beforeAll(async () => {
    h = await startQueryHarness(testDatabaseUrl());
    await seedHasakah(h.fixture);
    timeline = (await h.get<TimelineResponse>(`/v1/timeline?${FILTERS}&limit=500`)).body.items;
  });
  afterAll(() => h.close());

  const download = async (path: string) => {
    const response = await fetch(`${h.baseUrl}${path}`);
    expect(response.status).toBe(200);
    return { headers: response.headers, text: await response.text() };
  };

  it('streams NDJSON lines equal to the JSON timeline, in order', async () => {
    const { headers, text } = await download(`/v1/timeline.ndjson?${FILTERS}`);
    expect(headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(headers.get('transfer-encoding')).toBe('chunked');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual(timeline);
  });

  it('writes RFC 4180 CSV with a header row that parses back to the timeline, Arabic intact', async () => {
    const { headers, text } = await download(`/v1/timeline.csv?${FILTERS}`);
    expect(headers.get('content-type')).toContain('text/csv');
    expect(headers.get('content-disposition')).toBe('attachment; filename="sitrep-timeline.csv"');
    expect(text).toContain('\r\n');
    const rows: Record<string, string>[] = parse(text, { columns: true });
    expect(Object.keys(rows[0])).toEqual(CSV_HEADER);
    expect(rows.map((r) => r.id)).toEqual(timeline.map((i) => i.id));
    const prison = rows.find((r) => r.id === 'inc-prison');
    expect(prison).toMatchObject({
      place_name: "Al-Sina'a Prison (سجن الصناعة), Ghwayran", admin1: 'Al Hasakah', admin1_as_reported: 'الحسكة', lat: '36.476929', lon: '40.762153',
      actors: 'Islamic State (ISIS); Syrian Democratic Forces', actor_keys: 'ucdp:234; ucdp:6288', fatalities_best: '28', best_source_grade: 'B1', tags: 'prison break',
    });
    expect(rows.find((r) => r.id === 'inc-prison-dup')).toMatchObject({ status: 'merged', merged_into: 'inc-prison', lat: '36.476929' });
  });

  it('starts the CSV with a byte order mark only when asked', async () => {
    // fetch's text() drops a BOM while decoding, so look at the bytes.
    const bytes = async (query: string) => new Uint8Array(await (await fetch(`${h.baseUrl}/v1/timeline.csv?${query}`)).arrayBuffer());
    const withBom = await bytes(`${FILTERS}&bom=true`);
    expect([...withBom.slice(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x69]);
    expect([...(await bytes(FILTERS)).slice(0, 3)]).toEqual([0x69, 0x64, 0x2c]);
    expect(parse(Buffer.from(withBom), { columns: true, bom: true })).toHaveLength(timeline.length);
  });

  it('writes a GeoJSON FeatureCollection of points, leaving out and counting incidents without one', async () => {
    const { headers, text } = await download(`/v1/timeline.geojson?${FILTERS}`);
    expect(headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    const collection = JSON.parse(text) as { type: string; features: { id: string; geometry: { coordinates: number[] }; properties: IncidentSummary }[]; skipped: number };
    const located = timeline.filter((i) => i.location.point !== undefined);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.id)).toEqual(located.map((i) => i.id));
    expect(collection.skipped).toBe(timeline.length - located.length);
    expect(collection.skipped).toBe(1);
    const prison = collection.features.find((f) => f.id === 'inc-prison');
    expect(prison?.geometry).toEqual({ type: 'Point', coordinates: [40.762153, 36.476929] });
    const { point: _point, ...location } = located.find((i) => i.id === 'inc-prison')!.location;
    expect(prison?.properties).toEqual({ ...located.find((i) => i.id === 'inc-prison'), location });
  });

  it('applies asOf, order and every timeline filter to exports as well', async () => {
    const { text } = await download('/v1/timeline.ndjson?asOf=2022-01-20&order=occurred_asc');
    expect(text.trimEnd().split('\n').map((line) => (JSON.parse(line) as IncidentSummary).id)).toEqual(['inc-busayrah', 'inc-prison', 'inc-prison-dup']);
    const empty = await download('/v1/timeline.geojson?actor=ucdp:3');
    expect(JSON.parse(empty.text)).toEqual({ type: 'FeatureCollection', features: [], skipped: 0 });
    expect((await fetch(`${h.baseUrl}/v1/timeline.csv?bbox=1,2,3`)).status).toBe(400);
    expect((await fetch(`${h.baseUrl}/v1/timeline.ndjson?bom=true`)).status).toBe(400);
    expect((await fetch(`${h.baseUrl}/v1/timeline.ndjson?limit=100001`)).status).toBe(400);
  });

  it('streams many batches without gaps or repeats, up to the limit', async () => {
    const many = Array.from({ length: 2_500 }, (_, n) =>
      incident({
        id: `inc-bulk-${String(n).padStart(5, '0')}`, day: `2021-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
        firstReportedAt: '2022-02-01T00:00:00.000Z', lastUpdatedAt: '2022-02-01T00:00:00.000Z', admin1: 'Idlib', canonicalAdmin1: 'Idlib',
        placeName: 'Idlib', category: 'other', actors: [], fatalities: {}, reports: [],
      }),
    );
    for (const row of many) await h.fixture.current(row);
    const all = (await download('/v1/timeline.ndjson?admin1=Idlib&order=occurred_asc')).text.trimEnd().split('\n').map((l) => (JSON.parse(l) as IncidentSummary).id);
    expect(all).toHaveLength(2_500);
    expect(new Set(all).size).toBe(2_500);
    const capped = (await download('/v1/timeline.csv?admin1=Idlib&limit=1200')).text;
    expect(parse(capped, { columns: true })).toHaveLength(1_200);
  }, 120_000);
});
