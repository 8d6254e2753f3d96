import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { exampleSubmission, parseReportRecorded, TOPICS, type ReportSubmission } from '@sitrep/contracts';
import { describeWithKafkaAndPostgres, kafkaBrokers, readRecordsAt, testDatabaseUrl } from '@sitrep/testing';
import { startIngestHarness, type IngestHarness } from '../../testing/ingest.harness';

const post = (h: IngestHarness, path: string, body: unknown, contentType = 'application/json') =>
  fetch(`${h.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });

let serial = 0;
/** A valid report with its own native id, so runs against a long-lived broker never collide. */
function report(overrides: Partial<ReportSubmission> = {}): ReportSubmission {
  serial += 1;
  return { ...exampleSubmission(), nativeId: `it-${Date.now()}-${process.pid}-${serial}`, ...overrides };
}

describeWithKafkaAndPostgres.each(['kafka', 'embedded'] as const)('POST /v1/reports onto the %s log', (mode) => {
  let h: IngestHarness;
  beforeAll(async () => {
    h = await startIngestHarness({ log: mode, brokers: kafkaBrokers(), databaseServerUrl: testDatabaseUrl() });
  });
  afterAll(() => h.close());

  it('appends a valid report once, as a CloudEvent that parses back to what was sent', async () => {
    const sent = report();
    sent.assertion!.location.placeName = 'سجن الصناعة، الحسكة';
    const response = await post(h, '/v1/reports', sent);
    expect(response.status).toBe(202);
    const body = (await response.json()) as { reportId: string; status: string; position: { partition: number; offset: string } };
    expect(body.status).toBe('accepted');
    const [record] = await readRecordsAt(h.log, TOPICS.reports, [body.position]);
    expect(record.headers.ce_type).toBe('sitrep.report.recorded.v1');
    expect(record.headers.ce_id).toBe(body.reportId);
    const parsed = parseReportRecorded(record.value, record.headers);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.reportId).toBe(body.reportId);
    expect(parsed.value.assertion?.location.placeName).toBe('سجن الصناعة، الحسكة');
    expect(parsed.value.assertion?.location.canonicalAdmin1).toBe('Al Hasakah');
    expect(record.key).toBe(parsed.value.logKey);
  });

  it('answers a re-sent report as a duplicate, with the same id and position, appending nothing', async () => {
    const sent = report();
    const first = (await (await post(h, '/v1/reports', sent)).json()) as { reportId: string; position: unknown };
    const ends = await h.log.endOffsets(TOPICS.reports);
    const again = await post(h, '/v1/reports', sent);
    expect(again.status).toBe(202);
    expect(await again.json()).toEqual({ reportId: first.reportId, status: 'duplicate', position: first.position });
    expect(await h.log.endOffsets(TOPICS.reports)).toEqual(ends);
  });

  it('rejects an invalid report with every field path and appends nothing', async () => {
    const bad = report() as unknown as Record<string, unknown> & ReportSubmission;
    bad.assertion!.location.point = { lat: 200, lon: 40 };
    (bad.sources[0] as { reliability: string }).reliability = 'Z';
    (bad as Record<string, unknown>).colour = 'red';
    const ends = await h.log.endOffsets(TOPICS.reports);
    const response = await post(h, '/v1/reports', bad);
    expect(response.status).toBe(400);
    const paths = ((await response.json()) as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['assertion.location.point.lat', 'sources[0].reliability', 'colour']));
    expect(await h.log.endOffsets(TOPICS.reports)).toEqual(ends);
  });

  it('gives a batch a result per item and appends only the valid ones (JSON array and NDJSON)', async () => {
    const good = report();
    const invalid = { ...report(), op: 'delete' };
    const array = await post(h, '/v1/reports/batch', [good, invalid, good]);
    expect(array.status).toBe(202);
    const result = (await array.json()) as { summary: unknown; results: { status: string; issues?: { path: string }[] }[] };
    expect(result.summary).toEqual({ accepted: 1, duplicate: 1, rejected: 1, retry: 0 });
    expect(result.results.map((r) => r.status)).toEqual(['accepted', 'rejected', 'duplicate']);
    expect(result.results[1].issues?.map((i) => i.path)).toContain('op');

    const ndjson = `${JSON.stringify(report())}\n{not json}\n${JSON.stringify(good)}\n`;
    const lines = (await (await post(h, '/v1/reports/batch', ndjson, 'application/x-ndjson')).json()) as { results: { status: string }[] };
    expect(lines.results.map((r) => r.status)).toEqual(['accepted', 'rejected', 'duplicate']);
  });

  it('lets a supersede by native id inherit the key of the report it corrects, and refuses unknown targets', async () => {
    const original = report();
    const first = (await (await post(h, '/v1/reports', original)).json()) as { reportId: string };
    const correction = report({ op: 'supersede', supersedes: [original.nativeId] });
    correction.assertion!.occurred = { start: '2022-01-21', precision: 'day' };
    const response = await post(h, '/v1/reports', correction);
    expect(response.status).toBe(202);
    const { position } = (await response.json()) as { position: { partition: number; offset: string } };
    const [record] = await readRecordsAt(h.log, TOPICS.reports, [position]);
    const parsed = parseReportRecorded(record.value, record.headers);
    expect(parsed.ok && parsed.value.supersedesReportIds).toEqual([first.reportId]);
    expect(record.key).toBe(`SYR|al hasakah|${original.assertion!.occurred.start.slice(0, 10)}`);

    const orphan = await post(h, '/v1/reports', report({ op: 'retract', supersedes: ['never-seen'], retractReason: 'erroneous', assertion: undefined }));
    expect(orphan.status).toBe(400);
    expect(((await orphan.json()) as { issues: { path: string }[] }).issues[0].path).toBe('supersedes[0]');
  });

  it('answers malformed JSON and oversized bodies with a 4xx, never a 5xx', async () => {
    expect((await post(h, '/v1/reports', '{"op":')).status).toBe(400);
    expect((await post(h, '/v1/reports', 'x'.repeat(17 * 1024 * 1024))).status).toBe(413);
  });
});

describeWithKafkaAndPostgres('POST /v1/reports when Kafka is unreachable', () => {
  it('answers 503 with Retry-After, and the retry appends the report exactly once', async () => {
    const down = await startIngestHarness({ log: 'kafka', brokers: ['127.0.0.1:1'], databaseServerUrl: testDatabaseUrl(), appendTimeoutMs: 2_000, unreachable: true });
    const up = await startIngestHarness({ log: 'kafka', brokers: kafkaBrokers(), databaseServerUrl: testDatabaseUrl(), db: down.db });
    try {
      const sent = report();
      const refused = await post(down, '/v1/reports', sent);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      const retried = (await (await post(up, '/v1/reports', sent)).json()) as { status: string };
      const again = (await (await post(up, '/v1/reports', sent)).json()) as { status: string };
      expect([retried.status, again.status]).toEqual(['accepted', 'duplicate']);
    } finally {
      await up.close();
      await down.close();
    }
  });
});
