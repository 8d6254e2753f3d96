import { afterEach, beforeEach, expect, it } from '@jest/globals';
import type { ReportLog } from '@sitrep/contracts';
import { createScratchDatabase, IncidentProjectionStore, readModelChecksums, type ScratchDatabase } from '@sitrep/db';
import { describeWithKafkaAndPostgres, kafkaBrokers, testDatabaseUrl } from '@sitrep/testing';
import { ensureTestTopics, openLog, startProcessorHarness, testSettings, waitUntilProjected, type ProcessorHarness } from '../testing/processor.harness';
import { appendRecorded, scenarioHistory } from '../testing/scenario-history';
import { waitFor } from '../testing/wait-for';

describeWithKafkaAndPostgres.each(['kafka', 'embedded'] as const)('a processor killed mid-batch on the %s log', (kind) => {
  let db: ScratchDatabase;
  let appender: ReportLog;
  const harnesses: ProcessorHarness[] = [];

  beforeEach(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
    appender = openLog(kind, kafkaBrokers(), db.dataSource, 'appender');
  });
  afterEach(async () => {
    for (const h of harnesses.splice(0)) await h.close().catch(() => undefined);
    await appender.close();
    await db.drop();
  });

  it('is resumed by the next instance from what it committed, ending row-identical to a clean rebuild from offset 0', async () => {
    const settings = testSettings('crash', { maxBatchSize: 15, switchGraceMs: 600_000 });
    await ensureTestTopics(appender, settings);
    const history = scenarioHistory(60);
    await appendRecorded(appender, settings.topic, history);
    const store = new IncidentProjectionStore(db.dataSource);
    const applied = async () => [...(await store.storedPositions('rm_1', settings.topic, [0, 1, 2])).values()].reduce((n, o) => n + Number(o), 0);

    const doomed = await startProcessorHarness({ log: kind, brokers: kafkaBrokers(), db, settings });
    harnesses.push(doomed);
    await waitFor('some batches committed', async () => (await applied()) >= 30);
    // Hold the next batch mid-transaction: its incidents and versions are written, its activity
    // upsert waits on this lock. Then kill the instance right there.
    const blocker = db.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE rm_1.actor_activity_daily IN EXCLUSIVE MODE');
    await waitFor('a batch stuck inside its transaction', async () => {
      const waiting: unknown[] = await db.dataSource.query(
        `SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock' AND state = 'active'`,
        [doomed.applicationName],
      );
      return waiting.length > 0;
    });
    const committedAtKill = await applied();
    await db.dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [doomed.applicationName]);
    await blocker.rollbackTransaction();
    await blocker.release();
    await doomed.crash();
    expect(committedAtKill).toBeLessThan(history.length);

    const successor = await startProcessorHarness({ log: kind, brokers: kafkaBrokers(), db, settings });
    harnesses.push(successor);
    await waitUntilProjected(db.dataSource, appender, 'rm_1', settings.topic);
    const recovered = await readModelChecksums(db.dataSource, 'rm_1');

    const started = await fetch(`${successor.baseUrl}/v1/admin/rebuild`, { method: 'POST' });
    expect(started.status).toBe(202);
    expect(await started.json()).toMatchObject({ buildingSchema: 'rm_2', liveSchema: 'rm_1' });
    await waitFor('the rebuild to switch', async () => {
      const status = (await (await fetch(`${successor.baseUrl}/v1/admin/rebuild`)).json()) as { liveSchema: string; state: string };
      return status.liveSchema === 'rm_2' && status.state === 'idle';
    });
    expect(await readModelChecksums(db.dataSource, 'rm_2')).toEqual(recovered);
    expect(recovered.incident.rows).toBe(60);
    expect(recovered.projection_position.rows).toBe(3);
    expect(recovered.incident_version.rows).toBe(history.length);
  });
});
