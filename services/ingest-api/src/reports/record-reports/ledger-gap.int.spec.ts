import { afterAll, afterEach, beforeAll, expect, it } from '@jest/globals';
import { exampleSubmission, LogUnavailableError, TOPICS, type LogPosition, type ReportLog } from '@sitrep/contracts';
import { describeWithKafkaAndPostgres, startDedicatedKafka, testDatabaseUrl, type DedicatedKafka } from '@sitrep/testing';
import { startIngestHarness, type IngestHarness } from '../../testing/ingest.harness';

const STALE_SECONDS = 2;

/** A log whose first append goes through, after which its process "dies": the caller never hears back. */
function dyingAfterAppend(log: ReportLog): { log: ReportLog; appended: Promise<LogPosition[]> } {
  let appended: (positions: LogPosition[]) => void = () => undefined;
  const done = new Promise<LogPosition[]>((resolve) => (appended = resolve));
  const wrapped = Object.create(log) as ReportLog;
  wrapped.append = async (topic, records) => {
    appended(await log.append(topic, records));
    return new Promise<LogPosition[]>(() => undefined);
  };
  return { log: wrapped, appended: done };
}

/** A log whose first append is written but answered with a timeout, as when an acknowledgement is lost. */
function losingTheAnswer(log: ReportLog): ReportLog {
  let lost = false;
  const wrapped = Object.create(log) as ReportLog;
  wrapped.append = async (topic, records) => {
    const positions = await log.append(topic, records);
    if (lost) return positions;
    lost = true;
    throw new LogUnavailableError('the broker did not acknowledge the append in time');
  };
  return wrapped;
}

async function post(h: IngestHarness, body: unknown, signal?: AbortSignal): Promise<{ status: number; json: { status?: string; reportId?: string; position?: LogPosition } }> {
  const response = await fetch(`${h.baseUrl}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal });
  return { status: response.status, json: (await response.json()) as { status?: string; position?: LogPosition } };
}

// The known window of the ledger: claim, append, mark. An ingest that dies after the append and
// before the mark leaves a claim that looks abandoned; whoever takes it over must not append again.
// On a broker of its own: ingest writes the real log topic, which other suites on 9092 count.
describeWithKafkaAndPostgres.each(['kafka', 'embedded'] as const)('an ingest that dies between its append and its mark (%s log)', (mode) => {
  const harnesses: IngestHarness[] = [];
  const abort = new AbortController();
  let kafka: DedicatedKafka | undefined;
  const kafkaBrokers = () => (kafka ? [kafka.brokers] : []);
  beforeAll(async () => {
    if (mode === 'kafka') kafka = await startDedicatedKafka();
  }, 180_000);
  afterAll(() => kafka?.stop(), 60_000);
  afterEach(async () => {
    abort.abort();
    for (const h of harnesses.splice(0).reverse()) await h.close().catch(() => undefined);
  });

  it('leaves the report on the log once: the retry that takes the stale claim over finds the first append and keeps it', async () => {
    let dying: ReturnType<typeof dyingAfterAppend> | undefined;
    const options = { log: mode, brokers: kafkaBrokers(), databaseServerUrl: testDatabaseUrl(), staleClaimSeconds: STALE_SECONDS };
    const doomed = await startIngestHarness({ ...options, wrapLog: (log) => (dying = dyingAfterAppend(log)).log });
    harnesses.push(doomed);
    const survivor = await startIngestHarness({ ...options, db: doomed.db });
    harnesses.push(survivor);
    const report = { ...exampleSubmission(), nativeId: `ledger-gap-${mode}-${Date.now()}-${process.pid}` };

    void post(doomed, report, abort.signal).catch(() => undefined);
    const [first] = await dying!.appended;
    // Within the stale age the claim is someone else's append in flight: retry later.
    expect((await post(survivor, report)).status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, STALE_SECONDS * 1000 + 500));

    const retried = await post(survivor, report);
    expect(retried).toEqual({ status: 202, json: expect.objectContaining({ status: 'duplicate', position: first }) });
    expect((await post(survivor, report)).json).toMatchObject({ status: 'duplicate', position: first });
    const copies: string[] = [];
    await survivor.log.scanPartition(TOPICS.reports, first.partition, first.offset, (record) => {
      if (record.headers.ce_id === retried.json.reportId) copies.push(record.offset);
    });
    expect(copies).toEqual([first.offset]);
  }, 60_000);

  it('keeps the claim of an append that got no answer, and the retry after the stale age finds it instead of appending again', async () => {
    const h = await startIngestHarness({ log: mode, brokers: kafkaBrokers(), databaseServerUrl: testDatabaseUrl(), staleClaimSeconds: STALE_SECONDS, wrapLog: losingTheAnswer });
    harnesses.push(h);
    const report = { ...exampleSubmission(), nativeId: `lost-answer-${mode}-${Date.now()}-${process.pid}` };
    const before = await h.log.endOffsets(TOPICS.reports);

    expect((await post(h, report)).status).toBe(503);
    expect((await post(h, report)).status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, STALE_SECONDS * 1000 + 500));
    const retried = await post(h, report);
    expect(retried.json.status).toBe('duplicate');
    const { partition, offset } = retried.json.position as LogPosition;
    expect(BigInt(offset)).toBeGreaterThanOrEqual(BigInt(before.get(partition) ?? '0'));
    const copies: string[] = [];
    await h.log.scanPartition(TOPICS.reports, partition, before.get(partition) ?? '0', (record) => {
      if (record.headers.ce_id === retried.json.reportId) copies.push(record.offset);
    });
    expect(copies).toEqual([offset]);
  }, 60_000);
});
