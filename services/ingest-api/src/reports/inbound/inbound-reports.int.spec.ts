import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { deriveReportId, exampleSubmission, parseReportRecorded, TOPICS, type LogPosition, type LogRecord, type ReportSubmission } from '@sitrep/contracts';
import { describeWithKafkaAndPostgres, kafkaBrokers, readRecordsAt, testDatabaseUrl, uniqueName } from '@sitrep/testing';
import { startIngestHarness, type IngestHarness } from '../../testing/ingest.harness';
import { hasKcat, kcat, kcatReadAll } from '../../testing/kcat';
import { readRange } from '../../testing/read-range';

if (!hasKcat() && process.env.CI === 'true') throw new Error('CI needs kcat (tools/ci/install-debian-packages.sh)');
const describeWithKcat = hasKcat() ? describeWithKafkaAndPostgres : describe.skip;

let serial = 0;
function report(): ReportSubmission {
  serial += 1;
  return { ...exampleSubmission(), nativeId: `inbound-it-${Date.now()}-${process.pid}-${serial}` };
}
const reportIdOf = (s: ReportSubmission) => deriveReportId(s.sourceSystem, s.nativeId, s.nativeRevision);

// Own inbound and rejected topics and group per run: the broker is shared with other suites and
// earlier runs, and a fixed group would split partitions with whatever else is consuming.
describeWithKcat('inbound topic → log of record (real Kafka; records published and read with kcat)', () => {
  const inbound = { topic: uniqueName('sitrep.reports.inbound.it'), rejectedTopic: uniqueName('sitrep.reports.rejected.it'), groupId: uniqueName('sitrep-ingest-inbound-it') };
  const broker = kafkaBrokers()[0];
  let h: IngestHarness;
  beforeAll(async () => {
    h = await startIngestHarness({ log: 'kafka', brokers: kafkaBrokers(), databaseServerUrl: testDatabaseUrl(), inbound });
  }, 60_000);
  afterAll(() => h.close());

  /** What a pipeline does: `kcat -P -t <inbound> -k <key> -H name=value …`, one record per line. */
  const publish = (key: string, value: string | Buffer, headers: Record<string, string> = {}, extra: string[] = []) =>
    kcat(broker, ['-P', '-t', inbound.topic, '-k', key, ...Object.entries(headers).flatMap(([n, v]) => ['-H', `${n}=${v}`]), ...extra], Buffer.concat([Buffer.from(value), Buffer.from('\n')]));

  async function appendedPosition(reportId: string, timeoutMs = 30_000): Promise<LogPosition> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const [row] = await h.db.dataSource.query(`SELECT log_partition AS partition, log_offset::text AS offset FROM report_ledger WHERE report_id = $1 AND state = 'appended'`, [reportId]);
      if (row) return { partition: row.partition, offset: row.offset };
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`report ${reportId} was not appended within ${timeoutMs} ms`);
  }

  async function rejectedRecords(count: number, timeoutMs = 30_000): Promise<LogRecord[]> {
    const deadline = Date.now() + timeoutMs;
    let ends = await h.log.endOffsets(inbound.rejectedTopic);
    while ([...ends.values()].reduce((n, o) => n + Number(o), 0) < count && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      ends = await h.log.endOffsets(inbound.rejectedTopic);
    }
    return readRange(h.log, inbound.rejectedTopic, new Map(), ends);
  }

  it('appends a plain-JSON record re-keyed by its log key; the same report over HTTP is then a duplicate', async () => {
    const sent = report();
    sent.assertion!.location.placeName = 'سجن غويران، الحسكة';
    await publish('pipeline-key-1', JSON.stringify(sent));
    const position = await appendedPosition(reportIdOf(sent));
    const [record] = await readRecordsAt(h.log, TOPICS.reports, [position]);
    const parsed = parseReportRecorded(record.value, record.headers);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.assertion?.location.placeName).toBe('سجن غويران، الحسكة');
    expect(record.key).toBe(parsed.value.logKey);
    const again = await fetch(`${h.baseUrl}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sent) });
    expect(await again.json()).toEqual({ reportId: reportIdOf(sent), status: 'duplicate', position });
  });

  it('takes a CloudEvents binary-mode record (ce_* headers), published with the Java-compatible partitioner', async () => {
    const sent = report();
    const headers = { ce_specversion: '1.0', ce_id: `evt-${sent.nativeId}`, ce_source: '/pipelines/acled-nightly', ce_type: 'org.example.report.submitted.v1', 'content-type': 'application/json' };
    await publish('SYR|al hasakah|2022-01-20', JSON.stringify(sent), headers, ['-X', 'partitioner=murmur2_random']);
    const [record] = await readRecordsAt(h.log, TOPICS.reports, [await appendedPosition(reportIdOf(sent))]);
    const parsed = parseReportRecorded(record.value, record.headers);
    expect(parsed.ok && parsed.value.nativeId).toBe(sent.nativeId);
    expect(record.headers.ce_source).toBe('/sitrep/ingest');
  });

  it('sends malformed JSON, invalid UTF-8 and an invalid report to the rejected topic: original bytes and headers, the reason, the source position', async () => {
    const malformed = Buffer.from('{"op":"assert","nativeId":', 'utf8');
    const notUtf8 = Buffer.concat([Buffer.from('{"op":"assert","nativeId":"', 'utf8'), Buffer.from([0xff, 0xfe]), Buffer.from('"}', 'utf8')]);
    const invalid = report();
    invalid.assertion!.location.point = { lat: 200, lon: 40 };
    const invalidBytes = Buffer.from(JSON.stringify(invalid), 'utf8');
    await publish('bad-1', malformed, { pipeline: 'acled-nightly' });
    await publish('bad-2', notUtf8);
    await publish('bad-3', invalidBytes);
    const rejected = await rejectedRecords(3);
    const byKey = new Map(rejected.map((r) => [r.key, r]));
    expect(byKey.get('bad-1')?.value.equals(malformed)).toBe(true);
    expect(byKey.get('bad-1')?.headers).toMatchObject({ pipeline: 'acled-nightly', 'x-sitrep-reason': expect.stringMatching(/^value is not valid JSON/), 'x-sitrep-source-topic': inbound.topic });
    expect(byKey.get('bad-2')?.value.equals(notUtf8)).toBe(true);
    expect(byKey.get('bad-2')?.headers['x-sitrep-reason']).toBe('value is not valid UTF-8 (invalid byte sequence at byte 27)');
    expect(byKey.get('bad-3')?.value.equals(invalidBytes)).toBe(true);
    const issues = JSON.parse(byKey.get('bad-3')?.headers['x-sitrep-reason'] ?? '[]') as { path: string }[];
    expect(issues.map((i) => i.path)).toContain('assertion.location.point.lat');
    for (const r of rejected) expect(r.headers).toMatchObject({ 'x-sitrep-source-partition': expect.stringMatching(/^[0-2]$/), 'x-sitrep-source-offset': expect.stringMatching(/^\d+$/) });

    // And a non-Node consumer reads the same thing back.
    const viaKcat = await kcatReadAll(broker, inbound.rejectedTopic);
    const first = viaKcat.find((r) => r.key === 'bad-1');
    expect(first?.payload).toBe(malformed.toString('utf8'));
    expect(first?.headers).toEqual(expect.arrayContaining(['pipeline', 'acled-nightly', 'x-sitrep-reason']));
  });

  it('appends a report sent over HTTP and over Kafka exactly once', async () => {
    const sent = report();
    const before = await h.log.endOffsets(TOPICS.reports);
    const viaHttp = (await (await fetch(`${h.baseUrl}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(sent) })).json()) as { status: string; position: LogPosition };
    expect(viaHttp.status).toBe('accepted');
    const rejectedBefore = (await rejectedRecords(0)).length;
    // Same key, so kcat puts both in one partition: once the marker is rejected, the report before it was handled.
    await publish('same-key', JSON.stringify(sent));
    await publish('same-key', '{"marker":');
    await rejectedRecords(rejectedBefore + 1);
    const records = await readRange(h.log, TOPICS.reports, before, await h.log.endOffsets(TOPICS.reports));
    const ours = records.filter((r) => r.headers.ce_id === reportIdOf(sent));
    expect(ours.map((r) => ({ partition: r.partition, offset: r.offset }))).toEqual([viaHttp.position]);
  });
});
