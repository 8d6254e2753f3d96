import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { describeWithPostgres, testDatabaseUrl } from '@sitrep/testing';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-database';
import { notifyOnCommit, PgWakeups, WAKE_CHANNELS, type WakeSubscription } from './pg-wakeups';

const until = async (what: string, condition: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describeWithPostgres('PgWakeups: LISTEN/NOTIFY wake-ups (PostgreSQL)', () => {
  let db: ScratchDatabase;
  let subscription: WakeSubscription | undefined;
  let wakes: number;

  beforeEach(async () => {
    db = await createScratchDatabase(testDatabaseUrl());
    wakes = 0;
    subscription = await new PgWakeups(db.dataSource).listen(WAKE_CHANNELS.alertEngine, () => void wakes++);
    await until('the wake that follows listening', () => wakes === 1);
  });
  afterEach(async () => {
    await subscription?.stop();
    await db.drop();
  });

  it('wakes on a committed transaction only, once per transaction, and only for its channel', async () => {
    await db.dataSource.transaction(async (m) => {
      await notifyOnCommit(m, WAKE_CHANNELS.alertEngine);
      await notifyOnCommit(m, WAKE_CHANNELS.alertEngine);
      await notifyOnCommit(m, WAKE_CHANNELS.webhookOutbox);
    });
    await until('the commit to wake the listener', () => wakes === 2);
    await db.dataSource
      .transaction(async (m) => {
        await notifyOnCommit(m, WAKE_CHANNELS.alertEngine);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    await notifyOnCommit(db.dataSource, WAKE_CHANNELS.webhookOutbox);
    await notifyOnCommit(db.dataSource, WAKE_CHANNELS.alertEngine);
    await until('the next commit on the channel', () => wakes >= 3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(wakes).toBe(3);
  });

  it('listens again after its connection is killed, and wakes once it does (work committed meanwhile is not missed)', async () => {
    await db.dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'`);
    await until('the re-listen wake', () => wakes === 2);
    await notifyOnCommit(db.dataSource, WAKE_CHANNELS.alertEngine);
    await until('a commit after the re-listen', () => wakes === 3);
  });

  it('hears nothing once stopped', async () => {
    const listening = async () => ((await db.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'`)) as Array<{ n: number }>)[0].n;
    expect(await listening()).toBe(1);
    await subscription?.stop();
    subscription = undefined;
    await notifyOnCommit(db.dataSource, WAKE_CHANNELS.alertEngine);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(wakes).toBe(1);
  });
});
