import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { generateApiKey } from '@sitrep/db';
import { KafkaReportLog } from '@sitrep/kafka';
import {
  auditLog,
  buildSitrep,
  countRebalances,
  describeWithKafkaAndPostgres,
  driveIngest,
  FleetChaos,
  freePort,
  logVerdict,
  parseOwnershipEvents,
  reportFeed,
  SeededRandom,
  SitrepFleet,
  startDedicatedKafka,
  startWebhookSink,
  summarizeWarnings,
  type ChaosRole,
  type DedicatedKafka,
  type WebhookSink,
} from '@sitrep/testing';
import { setUpAlerting } from './testing/alerting-setup';
import { startDedicatedPostgres, type DedicatedPostgres } from './testing/dedicated-postgres';
import { auditNotifications } from './testing/notification-audit';
import { ProjectionProgress } from './testing/projection-progress';
import { compareWithRebuild } from './testing/read-model-verdict';
import { scaledEnv } from './testing/scaled-env';
import { settle } from './testing/settle';

const FULL = process.env.SITREP_FULL_SCALE === '1';
const REPORTS = FULL ? 100_000 : 5_000;
const MIN_REBALANCES = 10;
const ROLES = {
  ingest: { service: 'ingest-api', prefix: 'ingest', min: 1, max: 2 },
  processor: { service: 'stream-processor', prefix: 'processor', min: 1, max: 3 },
  dispatcher: { service: 'webhook-dispatcher', prefix: 'dispatcher', min: 1, max: 2 },
  alerts: { service: 'alert-engine', prefix: 'alerts', min: 1, max: 2 },
} satisfies Record<string, ChaosRole>;

// Scale-out under churn: 2 ingest, 3 processors, 2 dispatchers and 2 alert engines, on a Kafka
// broker and a PostgreSQL of the suite's own, while reports arrive over HTTP round-robin and
// instances are stopped (SIGTERM), killed (SIGKILL), frozen past their session timeout (SIGSTOP)
// and started again. Nothing acknowledged may be lost or doubled, and the read models must equal a
// clean rebuild.
describeWithKafkaAndPostgres(`scale-out under churn (${REPORTS} reports${FULL ? '' : '; SITREP_FULL_SCALE=1 for 100,000'})`, () => {
  const apiKey = generateApiKey();
  const random = SeededRandom.fromEnv();
  let kafka: DedicatedKafka;
  let pg: DedicatedPostgres;
  let sink: WebhookSink;
  let fleet: SitrepFleet;
  let progress: ProjectionProgress;

  beforeAll(async () => {
    process.stdout.write(`[scale-out] seed ${random.seed} (replay with SITREP_SEED=${random.seed})\n`);
    buildSitrep();
    [kafka, pg, sink] = await Promise.all([startDedicatedKafka(), freePort().then(startDedicatedPostgres), startWebhookSink()]);
    const url = await pg.createDatabase('sitrep');
    fleet = new SitrepFleet({ env: scaledEnv(url, kafka.brokers, apiKey), watch: { fenced: /another instance owns it now/ } });
    progress = await ProjectionProgress.open(url);
  }, 600_000);
  afterAll(async () => {
    if (fleet) process.stdout.write(`[scale-out] what the members logged at warn or above:\n${summarizeWarnings(fleet.memberLogs())}\n`);
    await fleet?.stopAll();
    await progress?.close();
    await sink?.close();
    await kafka?.stop();
    await pg?.stop();
    process.stdout.write(`[scale-out] instance logs: ${fleet?.logDir}\n`);
  }, 180_000);

  it(`keeps every acknowledged report on the log exactly once and the read models equal to a clean rebuild, through at least ${MIN_REBALANCES} rebalances`, async () => {
    const chaos = new FleetChaos(fleet, random, (line) => process.stdout.write(`${line}\n`));
    const counts: Array<[ChaosRole, number]> = [[ROLES.ingest, 2], [ROLES.processor, 3], [ROLES.dispatcher, 2], [ROLES.alerts, 2]];
    await Promise.all(counts.flatMap(([role, n]) => Array.from({ length: n }, () => chaos.start(role, true))));
    const first = (service: string) => fleet.members(service)[0].baseUrl;
    await setUpAlerting(first('webhook-dispatcher'), first('alert-engine'), sink.url, apiKey);

    const feed = reportFeed(REPORTS, random.seed, `scale-out-${random.seed}`);
    let ingested = false;
    // Paced in CI so that the churn below happens while reports are still arriving.
    const driving = driveIngest(feed, {
      targets: () => fleet.members('ingest-api').map((m) => m.baseUrl), apiKey, batchSize: FULL ? 100 : 40, concurrency: 2, paceMs: FULL ? 0 : 300, giveUpAfterMs: 180_000,
    }).finally(() => (ingested = true));
    const deadline = Date.now() + (FULL ? 3_600_000 : 300_000);
    const rebalances = () => countRebalances(parseOwnershipEvents(fleet.logs(/processor/)), 'sitrep-stream-processor');
    while ((!ingested || rebalances() < MIN_REBALANCES) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, random.int(500, 2_000)));
      const roll = random.next();
      if (roll < 0.6) await chaos.resize(ROLES.processor);
      else if (roll < 0.68) await chaos.pause(ROLES.processor, 8_000);
      else if (roll < 0.78) await chaos.replace(ROLES.ingest);
      else if (roll < 0.89) await chaos.replace(ROLES.dispatcher);
      else await chaos.replace(ROLES.alerts);
    }
    const { outcomes, responses } = await driving;
    while (fleet.members('stream-processor').length < 3) await chaos.start(ROLES.processor, true);
    const settled = await settle(progress, () => first('stream-processor'), apiKey);

    const log = new KafkaReportLog({ brokers: [kafka.brokers], clientId: 'scale-out-audit', logger: () => undefined });
    const verdict = logVerdict(feed, outcomes, await auditLog(log, 'sitrep.reports.v1').finally(() => log.close()));
    const models = await compareWithRebuild(progress, first('stream-processor'), apiKey);
    const notifications = await auditNotifications(progress, sink.hits);
    const summary = {
      seed: random.seed, reports: REPORTS, responses, verdict: { ...verdict, lost: verdict.lost.length, duplicated: verdict.duplicated.length, refusedButRecorded: verdict.refusedButRecorded.length },
      rebalances: rebalances(), processorChanges: chaos.changes('stream-processor'), sigkills: chaos.count('sigkill'), sigterms: chaos.count('sigterm'), pauses: chaos.count('pause'),
      fencedBatches: fleet.counts.fenced, settled, readModels: { differing: models.differing, incidents: models.liveChecksums.incident?.rows }, notifications,
    };
    process.stdout.write(`[scale-out] ${JSON.stringify(summary, null, 1)}\n`);

    expect(verdict.lost).toEqual([]);
    expect(verdict.duplicated).toEqual([]);
    expect(verdict.refusedButRecorded).toEqual([]);
    expect(verdict.exactlyOnce).toBe(verdict.acknowledged);
    expect(verdict.acknowledged).toBeGreaterThan(REPORTS * 0.95);
    expect(models.differing).toEqual([]);
    expect(notifications.problems).toEqual([]);
    expect(notifications.notifications).toBeGreaterThan(0);
    expect(summary.rebalances).toBeGreaterThanOrEqual(MIN_REBALANCES);
    expect(chaos.actions.filter((a) => a.kind === 'sigterm').map((a) => a.note)).toEqual(chaos.actions.filter((a) => a.kind === 'sigterm').map(() => 'exit 0'));
  }, FULL ? 5_400_000 : 900_000);
});
