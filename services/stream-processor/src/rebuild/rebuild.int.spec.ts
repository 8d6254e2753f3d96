import { afterEach, beforeEach, expect, it } from '@jest/globals';
import type { ReportLog } from '@sitrep/contracts';
import { createScratchDatabase, type ScratchDatabase } from '@sitrep/db';
import { describeWithKafkaAndPostgres, kafkaBrokers, testDatabaseUrl } from '@sitrep/testing';
import { ensureTestTopics, openLog, startProcessorHarness, testSettings, waitUntilProjected, type ProcessorHarness } from '../testing/processor.harness';
import { appendRecorded, scenarioHistory } from '../testing/scenario-history';
import { waitFor } from '../testing/wait-for';
import type { RebuildStatus } from './rebuild.service';

interface Answer {
  schema: string;
  active: number;
  activity: number;
}

describeWithKafkaAndPostgres.each(['kafka', 'embedded'] as const)('online rebuild on the %s log', (kind) => {
  let db: ScratchDatabase;
  let appender: ReportLog;
  let processor: ProcessorHarness | undefined;

  beforeEach(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
    appender = openLog(kind, kafkaBrokers(), db.dataSource, 'appender');
  });
  afterEach(async () => {
    await processor?.close();
    processor = undefined;
    await appender.close();
    await db.drop();
  });

  /** What the query API would answer: everything from the one schema that is live at that moment. */
  async function askLive(): Promise<Answer> {
    const [{ live_schema: schema }] = await db.dataSource.query(`SELECT live_schema FROM sitrep_read_model WHERE name = 'main'`);
    const [row] = await db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM ${schema}.incident WHERE status = 'active') AS active,
              (SELECT coalesce(sum(incidents), 0)::int FROM ${schema}.actor_activity_daily) AS activity`,
    );
    return { schema, ...row };
  }

  it('replays into a new schema while the live one keeps serving and growing, then switches without going back in time', async () => {
    const settings = testSettings('rebuild', { maxBatchSize: 40, switchGraceMs: 1_500 });
    await ensureTestTopics(appender, settings);
    const past = scenarioHistory(120, '2021-01-01', 'past');
    const arriving = scenarioHistory(40, '2022-06-01', 'new');
    await appendRecorded(appender, settings.topic, past);
    processor = await startProcessorHarness({ log: kind, brokers: kafkaBrokers(), db, settings });
    const h = processor;
    await waitUntilProjected(db.dataSource, appender, 'rm_1', settings.topic);
    const status = async () => (await (await fetch(`${h.baseUrl}/v1/admin/rebuild`)).json()) as RebuildStatus;

    const answers: Answer[] = [];
    let reading = true;
    const reader = (async () => {
      while (reading) answers.push(await askLive());
    })();
    const seen: RebuildStatus[] = [];
    const response = await fetch(`${h.baseUrl}/v1/admin/rebuild`, { method: 'POST' });
    expect(response.status).toBe(202);
    seen.push((await response.json()) as RebuildStatus);
    for (let i = 0; i < arriving.length; i += 8) {
      await appendRecorded(appender, settings.topic, arriving.slice(i, i + 8));
      seen.push(await status());
    }
    await waitFor('the switch to rm_2', async () => (await status()).liveSchema === 'rm_2');
    await appendRecorded(appender, settings.topic, scenarioHistory(1, '2022-09-01', 'after'));
    await waitUntilProjected(db.dataSource, appender, 'rm_2', settings.topic);
    reading = false;
    await reader;

    expect(seen[0]).toMatchObject({ state: 'replaying', liveSchema: 'rm_1', buildingSchema: 'rm_2', runningHere: true });
    expect(seen.some((s) => s.progress !== null && BigInt(s.progress.target) > 0n)).toBe(true);
    expect(await status()).toMatchObject({ state: 'idle', liveSchema: 'rm_2', buildingSchema: null, progress: null, lastSwitch: { from: 'rm_1', to: 'rm_2' } });
    const schemas = answers.map((a) => a.schema);
    expect(schemas[0]).toBe('rm_1');
    expect(schemas.at(-1)).toBe('rm_2');
    expect(schemas.findIndex((s) => s === 'rm_2')).toBe(schemas.lastIndexOf('rm_1') + 1);
    answers.slice(1).forEach((a, i) => {
      expect(a.active).toBeGreaterThanOrEqual(answers[i].active);
      expect(a.activity).toBeGreaterThanOrEqual(answers[i].activity);
    });
    expect(answers.at(-1)).toMatchObject({ schema: 'rm_2', active: 161, activity: 322 });
    await waitFor('the old schema dropped after its grace period', async () => {
      const left: unknown[] = await db.dataSource.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'rm_1'`);
      return left.length === 0;
    });
    const building = await h.registry.getSingleMetric('sitrep_projection_records_applied_total')?.get();
    expect(building?.values.find((v) => v.labels.read_model === 'building')?.value).toBeGreaterThanOrEqual(past.length);
  });
});
