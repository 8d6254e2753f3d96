import { afterEach, beforeEach, expect, it } from '@jest/globals';
import type { ReportLog } from '@sitrep/contracts';
import { createScratchDatabase, readModelChecksums, type ScratchDatabase } from '@sitrep/db';
import { describeWithKafkaAndPostgres, kafkaBrokers, testDatabaseUrl } from '@sitrep/testing';
import type { Registry } from 'prom-client';
import { BatchGate, type GatePoint } from '../testing/batch-gate';
import { ensureTestTopics, openLog, startProcessorHarness, testSettings, waitUntilProjected, type ProcessorHarness } from '../testing/processor.harness';
import { appendRecorded, scenarioHistory } from '../testing/scenario-history';
import { waitFor } from '../testing/wait-for';

/** A's held batch counts as stuck after this long; until then A heartbeats as a member at work. */
const STUCK_AFTER_MS = 1_000;

const applied = async (registry: Registry) => (await registry.getSingleMetric('sitrep_projection_records_applied_total')?.get())?.values.find((v) => v.labels.read_model === 'live')?.value ?? 0;

// The zombie case on purpose: instance A stalls on a batch until it counts as stuck (past
// maxProcessingMs it stops heartbeating) and past its session timeout, the group gives its
// partitions to B, B moves on; then A wakes up and carries on where it stopped.
describeWithKafkaAndPostgres('a stalled processor (zombie) on the Kafka log', () => {
  let db: ScratchDatabase;
  let appender: ReportLog;
  const harnesses: ProcessorHarness[] = [];
  const releases: Array<() => Promise<unknown>> = [];

  beforeEach(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
    appender = openLog('kafka', kafkaBrokers(), db.dataSource, 'zombie-appender');
  });
  afterEach(async () => {
    for (const release of releases.splice(0)) await release();
    for (const h of harnesses.splice(0)) await h.close().catch(() => undefined);
    await appender.close();
    await db.drop();
  });

  /** A held at `point` on its first batch, B taking its partitions over, B caught up; then A released. */
  async function zombieScenario(point: GatePoint) {
    const settings = testSettings(`zombie_${point.replace('-', '_')}`, { maxBatchSize: 20, switchGraceMs: 600_000 });
    await ensureTestTopics(appender, settings);
    const history = scenarioHistory(40, '2022-01-01', point);
    await appendRecorded(appender, settings.topic, history);
    const gate = new BatchGate();
    const holding = gate.holdNext(point);
    const zombie = await startProcessorHarness({ log: 'kafka', brokers: kafkaBrokers(), db, settings, wrapLog: (log) => gate.wrap(log), maxProcessingMs: STUCK_AFTER_MS });
    harnesses.push(zombie);
    const held = await holding;
    releases.push(held.release);
    const successor = await startProcessorHarness({ log: 'kafka', brokers: kafkaBrokers(), db, settings });
    harnesses.push(successor);
    // B gets every partition only once the group gave up on A (stuck, then its session timed out).
    await waitUntilProjected(db.dataSource, appender, 'rm_1', settings.topic, 60_000);
    await waitFor('B to commit every partition in the group', async () => sameOffsets(await appender.committedOffsets(settings.topic, settings.groupId), await appender.endOffsets(settings.topic)));
    const outcome = await held.release();
    return { settings, history, zombie, successor, held, outcome };
  }

  /** No offset the group committed went backwards (a zombie's stale commit), and all end at the log's end. */
  async function expectCommitsNeverRewound(topic: string, groupId: string, forMs: number) {
    const ends = await appender.endOffsets(topic);
    const deadline = Date.now() + forMs;
    while (Date.now() < deadline) {
      expect(await appender.committedOffsets(topic, groupId)).toEqual(ends);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Every record applied once across both instances, and rows equal to a clean rebuild from offset 0. */
  async function expectExactlyOnce(successor: ProcessorHarness, zombie: ProcessorHarness, records: number) {
    await waitFor('both instances to account for every record', async () => (await applied(zombie.registry)) + (await applied(successor.registry)) === records);
    const live = await readModelChecksums(db.dataSource, 'rm_1');
    expect(live.incident_version.rows).toBe(records);
    expect((await fetch(`${successor.baseUrl}/v1/admin/rebuild`, { method: 'POST' })).status).toBe(202);
    await waitFor('the rebuild to switch', async () => {
      const status = (await (await fetch(`${successor.baseUrl}/v1/admin/rebuild`)).json()) as { liveSchema: string; state: string };
      return status.liveSchema === 'rm_2' && status.state === 'idle';
    });
    expect(await readModelChecksums(db.dataSource, 'rm_2')).toEqual(live);
  }

  it('rejects its late transaction by the compare-and-set position, commits nothing for it, and nothing is applied twice', async () => {
    const { settings, history, zombie, successor, held, outcome } = await zombieScenario('before-apply');
    expect((outcome as Error | undefined)?.name).toBe('ProjectionFencedError');
    expect((outcome as Error).message).toContain(`[${held.batch.partition}]`);
    await expectCommitsNeverRewound(settings.topic, settings.groupId, 3_000);
    // A rejoins as a member in good standing and takes its share of new records.
    const more = scenarioHistory(20, '2023-01-01', 'after-zombie');
    await appendRecorded(appender, settings.topic, more);
    await waitUntilProjected(db.dataSource, appender, 'rm_1', settings.topic);
    await expectExactlyOnce(successor, zombie, history.length + more.length);
  }, 150_000);

  it('paused after its transaction committed: its offset commit is refused, and B started after what A applied', async () => {
    const { settings, history, zombie, successor, held, outcome } = await zombieScenario('after-apply');
    expect(outcome).toBeUndefined();
    // A applied the held batch, and (partitions being consumed concurrently) the batches of its
    // other partitions fetched with it, which did not stall; exactly-once below still holds.
    expect(await applied(zombie.registry)).toBeGreaterThanOrEqual(held.batch.records.length);
    await expectCommitsNeverRewound(settings.topic, settings.groupId, 3_000);
    await expectExactlyOnce(successor, zombie, history.length);
  }, 150_000);
});

function sameOffsets(a: Map<number, string>, b: Map<number, string>): boolean {
  return a.size === b.size && [...b].every(([p, o]) => a.get(p) === o);
}
