import type { SitrepConfig } from '@sitrep/config';
import { topicSpecs } from '@sitrep/contracts';
import { createDataSource, postgresProbe, runMigrations } from '@sitrep/db';
import { KafkaReportLog, type KafkaLogger } from '@sitrep/kafka';
import type { Logger as Pino } from 'pino';
import type { Runtime } from './runtime';

/**
 * Kafka + PostgreSQL. Migrations are not run here: in scaled mode they are an explicit step
 * (`sitrep migrate`), so that many instances starting at once never race on the schema.
 */
export async function startScaledRuntime(config: SitrepConfig, logger: Pino): Promise<Runtime> {
  const database = createDataSource({ url: requireSetting(config.databaseUrl, 'DATABASE_URL'), applicationName: `sitrep-${config.instanceId}` });
  await database.initialize();
  const log = new KafkaReportLog({
    brokers: config.kafkaBrokers,
    clientId: `sitrep-${config.instanceId}`,
    logger: kafkaLogger(logger),
    consumer: {
      ...consumerTiming(config.kafkaSessionTimeoutMs),
      maxProcessingMs: config.kafkaMaxProcessingMs,
      partitionsConsumedConcurrently: config.partitionsConsumedConcurrently,
    },
  });
  try {
    await log.ensureTopics(topicSpecs(config.partitions));
  } catch (error) {
    await log.close().catch(() => undefined);
    await database.destroy();
    throw error;
  }
  return {
    mode: 'scaled',
    database,
    log,
    probes: [postgresProbe(database), { name: 'kafka', check: () => log.ping() }],
    stop: async () => {
      await log.close();
      await database.destroy();
    },
  };
}

/** Kafka's lines at their own level: a warning must reach an operator who set LOG_LEVEL=warn. */
function kafkaLogger(logger: Pino): KafkaLogger {
  const kafka = logger.child({ component: 'kafka' });
  return (level, message, extra) => kafka[level](extra ?? {}, message);
}

/** Migrations only: DATABASE_URL, no Kafka. */
export async function migrateScaled(config: SitrepConfig): Promise<string[]> {
  const database = createDataSource({ url: requireSetting(config.databaseUrl, 'DATABASE_URL'), poolSize: 1 });
  await database.initialize();
  try {
    return await runMigrations(database);
  } finally {
    await database.destroy();
  }
}

/**
 * Heartbeats at a tenth of the session, so a few lost ones are not a death sentence; members get
 * at least twice the session to rejoin a rebalance (the Kafka adapter raises it to
 * SITREP_KAFKA_MAX_PROCESSING_MS, so that a member finishing a slow batch is waited for).
 */
function consumerTiming(sessionTimeoutMs: number) {
  return { sessionTimeoutMs, heartbeatIntervalMs: Math.max(300, Math.floor(sessionTimeoutMs / 10)), rebalanceTimeoutMs: 2 * sessionTimeoutMs };
}

function requireSetting<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`${name} is required in scaled mode`);
  return value;
}
