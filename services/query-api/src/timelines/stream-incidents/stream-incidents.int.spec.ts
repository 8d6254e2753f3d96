import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { PRISON, seedHasakah } from '../../testing/hasakah-incidents';
import { incident, type IncidentSpec } from '../../testing/incident-fixture';
import { startQueryHarness, type QueryHarness } from '../../testing/query.harness';
import type { IncidentSummary } from '../timeline-filter/incident-summary.response';

interface SseEvent {
  event: string;
  id: string;
  data: IncidentSummary;
}

/** An EventSource stand-in over fetch: reads blocks, keeps comments apart from events. */
async function openStream(url: string, headers: Record<string, string> = {}) {
  const abort = new AbortController();
  const response = await fetch(url, { headers, signal: abort.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const comments: string[] = [];
  const nextBlock = async (): Promise<string> => {
    while (!buffer.includes('\n\n')) {
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no SSE block within 5 s; got ${JSON.stringify(buffer)}`)), 5_000).unref());
      const { value, done } = await Promise.race([reader.read(), timeout]);
      if (done) throw new Error('stream ended');
      buffer += decoder.decode(value, { stream: true });
    }
    const end = buffer.indexOf('\n\n');
    const block = buffer.slice(0, end);
    buffer = buffer.slice(end + 2);
    return block;
  };
  const nextEvent = async (): Promise<SseEvent> => {
    for (;;) {
      const block = await nextBlock();
      if (block.startsWith(':')) comments.push(block.slice(2));
      if (!block.startsWith('event:')) continue;
      const fields = Object.fromEntries(block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]));
      return { event: fields.event, id: fields.id, data: JSON.parse(fields.data) as IncidentSummary };
    }
  };
  await nextBlock(); // retry
  comments.push((await nextBlock()).slice(2)); // ': connected' once the stream is live
  return { response, comments, nextEvent, nextBlock, close: () => abort.abort() };
}

const spec = (id: string, lastUpdatedAt: string, overrides: Partial<IncidentSpec> = {}): IncidentSpec => ({
  id, firstReportedAt: lastUpdatedAt, lastUpdatedAt, day: '2022-01-31', admin1: 'Hasakah', canonicalAdmin1: 'Al Hasakah',
  placeName: 'Al-Hol camp (مخيم الهول)', point: { lat: 36.3803, lon: 41.1511 }, category: 'battle', eventType: 'Battles',
  actors: [{ key: 'ucdp:234', name: 'ISIS cell', roles: ['actor1'] }], fatalities: { best: 1 }, reports: [], ...overrides,
});

describeWithPostgres('GET /v1/stream (Server-Sent Events)', () => {
  let h: QueryHarness;
  beforeAll(async () => {
    h = await startQueryHarness(testDatabaseUrl(), { pollMs: 50, heartbeatMs: 400 });
    await seedHasakah(h.fixture);
  });
  afterAll(() => h.close());

  it('delivers an incident written after the client connected, with an id to resume from, and filters', async () => {
    const stream = await openStream(`${h.baseUrl}/v1/stream?admin1=SY-HA`);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.comments).toEqual(['connected']);
    await h.fixture.history([incident(spec('inc-raqqa-1', '2022-02-01T10:00:00.000Z', { admin1: 'Raqqa', canonicalAdmin1: 'Ar Raqqah' }))]);
    await h.fixture.history([incident(spec('inc-hol-1', '2022-02-01T10:00:01.000Z'))]);
    const first = await stream.nextEvent();
    expect(first).toMatchObject({ event: 'incident', data: { id: 'inc-hol-1', version: 1, location: { placeName: 'Al-Hol camp (مخيم الهول)' } } });
    expect(first.id).toMatch(/^[A-Za-z0-9_-]+$/);

    // A new version of an older incident, and a row projected late with an earlier receive time.
    await h.fixture.current({ ...PRISON[2], version: 4, lastUpdatedAt: '2022-02-01T10:00:03.000Z' });
    expect((await stream.nextEvent()).data).toMatchObject({ id: 'inc-prison', version: 4 });
    await h.fixture.history([incident(spec('inc-hol-late', '2022-02-01T10:00:02.000Z'))]);
    expect((await stream.nextEvent()).data.id).toBe('inc-hol-late');
    stream.close();
  });

  it('resumes after Last-Event-ID, sending only what came after it', async () => {
    const stream = await openStream(`${h.baseUrl}/v1/stream?actor=Daesh`);
    await h.fixture.history([incident(spec('inc-hol-2', '2022-02-02T10:00:00.000Z'))]);
    const seen = await stream.nextEvent();
    expect(seen.data.id).toBe('inc-hol-2');
    stream.close();
    await h.fixture.history([incident(spec('inc-hol-3', '2022-02-02T10:00:05.000Z'))]);
    await h.fixture.history([incident(spec('inc-turkey-3', '2022-02-02T10:00:06.000Z', { actors: [{ key: 'ucdp:115', name: 'Turkey', roles: ['actor1'] }] }))]);
    const resumed = await openStream(`${h.baseUrl}/v1/stream?actor=Daesh`, { 'last-event-id': seen.id });
    expect((await resumed.nextEvent()).data.id).toBe('inc-hol-3');
    await h.fixture.history([incident(spec('inc-hol-4', '2022-02-02T10:00:07.000Z'))]);
    expect((await resumed.nextEvent()).data.id).toBe('inc-hol-4');
    resumed.close();
  });

  it('sends heartbeat comments while nothing changes', async () => {
    const stream = await openStream(`${h.baseUrl}/v1/stream`);
    expect(await stream.nextBlock()).toBe(': heartbeat');
    stream.close();
  });

  it('refuses a Last-Event-ID it did not issue and bad filters with 400', async () => {
    const bad = await fetch(`${h.baseUrl}/v1/stream`, { headers: { 'last-event-id': 'garbage' } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ issues: [{ parameter: 'Last-Event-ID' }] });
    expect((await fetch(`${h.baseUrl}/v1/stream?limit=5`)).status).toBe(400);
    expect((await fetch(`${h.baseUrl}/v1/stream?admin1=Narnia`)).status).toBe(400);
  });
});
