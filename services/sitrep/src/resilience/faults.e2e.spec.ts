import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { generateApiKey } from '@sitrep/db';
import { KafkaReportLog } from '@sitrep/kafka';
import {
  auditLog,
  buildSitrep,
  describeWithKafkaAndPostgres,
  driveIngest,
  FleetChaos,
  freePort,
  logVerdict,
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

const FULL = process.env.SITREP_FULL_FAULTS === '1';
const REPORTS = FULL ? 100_000 : 10_000;
/** Recorded before the processors start (the replay), the rest arrives live during the faults. */
const BACKLOG = Math.floor(REPORTS * 0.6);
const MIN_KILLS = FULL ? 60 : 20;
const ROLES = {
  ingest: { service: 'ingest-api', prefix: 'ingest', min: 1, max: 2 },
  processor: { service: 'stream-processor', prefix: 'processor', min: 1, max: 2 },
  dispatcher: { service: 'webhook-dispatcher', prefix: 'dispatcher', min: 1, max: 2 },
  alerts: { service: 'alert-engine', prefix: 'alerts', min: 1, max: 2 },
} satisfies Record<string, ChaosRole>;
/** Which role the next SIGKILL hits. */
const TARGETS: Array<[ChaosRole, number]> = [[ROLES.processor, 0.35], [ROLES.ingest, 0.25], [ROLES.dispatcher, 0.2], [ROLES.alerts, 0.2]];

// Faults on purpose, on a Kafka broker and a PostgreSQL of the suite's own: during a replay of the
// backlog plus live ingest, SIGKILLs of every kind of service at seeded random moments, a restart of
// the broker and one of PostgreSQL. Afterwards nothing acknowledged is lost or doubled on the log,
// the read models equal a clean rebuild, and every alert reached the receiver, none twice as new.
describeWithKafkaAndPostgres(`faults: SIGKILLs, a Kafka restart and a PostgreSQL restart (${REPORTS} reports${FULL ? '' : '; SITREP_FULL_FAULTS=1 for 100,000'})`, () => {
  const apiKey = generateApiKey();
  const random = SeededRandom.fromEnv();
  let kafka: DedicatedKafka;
  let pg: DedicatedPostgres;
  let sink: WebhookSink;
  let fleet: SitrepFleet;
  let progress: ProjectionProgress;
  let chaos: FleetChaos;
  const say = (line: string) => process.stdout.write(`${line}\n`);

  beforeAll(async () => {
    say(`[faults] seed ${random.seed} (replay with SITREP_SEED=${random.seed})`);
    buildSitrep();
    [kafka, pg, sink] = await Promise.all([startDedicatedKafka(), freePort().then(startDedicatedPostgres), startWebhookSink()]);
    const url = await pg.createDatabase('sitrep');
    fleet = new SitrepFleet({ env: scaledEnv(url, kafka.brokers, apiKey), watch: { fenced: /another instance owns it now/, fatal: /"level":60/ } });
    progress = await ProjectionProgress.open(url);
    chaos = new FleetChaos(fleet, random, say);
  }, 600_000);
  afterAll(async () => {
    if (fleet) say(`[faults] what the members logged at warn or above:\n${summarizeWarnings(fleet.memberLogs(), 6)}`);
    await fleet?.stopAll();
    await progress?.close();
    await sink?.close();
    await kafka?.stop();
    await pg?.stop();
    say(`[faults] instance logs: ${fleet?.logDir}`);
  }, 180_000);

  /** Starts a replacement, waiting out an outage of the broker or the database (a start then fails fast). */
  async function startSurely(role: ChaosRole): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await chaos.start(role, true);
        return;
      } catch (error) {
        if (attempt >= 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
    }
  }

  async function killOne(): Promise<void> {
    let roll = random.next();
    const [role] = TARGETS.find(([, share]) => (roll -= share) < 0) ?? TARGETS[0];
    await chaos.kill(role);
    if (fleet.members(role.service).length < role.max) await startSurely(role);
  }

  it(`loses nothing acknowledged, doubles nothing, and ends with read models equal to a clean rebuild after ${MIN_KILLS}+ SIGKILLs and restarts of Kafka and PostgreSQL`, async () => {
    for (const role of [ROLES.ingest, ROLES.ingest, ROLES.dispatcher, ROLES.dispatcher, ROLES.alerts, ROLES.alerts]) await startSurely(role);
    await setUpAlerting(fleet.members('webhook-dispatcher')[0].baseUrl, fleet.members('alert-engine')[0].baseUrl, sink.url, apiKey);
    const feed = reportFeed(REPORTS, random.seed, `faults-${random.seed}`);
    const drive = (part: typeof feed, batchSize: number, paceMs: number) =>
      driveIngest(part, { targets: () => fleet.members('ingest-api').map((m) => m.baseUrl), apiKey, batchSize, concurrency: 2, paceMs, giveUpAfterMs: 300_000 });
    const backlog = await drive(feed.slice(0, BACKLOG), 100, 0);
    say(`[faults] backlog of ${BACKLOG} recorded; starting the processors (replay) and the live feed`);
    await Promise.all([startSurely(ROLES.processor), startSurely(ROLES.processor)]);

    let liveDone = false;
    // Paced so that the live feed lasts about as long as the faults: the outages hit it too.
    const live = drive(feed.slice(BACKLOG), FULL ? 50 : 20, FULL ? 300 : 400).finally(() => (liveDone = true));
    const kafkaAt = random.int(4, 8);
    const postgresAt = random.int(11, 16);
    const outages: Record<string, number> = {};
    let kills = 0;
    const deadline = Date.now() + (FULL ? 5_400_000 : 420_000);
    while ((kills < MIN_KILLS || !liveDone) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, random.int(300, 1_500)));
      if (kills === kafkaAt && outages.kafka === undefined) {
        say('[chaos] restart the Kafka broker');
        outages.kafka = (await kafka.restart()).seconds;
      }
      if (kills === postgresAt && outages.postgres === undefined) {
        say('[chaos] restart PostgreSQL (fast shutdown: open transactions roll back, every connection is cut)');
        outages.postgres = (await pg.restart()).seconds;
      }
      if (kills % 9 === 5 && chaos.count('pause') < kills / 9) await chaos.pause(ROLES.processor, 8_000);
      await killOne();
      kills += 1;
    }
    const { outcomes: liveOutcomes, responses } = await live;
    for (const [role, n] of [[ROLES.processor, 2], [ROLES.dispatcher, 2], [ROLES.alerts, 1]] as const) while (fleet.members(role.service).length < n) await startSurely(role);
    const settled = await settle(progress, () => fleet.members('stream-processor')[0].baseUrl, apiKey, 900_000);

    const outcomes = [...backlog.outcomes, ...liveOutcomes];
    const log = new KafkaReportLog({ brokers: [kafka.brokers], clientId: 'faults-audit', logger: () => undefined });
    const verdict = logVerdict(feed, outcomes, await auditLog(log, 'sitrep.reports.v1').finally(() => log.close()));
    const models = await compareWithRebuild(progress, fleet.members('stream-processor')[0].baseUrl, apiKey);
    const notifications = await auditNotifications(progress, sink.hits);
    const killsBy = Object.fromEntries(Object.values(ROLES).map((r) => [r.service, chaos.count('sigkill', r.service)]));
    say(`[faults] ${JSON.stringify({
      seed: random.seed, reports: REPORTS, kills, killsBy, pauses: chaos.count('pause'), outages, responses, settled, fencedBatches: fleet.counts.fenced, fatalLines: fleet.counts.fatal,
      verdict: { ...verdict, lost: verdict.lost.length, duplicated: verdict.duplicated.length, refusedButRecorded: verdict.refusedButRecorded.length },
      readModels: { differing: models.differing, incidents: models.liveChecksums.incident?.rows }, notifications,
    }, null, 1)}`);

    expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(Object.keys(outages).sort()).toEqual(['kafka', 'postgres']);
    expect(verdict.lost).toEqual([]);
    expect(verdict.duplicated).toEqual([]);
    expect(verdict.refusedButRecorded).toEqual([]);
    expect(verdict.exactlyOnce).toBe(verdict.acknowledged);
    expect(verdict.acknowledged).toBeGreaterThan(REPORTS * 0.95);
    expect(models.differing).toEqual([]);
    expect(notifications.problems).toEqual([]);
    expect(notifications.notifications).toBeGreaterThan(0);
  }, FULL ? 7_200_000 : 1_200_000);
});
