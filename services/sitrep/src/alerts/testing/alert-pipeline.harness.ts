import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { ALERT_ENGINE_SETTINGS, AlertEngine, AlertEngineModule, DEFAULT_ALERT_ENGINE_SETTINGS, type AlertEngineSettings } from '@sitrep/alert-engine';
import { loadConfig } from '@sitrep/config';
import { REPORT_LOG, type ReportLog } from '@sitrep/contracts';
import { createDataSource, DatabaseModule, type ScratchDatabase } from '@sitrep/db';
import { KafkaReportLog } from '@sitrep/kafka';
import { configureHttp, METRICS_REGISTRY, SITREP_CONFIG } from '@sitrep/platform';
import { DEFAULT_PROCESSOR_SETTINGS, PROCESSOR_SETTINGS, StreamProcessorModule, type ProcessorSettings } from '@sitrep/stream-processor';
import { WEBHOOK_SETTINGS, webhookSettingsFrom, WebhookDispatcherModule } from '@sitrep/webhook-dispatcher';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';

/** One test's topics and groups, shared by every process of the pipeline. */
export interface PipelineSettings {
  processor: ProcessorSettings;
  alerts: AlertEngineSettings;
  secretsKey: string;
}

export function pipelineSettings(prefix: string): PipelineSettings {
  const id = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    processor: {
      ...DEFAULT_PROCESSOR_SETTINGS, topic: `reports_${id}`, deadLetterTopic: `dlq_${id}`, groupId: `processor_${id}`, rebuildGroupPrefix: `rebuild_${id}_`,
      maxBatchSize: 5, lagIntervalMs: 200, rebuildCheckIntervalMs: 100, switchGraceMs: 600_000,
    },
    alerts: { ...DEFAULT_ALERT_ENGINE_SETTINGS, rulesTopic: `rules_${id}`, alertsTopic: `alerts_${id}`, rulesGroupId: `rules_${id}`, pollIntervalMs: 20, standbyPollMs: 100, retryMs: 100 },
    secretsKey: randomBytes(32).toString('base64'),
  };
}

export interface SitrepTestProcess {
  baseUrl: string;
  applicationName: string;
  engine?: AlertEngine;
  close(): Promise<void>;
  /** Dies as a killed process would: its backends are terminated (a transaction in flight rolls back), nothing drains. */
  crash(): Promise<void>;
}

const SERVICES = { 'stream-processor': StreamProcessorModule, 'webhook-dispatcher': WebhookDispatcherModule, 'alert-engine': AlertEngineModule } satisfies Record<string, Type>;
let instances = 0;

/** Sitrep services composed in one process over a real PostgreSQL and Kafka, on its own pool and log client. */
export async function startSitrepProcess(services: Array<keyof typeof SERVICES>, db: ScratchDatabase, brokers: string[], settings: PipelineSettings): Promise<SitrepTestProcess> {
  instances += 1;
  const applicationName = `pipeline-test-${process.pid}-${instances}`;
  const database = createDataSource({ url: db.url, applicationName, poolSize: 10 });
  await database.initialize();
  const log = kafkaLog(brokers, applicationName);
  const config = loadConfig({ LOG_LEVEL: 'silent', SITREP_SECRETS_KEY: settings.secretsKey, SITREP_WEBHOOK_ALLOW: '127.0.0.1', SITREP_INSTANCE_ID: applicationName }, applicationName);
  if (!config.ok) throw new Error(config.errors.join('; '));
  const webhooks = { ...webhookSettingsFrom(config.config), retryScheduleMs: [0, 50, 100, 200, 400], pollIntervalMs: 20, timeoutMs: 2_000, leaseSeconds: 10 };
  const moduleRef = await Test.createTestingModule({ imports: [globals(config.config, log), DatabaseModule.forDataSource(database), ...services.map((name) => SERVICES[name])] })
    .overrideProvider(PROCESSOR_SETTINGS).useValue({ ...settings.processor, instanceId: applicationName })
    .overrideProvider(ALERT_ENGINE_SETTINGS).useValue(settings.alerts)
    .overrideProvider(WEBHOOK_SETTINGS).useValue(webhooks)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: process.env.SITREP_TEST_LOGS ? undefined : false });
  configureHttp(app);
  await app.listen(0, '127.0.0.1');
  const engine = services.includes('alert-engine') ? app.get(AlertEngine) : undefined;
  return {
    baseUrl: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`,
    applicationName,
    engine,
    close: async () => {
      await app.close();
      await log.close();
      if (database.isInitialized) await database.destroy();
    },
    crash: async () => {
      engine?.abandon();
      await db.dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [applicationName]);
      await log.close().catch(() => undefined);
      if (database.isInitialized) await database.destroy().catch(() => undefined);
      await app.close().catch(() => undefined);
    },
  };
}

export function kafkaLog(brokers: string[], clientId: string): ReportLog {
  return new KafkaReportLog({
    brokers, clientId, logger: () => undefined,
    consumer: { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 300, rebalanceTimeoutMs: 6_000, maxWaitTimeMs: 100, retryInitialMs: 100, retryMaxMs: 1_000 },
  });
}

export async function ensurePipelineTopics(log: ReportLog, settings: PipelineSettings): Promise<void> {
  await log.ensureTopics([
    { name: settings.processor.topic, partitions: 3, retentionMs: -1 },
    { name: settings.processor.deadLetterTopic, partitions: 1, retentionMs: -1 },
    { name: settings.alerts.rulesTopic, partitions: 1, retentionMs: -1 },
    { name: settings.alerts.alertsTopic, partitions: 3, retentionMs: -1 },
  ]);
}

@Global()
@Module({})
class TestGlobals {}

function globals(config: unknown, log: ReportLog): DynamicModule {
  const providers = [
    { provide: SITREP_CONFIG, useValue: config },
    { provide: REPORT_LOG, useValue: log },
    { provide: METRICS_REGISTRY, useValue: new Registry() },
  ];
  return { module: TestGlobals, providers, exports: providers.map((p) => p.provide) };
}
