import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createScratchDatabase, type ScratchDatabase } from '@sitrep/db';
import { buildSitrep, describeWithKafkaAndPostgres, freePort, kafkaBrokers, SITREP_BUNDLE, spawnSitrep, testDatabaseUrl, waitForOk } from '@sitrep/testing';
import { execFileSync } from 'node:child_process';

// Scaled mode as an operator runs it: `sitrep migrate`, then each service in its own process.
describeWithKafkaAndPostgres('sitrep serve (scaled: Kafka + PostgreSQL, one service per process)', () => {
  let db: ScratchDatabase;
  let env: Record<string, string>;

  beforeAll(async () => {
    buildSitrep();
    db = await createScratchDatabase(testDatabaseUrl(), 'sitrep_scaled');
    await db.dataSource.destroy();
    env = { SITREP_MODE: 'scaled', DATABASE_URL: db.url, KAFKA_BROKERS: kafkaBrokers().join(','), LOG_LEVEL: 'info' };
  }, 120_000);
  afterAll(() => db.drop());

  it('migrates explicitly, then boots ingest, processor and query each ready on Kafka and PostgreSQL, and drains on SIGTERM', async () => {
    const migrated = execFileSync(process.execPath, [SITREP_BUNDLE, 'migrate'], { env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(migrated).toContain('migrations are up to date');

    const processes = [];
    for (const service of ['ingest-api', 'stream-processor', 'query-api']) {
      processes.push(spawnSitrep(['serve', service], { ...env, SITREP_INSTANCE_ID: `e2e-${service}` }, await freePort()));
    }
    for (const proc of processes) {
      // Generous: on a loaded 2-core machine a cold Kafka client plus migrations can take a while.
      await waitForOk(`${proc.baseUrl}/ready`, proc, 180_000);
      const ready = (await (await fetch(`${proc.baseUrl}/ready`)).json()) as { details: unknown };
      expect(ready.details).toMatchObject({ postgresql: { status: 'up' }, kafka: { status: 'up' } });
    }
    for (const proc of processes) proc.child.kill('SIGTERM');
    for (const proc of processes) expect(await proc.exited).toBe(0);
  }, 600_000);
});
