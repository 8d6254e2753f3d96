import { afterEach, beforeEach, expect, it } from '@jest/globals';
import type { ReportLog } from '@sitrep/contracts';
import { createScratchDatabase, readModelChecksums, type ScratchDatabase } from '@sitrep/db';
import { describeWithKafkaAndPostgres, kafkaBrokers, testDatabaseUrl } from '@sitrep/testing';
import { ensureTestTopics, openLog, startProcessorHarness, testSettings, waitUntilProjected, type ProcessorHarness } from '../testing/processor.harness';
import { appendRecorded, scenarioHistory } from '../testing/scenario-history';
import { waitFor } from '../testing/wait-for';

const PARTITIONS = [0, 1, 2];
type Session = ReturnType<ScratchDatabase['dataSource']['createQueryRunner']>;

// Batches of different partitions now run at once (partitionsConsumedConcurrently), so a batch
// can lose a deadlock to another transaction. PostgreSQL then aborts it with 40P01: the batch must
// be delivered again and applied once, never dead-lettered as if its records were poison.
describeWithKafkaAndPostgres.each(['kafka', 'embedded'] as const)('a batch that loses a deadlock on the %s log', (kind) => {
  let db: ScratchDatabase;
  let appender: ReportLog;
  const sessions: Session[] = [];
  const harnesses: ProcessorHarness[] = [];

  beforeEach(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
    appender = openLog(kind, kafkaBrokers(), db.dataSource, 'deadlock-appender');
  });
  afterEach(async () => {
    for (const open of sessions.splice(0)) {
      if (open.isTransactionActive) await open.rollbackTransaction().catch(() => undefined);
      await open.release();
    }
    for (const h of harnesses.splice(0)) await h.close().catch(() => undefined);
    await appender.close();
    await db.drop();
  });

  /** A connection of the test's own, inside a transaction. */
  async function session(): Promise<Session> {
    const opened = db.dataSource.createQueryRunner();
    sessions.push(opened);
    await opened.connect();
    await opened.startTransaction();
    return opened;
  }
  const pidOf = async (s: Session) => Number((await s.query('SELECT pg_backend_pid() AS pid'))[0].pid);
  const blockedPids = async (pid: number): Promise<number[]> => (await db.dataSource.query('SELECT pg_blocking_pids($1) AS pids', [pid]))[0].pids;
  async function isBlockedBy(applicationName: string, s: Session): Promise<boolean> {
    const pid = await pidOf(s);
    const rows: unknown[] = await db.dataSource.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND $2 = ANY(pg_blocking_pids(pid))`, [applicationName, pid]);
    return rows.length > 0;
  }
  const deadlocks = async () => Number((await db.dataSource.query(`SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()`))[0].deadlocks);

  it('is delivered again and applied exactly once, with nothing dead-lettered', async () => {
    const settings = testSettings('deadlock', { maxBatchSize: 15, switchGraceMs: 600_000 });
    await ensureTestTopics(appender, settings);
    const history = scenarioHistory(30, '2022-03-01', 'dl');
    await appendRecorded(appender, settings.topic, history);
    // Position rows exist up front, so the processor's batches lock them rather than insert them.
    await db.dataSource.query(
      `INSERT INTO rm_1.projection_position (topic, partition, next_offset) SELECT $1, p, 0 FROM unnest($2::int[]) AS p ON CONFLICT DO NOTHING`,
      [settings.topic, PARTITIONS],
    );
    const before = await deadlocks();

    // The cycle, built so that the processor's batch is the transaction that starts waiting last
    // (PostgreSQL's detector runs deadlock_timeout after a wait begins, in the waiting backend):
    // `holder` keeps partition 0's position row, `blocker` the activity table; the processor's
    // batch of partition 0 queues for the row, then `blocker` queues behind it; `holder` lets go,
    // the batch gets the row and goes on to wait for the activity table: batch → blocker → batch.
    const holder = await session();
    await holder.query(`SELECT 1 FROM rm_1.projection_position WHERE topic = $1 AND partition = 0 FOR UPDATE`, [settings.topic]);
    const blocker = await session();
    // Asked now: once its FOR UPDATE is queued, its connection answers nothing else.
    const blockerPid = await pidOf(blocker);
    await blocker.query(`SET LOCAL deadlock_timeout = '20s'`);
    await blocker.query('LOCK TABLE rm_1.actor_activity_daily IN EXCLUSIVE MODE');
    const processor = await startProcessorHarness({ log: kind, brokers: kafkaBrokers(), db, settings });
    harnesses.push(processor);
    await waitFor('the batch of partition 0 queued behind holder', () => isBlockedBy(processor.applicationName, holder));
    const blockerGotRow = blocker.query(`SELECT 1 FROM rm_1.projection_position WHERE topic = $1 AND partition = 0 FOR UPDATE`, [settings.topic]).then(
      () => 'got the row',
      (error: unknown) => String(error),
    );
    await waitFor('blocker queued for the row too', async () => (await blockedPids(blockerPid)).length > 0);
    await holder.commitTransaction();
    // Resolves once PostgreSQL aborted the batch (blocker's own detector would wait 20 s).
    expect(await blockerGotRow).toBe('got the row');
    await blocker.rollbackTransaction();

    await waitUntilProjected(db.dataSource, appender, 'rm_1', settings.topic, 60_000);
    await waitFor('the deadlock counted', async () => (await deadlocks()) > before);
    const model = await readModelChecksums(db.dataSource, 'rm_1');
    expect(model.incident.rows).toBe(30);
    expect(model.incident_version.rows).toBe(history.length);
    expect(await appender.endOffsets(settings.deadLetterTopic)).toEqual(new Map([[0, '0']]));
  }, 120_000);
});
