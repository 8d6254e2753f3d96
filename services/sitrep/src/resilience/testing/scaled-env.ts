import { randomBytes } from 'node:crypto';

/** The environment of every Sitrep process of a resilience suite: scaled mode on its own broker and database. */
export function scaledEnv(databaseUrl: string, brokers: string, apiKey: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    SITREP_MODE: 'scaled',
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: brokers,
    SITREP_API_KEY: apiKey,
    SITREP_RATE_LIMIT_PER_MINUTE: '0',
    SITREP_SECRETS_KEY: SECRETS_KEY,
    SITREP_WEBHOOK_ALLOW: '127.0.0.1',
    // The broker's floor: a killed or paused instance's partitions move after 6 s, not 30.
    SITREP_KAFKA_SESSION_TIMEOUT_MS: '6000',
    KAFKAJS_NO_PARTITIONER_WARNING: '1',
    LOG_LEVEL: 'info',
    ...extra,
  };
}

/** One per test process: every dispatcher of a suite must seal and open endpoint secrets alike. */
const SECRETS_KEY = randomBytes(32).toString('base64');
