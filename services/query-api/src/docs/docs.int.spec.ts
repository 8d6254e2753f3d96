import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { startQueryHarness, type QueryHarness } from '../testing/query.harness';

interface OpenApi {
  info: { title: string };
  paths: Record<string, Record<string, { summary?: string; parameters?: { name: string; in: string; description?: string }[] }>>;
}

const TIMELINE_FILTERS = ['from', 'to', 'admin1', 'admin2', 'place', 'bbox', 'actor', 'eventType', 'subEventType', 'category', 'minGrade', 'minFatalities', 'tag', 'q', 'status'];

describeWithPostgres('OpenAPI docs', () => {
  let h: QueryHarness;
  let doc: OpenApi;
  beforeAll(async () => {
    h = await startQueryHarness(testDatabaseUrl());
    doc = (await h.get<OpenApi>('/docs-json')).body;
  });
  afterAll(() => h.close());

  it('lists every query endpoint', () => {
    expect(doc.info.title).toBe('Sitrep query API');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/v1/actors', '/v1/actors/{id}/activity', '/v1/incidents/{id}', '/v1/places/admin1', '/v1/places/admin1/{id}/timeline',
      '/v1/stream', '/v1/timeline', '/v1/timeline.csv', '/v1/timeline.geojson', '/v1/timeline.ndjson',
    ]);
  });

  it('documents every parameter, each with a description', () => {
    const parameters = (path: string) => doc.paths[path].get.parameters ?? [];
    const names = (path: string) => parameters(path).map((p) => p.name);
    expect(names('/v1/timeline')).toEqual(expect.arrayContaining([...TIMELINE_FILTERS, 'asOf', 'order', 'limit', 'cursor']));
    expect(names('/v1/timeline.csv')).toEqual(expect.arrayContaining([...TIMELINE_FILTERS, 'asOf', 'order', 'limit', 'bom']));
    expect(names('/v1/stream')).toEqual(expect.arrayContaining([...TIMELINE_FILTERS, 'lastEventId', 'Last-Event-ID']));
    expect(names('/v1/places/admin1/{id}/timeline')).not.toContain('admin1');
    expect(names('/v1/actors/{id}/activity')).toEqual(expect.arrayContaining(['id', 'granularity', 'from', 'to', 'admin1', 'eventType', 'window']));
    expect(names('/v1/incidents/{id}')).toEqual(['id', 'asOf']);
    for (const [path, operations] of Object.entries(doc.paths)) {
      expect([path, operations.get.summary]).toEqual([path, expect.any(String)]);
      for (const parameter of operations.get.parameters ?? []) expect([path, parameter.name, parameter.description]).toEqual([path, parameter.name, expect.any(String)]);
    }
  });

  it('serves the UI at /docs', async () => {
    const response = await fetch(`${h.baseUrl}/docs`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('swagger');
  });
});
