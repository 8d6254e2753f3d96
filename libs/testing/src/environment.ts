import { describe } from '@jest/globals';

/** Set by the Jest global setup: 'up' when the real server is reachable for this run. */
export const kafkaAvailable = (): boolean => process.env.SITREP_TEST_KAFKA_STATE === 'up';
export const postgresAvailable = (): boolean => process.env.SITREP_TEST_PG_STATE === 'up';

export const kafkaBrokers = (): string[] => (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
export const testDatabaseUrl = (): string =>
  process.env.SITREP_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Integration suites run only against real servers. The global setup fails the whole run in CI
 * when a server is missing, so these never skip there.
 */
export const describeWithKafka: typeof describe = (kafkaAvailable() ? describe : describe.skip) as typeof describe;
export const describeWithPostgres: typeof describe = (postgresAvailable() ? describe : describe.skip) as typeof describe;
export const describeWithKafkaAndPostgres: typeof describe = (
  kafkaAvailable() && postgresAvailable() ? describe : describe.skip
) as typeof describe;

/** Unique per run and per call, so parallel or repeated runs never collide. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}
