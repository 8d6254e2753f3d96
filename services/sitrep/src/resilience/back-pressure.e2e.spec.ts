import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { generateApiKey } from '@sitrep/db';
import { KafkaReportLog } from '@sitrep/kafka';
import {
  auditLog,
  buildSitrep,
  describeWithKafkaAndPostgres,
  driveIngest,
  freePort,
  logVerdict,
  metricSamples,
  parseOwnershipEvents,
  pollUntil,
  reportFeed,
  rssMiB,
  samplePeak,
  SeededRandom,
  SitrepFleet,
  startDedicatedKafka,
  startWebhookSink,
  summarizeWarnings,
  type DedicatedKafka,
  type FedReport,
  type ItemOutcome,
  type WebhookSink,
} from '@sitrep/testing';
import { setUpAlerting } from './testing/alerting-setup';
import { startDedicatedPostgres, type DedicatedPostgres } from './testing/dedicated-postgres';
import { auditNotifications } from './testing/notification-audit';
import { ProjectionProgress } from './testing/projection-progress';
import { compareWithRebuild } from './testing/read-model-verdict';
import { scaledEnv } from './testing/scaled-env';
import { readPartitions, settle, type PartitionsAtRest } from './testing/settle';

const REPORTS_PER_PHASE = 3_000;
/** Generous: a process that buffered what it cannot write yet would blow through it; figures are printed. */
const RSS_LIMIT_MIB = 600;
/**
 * Seconds a trigger sleeps on every incident row the processors write: enough that a 500-record
 * chunk outlasts the suite's 6 s Kafka session (it did evict members before they heartbeat while working).
 */
const SLOW_ROW_S = 0.05;
/** Well inside each test's 600 s, so that a pipeline that does not settle fails with what settle last saw. */
const SETTLE_MS = 400_000;

// Back-pressure: PostgreSQL slowed down for the processors (a trigger sleeps on every incident
// row), then a webhook receiver that answers after 3 s. Nothing is dropped, memory stays bounded,
// and the backlog is visible in /metrics while it lasts. The seed is in the name: a failure in CI
// says how to replay it (SITREP_SEED).
const random = SeededRandom.fromEnv();
describeWithKafkaAndPostgres(`back-pressure (seed ${random.seed}): a slow PostgreSQL and a slow webhook receiver`, () => {
  const apiKey = generateApiKey();
  let kafka: DedicatedKafka;
  let pg: DedicatedPostgres;
  let sink: WebhookSink;
  let fleet: SitrepFleet;
  let progress: ProjectionProgress;
  const fed: FedReport[] = [];
  const outcomes: ItemOutcome[] = [];
  const say = (line: string) => process.stdout.write(`[back-pressure] ${line}\n`);

  beforeAll(async () => {
    say(`seed ${random.seed}`);
    buildSitrep();
    [kafka, pg, sink] = await Promise.all([startDedicatedKafka(), freePort().then(startDedicatedPostgres), startWebhookSink()]);
    const url = await pg.createDatabase('sitrep');
    fleet = new SitrepFleet({ env: scaledEnv(url, kafka.brokers, apiKey, { LOG_LEVEL: 'warn' }) });
    progress = await ProjectionProgress.open(url);
    const starts: Array<[string, string]> = [['ingest-api', 'ingest-1'], ['stream-processor', 'processor-1'], ['stream-processor', 'processor-2'], ['webhook-dispatcher', 'dispatcher-1'], ['alert-engine', 'alerts-1']];
    // Processors log at info: their assignments and revocations are what the first test reads.
    await Promise.all(starts.map(([service, id]) => fleet.start(service, id, { ready: true, env: service === 'stream-processor' ? { LOG_LEVEL: 'info' } : {} })));
    await setUpAlerting(fleet.member('dispatcher-1').baseUrl, fleet.member('alerts-1').baseUrl, sink.url, apiKey);
    const bothOwn = (p: PartitionsAtRest | string) => typeof p !== 'string' && Object.keys(p.owners).length === 2;
    await pollUntil('both processors to own partitions', () => readPartitions(fleet.member('processor-1').baseUrl, apiKey), bothOwn, 120_000, 250);
  }, 600_000);
  afterAll(async () => {
    if (fleet) say(`what processors and dispatcher logged at warn or above:\n${summarizeWarnings(fleet.memberLogs(/processor|dispatcher/))}`);
    await fleet?.stopAll();
    await progress?.close();
    await sink?.close();
    await kafka?.stop();
    await pg?.stop();
  }, 180_000);

  /** Ingests one more part of the feed; every report must be acknowledged (nothing refused for being slow). */
  async function ingest(part: number): Promise<void> {
    const feed = reportFeed(REPORTS_PER_PHASE, random.seed + part, `bp-${part}-${random.seed}`, 400);
    const { outcomes: got } = await driveIngest(feed, { targets: () => [fleet.member('ingest-1').baseUrl], apiKey, batchSize: 100, concurrency: 2, giveUpAfterMs: 120_000 });
    fed.push(...feed.map((r) => ({ ...r, index: fed.length + r.index })));
    outcomes.push(...got);
  }

  /** The sum of a gauge over a process's /metrics, sampled until `stop` resolves; the highest seen. */
  async function peakMetric(url: string, name: string, stop: Promise<unknown>): Promise<number> {
    let peak = 0;
    let done = false;
    void stop.finally(() => (done = true));
    while (!done) {
      const text = await fetch(`${url}/metrics`).then((r) => r.text(), () => '');
      peak = Math.max(peak, metricSamples(text, name).reduce((sum, s) => sum + s.value, 0));
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return peak;
  }

  /** Ingests part `part` while sampling a gauge on `url`, until `tailMs` after the last report; the peak seen. */
  async function ingestWatching(part: number, url: string, name: string, tailMs: number): Promise<number> {
    const ingested = ingest(part);
    const peak = peakMetric(url, name, ingested.then(() => new Promise((resolve) => setTimeout(resolve, tailMs))));
    await ingested;
    return peak;
  }

  it('slow PostgreSQL writes: the lag shows in /metrics, no processor loses its partitions, memory stays bounded, and everything is projected once the database recovers', async () => {
    const slowFrom = Date.now();
    await progress.query(`CREATE FUNCTION bp_slow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(${SLOW_ROW_S}); RETURN NEW; END $$`);
    await progress.query(`CREATE TRIGGER bp_slow BEFORE INSERT OR UPDATE ON rm_1.incident FOR EACH ROW EXECUTE FUNCTION bp_slow()`);
    const rss = fleet.members('stream-processor').map((m) => samplePeak(() => rssMiB(m.child.pid)));
    let lag: number;
    try {
      lag = await ingestWatching(1, fleet.member('processor-1').baseUrl, 'sitrep_projection_lag_records', 3_000);
    } finally {
      // Whatever happened, the later tests run against a database at full speed.
      await progress.query(`DROP TRIGGER IF EXISTS bp_slow ON rm_1.incident`);
    }
    const slowTo = Date.now();
    await settle(progress, () => fleet.member('processor-1').baseUrl, apiKey, SETTLE_MS);
    const peaks = rss.map((s) => s.stop().peak);
    const revoked = parseOwnershipEvents(fleet.logs(/processor/)).filter((e) => e.groupId === 'sitrep-stream-processor' && e.kind === 'revoked' && e.at >= slowFrom && e.at <= slowTo);
    say(`slow PostgreSQL: peak lag in /metrics ${lag} records; ${revoked.length} revocations while slow; processor peak RSS ${peaks.map((p) => `${p.toFixed(0)} MiB`).join(', ')}`);
    expect(lag).toBeGreaterThan(0);
    // A chunk outlasts the 6 s session here; the member heartbeats while it works, so the group does not move it.
    expect(revoked).toEqual([]);
    for (const peak of peaks) expect(peak).toBeLessThan(RSS_LIMIT_MIB);
  }, 600_000);

  it('a slow webhook receiver: the queue shows in /metrics, dispatcher memory stays bounded, and every notification is delivered, none twice as new', async () => {
    sink.delayMs = 3_000;
    const rss = samplePeak(() => rssMiB(fleet.member('dispatcher-1').child.pid));
    const waiting = samplePeak(() => sink.waiting());
    let queue: number;
    let waitingPeak: number;
    try {
      queue = await ingestWatching(2, fleet.member('dispatcher-1').baseUrl, 'sitrep_webhook_queue_depth', 10_000);
      waitingPeak = waiting.stop().peak;
    } finally {
      sink.delayMs = 0;
    }
    await settle(progress, () => fleet.member('processor-1').baseUrl, apiKey, SETTLE_MS);
    const peak = rss.stop().peak;
    const notifications = await auditNotifications(progress, sink.hits);
    say(`slow receiver: peak queue depth ${queue}, up to ${waitingPeak} sends waiting on the receiver at once; dispatcher peak RSS ${peak.toFixed(0)} MiB; ${JSON.stringify(notifications)}`);
    expect(queue).toBeGreaterThan(0);
    expect(peak).toBeLessThan(RSS_LIMIT_MIB);
    expect(notifications.problems).toEqual([]);
    expect(notifications.notifications).toBeGreaterThan(0);
  }, 600_000);

  it('dropped nothing: every acknowledged report on the log exactly once, read models equal to a clean rebuild', async () => {
    const log = new KafkaReportLog({ brokers: [kafka.brokers], clientId: 'back-pressure-audit', logger: () => undefined });
    const verdict = logVerdict(fed, outcomes, await auditLog(log, 'sitrep.reports.v1').finally(() => log.close()));
    const models = await compareWithRebuild(progress, fleet.member('processor-1').baseUrl, apiKey);
    say(`log: ${JSON.stringify({ ...verdict, lost: verdict.lost.length, duplicated: verdict.duplicated.length })}; read models differing: ${JSON.stringify(models.differing)}`);
    expect(verdict.acknowledged).toBeGreaterThan(fed.length * 0.95);
    expect(verdict.exactlyOnce).toBe(verdict.acknowledged);
    expect(verdict.duplicated).toEqual([]);
    expect(models.differing).toEqual([]);
  }, 600_000);
});
