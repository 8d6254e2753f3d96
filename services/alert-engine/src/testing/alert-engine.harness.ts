import { Global, Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@sitrep/config';
import { REPORT_LOG, type LogRecord, type ReportLog } from '@sitrep/contracts';
import { createDataSource, DatabaseModule, EmbeddedReportLog, type Database, type ScratchDatabase } from '@sitrep/db';
import { KafkaReportLog } from '@sitrep/kafka';
import { AccessGuard, configureHttp, KEY_VERIFIER, METRICS_REGISTRY, RATE_LIMITER, SITREP_CONFIG, TokenBuckets, type VerifiedKey } from '@sitrep/platform';
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { ALERT_ENGINE_SETTINGS, DEFAULT_ALERT_ENGINE_SETTINGS, type AlertEngineSettings } from '../alert-engine-settings';
import { AlertEngineModule } from '../alert-engine.module';
import { AlertEngine } from '../engine/alert-engine';

export type LogKind = 'kafka' | 'embedded';

export interface AlertEngineHarness {
  baseUrl: string;
  engine: AlertEngine;
  /** This instance's own pool: `application_name` tells its backends apart. */
  database: Database;
  applicationName: string;
  registry: Registry;
  close(): Promise<void>;
  /** Dies as a killed process would: the engine stops where it is, its backends are terminated (a transaction in flight rolls back). */
  crash(): Promise<void>;
}

export interface AlertEngineHarnessOptions {
  log: LogKind;
  brokers: string[];
  db: ScratchDatabase;
  settings: AlertEngineSettings;
  /** API keys the real access guard accepts (`Authorization: Bearer <key>`); none: no guard. */
  keys?: Record<string, VerifiedKey>;
}

let instances = 0;

/** Settings of one test: its own topics and group, millisecond pacing. */
export function testAlertSettings(prefix: string, overrides: Partial<AlertEngineSettings> = {}): AlertEngineSettings {
  const id = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    ...DEFAULT_ALERT_ENGINE_SETTINGS,
    rulesTopic: `rules_${id}`,
    alertsTopic: `alerts_${id}`,
    rulesGroupId: `rules_${id}`,
    pollIntervalMs: 20,
    standbyPollMs: 100,
    retryMs: 100,
    streamPollMs: 100,
    ...overrides,
  };
}

export function openTestLog(kind: LogKind, brokers: string[], database: Database, memberId: string): ReportLog {
  if (kind === 'embedded') return new EmbeddedReportLog(database, { memberId, pollIntervalMs: 10 });
  return new KafkaReportLog({
    brokers, clientId: memberId, logger: () => undefined,
    consumer: { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 300, rebalanceTimeoutMs: 6_000, maxWaitTimeMs: 100, retryInitialMs: 100, retryMaxMs: 1_000 },
  });
}

export async function ensureAlertTopics(log: ReportLog, settings: AlertEngineSettings): Promise<void> {
  await log.ensureTopics([
    { name: settings.rulesTopic, partitions: 1, retentionMs: -1 },
    { name: settings.alertsTopic, partitions: 3, retentionMs: -1 },
  ]);
}

/** The alert engine service in-process, on its own pool and log, over a real PostgreSQL and a real log. */
export async function startAlertEngineHarness(options: AlertEngineHarnessOptions): Promise<AlertEngineHarness> {
  instances += 1;
  const applicationName = `alerts-test-${process.pid}-${instances}`;
  const database = createDataSource({ url: options.db.url, applicationName, poolSize: 10 });
  await database.initialize();
  const log = openTestLog(options.log, options.brokers, database, applicationName);
  const registry = new Registry();
  const moduleRef = await Test.createTestingModule({ imports: [globals(log, registry, options.keys), DatabaseModule.forDataSource(database), AlertEngineModule] })
    .overrideProvider(ALERT_ENGINE_SETTINGS)
    .useValue(options.settings)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: process.env.SITREP_TEST_LOGS ? undefined : false });
  configureHttp(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const engine = app.get(AlertEngine);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    engine,
    database,
    applicationName,
    registry,
    close: async () => {
      await app.close();
      await log.close();
      if (database.isInitialized) await database.destroy();
    },
    crash: async () => {
      engine.abandon();
      await options.db.dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [applicationName]);
      await log.close().catch(() => undefined);
      if (database.isInitialized) await database.destroy().catch(() => undefined);
      await app.close().catch(() => undefined);
    },
  };
}

/** Every record of a topic from offset 0 to its end now, through the port. */
export async function readWholeTopic(log: ReportLog, topic: string, timeoutMs = 30_000): Promise<LogRecord[]> {
  const ends = await log.endOffsets(topic);
  const total = [...ends.values()].reduce((sum, end) => sum + Number(end), 0);
  const records: LogRecord[] = [];
  if (total === 0) return records;
  let done: () => void = () => undefined;
  const complete = new Promise<void>((resolve) => (done = resolve));
  const subscription = await log.subscribe({
    topic,
    groupId: `read_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`,
    storedPositions: async (partitions) => new Map(partitions.map((p) => [p, '0'])),
    handleBatch: async (batch) => {
      records.push(...batch.records.filter((r) => BigInt(r.offset) < BigInt(ends.get(r.partition) ?? '0')));
      if (records.length >= total) done();
    },
  });
  const timer = setTimeout(done, timeoutMs);
  await complete;
  clearTimeout(timer);
  await subscription.stop();
  return records;
}

@Global()
@Module({})
class TestGlobals {}

function globals(log: ReportLog, registry: Registry, keys: AlertEngineHarnessOptions['keys']): DynamicModule {
  const config = loadConfig({ LOG_LEVEL: 'silent' }, 'alerts-test');
  if (!config.ok) throw new Error(config.errors.join('; '));
  const providers: Provider[] = [
    { provide: SITREP_CONFIG, useValue: config.config },
    { provide: REPORT_LOG, useValue: log },
    { provide: METRICS_REGISTRY, useValue: registry },
  ];
  const access: Provider[] = keys === undefined ? [] : [
    { provide: KEY_VERIFIER, useValue: { verify: async (key: string) => keys[key] ?? null } },
    { provide: RATE_LIMITER, useValue: new TokenBuckets(0) },
    { provide: APP_GUARD, useClass: AccessGuard },
  ];
  return { module: TestGlobals, providers: [...providers, ...access], exports: [SITREP_CONFIG, REPORT_LOG, METRICS_REGISTRY] };
}
