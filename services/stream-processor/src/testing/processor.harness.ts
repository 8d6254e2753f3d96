import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { REPORT_LOG, type ReportLog } from '@sitrep/contracts';
import { createDataSource, DatabaseModule, EmbeddedReportLog, IncidentProjectionStore, type Database, type ScratchDatabase } from '@sitrep/db';
import { KafkaReportLog } from '@sitrep/kafka';
import { configureHttp, METRICS_REGISTRY } from '@sitrep/platform';
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { PROCESSOR_SETTINGS, DEFAULT_PROCESSOR_SETTINGS, type ProcessorSettings } from '../processor-settings';
import { StreamProcessorModule } from '../stream-processor.module';

export type LogKind = 'kafka' | 'embedded';

export interface ProcessorHarness {
  baseUrl: string;
  log: ReportLog;
  /** This instance's own pool: `application_name` tells its backends apart from the test's. */
  database: Database;
  applicationName: string;
  registry: Registry;
  close(): Promise<void>;
  /**
   * Dies as a killed process would: its backends are terminated (a transaction in flight rolls
   * back), its log is closed without stopping the subscriptions, nothing is drained.
   */
  crash(): Promise<void>;
}

export interface ProcessorHarnessOptions {
  log: LogKind;
  brokers: string[];
  db: ScratchDatabase;
  settings: ProcessorSettings;
  /** Wraps the instance's own log, e.g. to hold its batches at a gate (a stalled or paused process). */
  wrapLog?: (log: ReportLog) => ReportLog;
  /**
   * How long a batch may take before the member counts as stuck and stops heartbeating (Kafka).
   * A batch held at a gate for longer is a stalled process: the group gives its partitions away.
   */
  maxProcessingMs?: number;
}

let instances = 0;

/** Settings of one test: its own topics and groups, so runs on a long-lived broker never meet. */
export function testSettings(prefix: string, overrides: Partial<ProcessorSettings> = {}): ProcessorSettings {
  const id = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    ...DEFAULT_PROCESSOR_SETTINGS,
    topic: `reports_${id}`,
    deadLetterTopic: `dlq_${id}`,
    groupId: `processor_${id}`,
    rebuildGroupPrefix: `rebuild_${id}_`,
    lagIntervalMs: 200,
    rebuildCheckIntervalMs: 100,
    ...overrides,
  };
}

export function openLog(kind: LogKind, brokers: string[], database: Database, memberId: string, maxProcessingMs?: number): ReportLog {
  if (kind === 'embedded') return new EmbeddedReportLog(database, { memberId, pollIntervalMs: 10 });
  return new KafkaReportLog({
    brokers,
    clientId: memberId,
    logger: () => undefined,
    consumer: { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 300, rebalanceTimeoutMs: 6_000, maxWaitTimeMs: 100, retryInitialMs: 100, retryMaxMs: 1_000, ...(maxProcessingMs === undefined ? {} : { maxProcessingMs }) },
  });
}

export async function ensureTestTopics(log: ReportLog, settings: ProcessorSettings, partitions = 3): Promise<void> {
  await log.ensureTopics([
    { name: settings.topic, partitions, retentionMs: -1 },
    { name: settings.deadLetterTopic, partitions: 1, retentionMs: -1 },
  ]);
}

/** The stream processor in-process, on its own pool and log, over a real PostgreSQL and a real log. */
export async function startProcessorHarness(options: ProcessorHarnessOptions): Promise<ProcessorHarness> {
  instances += 1;
  const applicationName = `processor-test-${process.pid}-${instances}`;
  const database = createDataSource({ url: options.db.url, applicationName, poolSize: 10 });
  await database.initialize();
  const log = openLog(options.log, options.brokers, database, applicationName, options.maxProcessingMs);
  const registry = new Registry();
  const moduleRef = await Test.createTestingModule({ imports: [globals(options.wrapLog?.(log) ?? log, registry), DatabaseModule.forDataSource(database), StreamProcessorModule] })
    .overrideProvider(PROCESSOR_SETTINGS)
    .useValue({ ...options.settings, instanceId: applicationName })
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: process.env.SITREP_TEST_LOGS ? undefined : false });
  configureHttp(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const dispose = async () => {
    await log.close();
    if (database.isInitialized) await database.destroy();
  };
  // A killed process says goodbye to nobody: closing its log over dead connections may fail.
  const abandon = async () => {
    await log.close().catch(() => undefined);
    if (database.isInitialized) await database.destroy().catch(() => undefined);
  };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    log,
    database,
    applicationName,
    registry,
    close: async () => {
      await app.close();
      await dispose();
    },
    crash: async () => {
      await options.db.dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`, [applicationName]);
      await abandon();
      await app.close().catch(() => undefined);
    },
  };
}

/** Waits until the schema's stored positions reached the log's end on every partition. */
export async function waitUntilProjected(db: Database, log: ReportLog, schema: string, topic: string, timeoutMs = 45_000): Promise<void> {
  const store = new IncidentProjectionStore(db);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ends = await log.endOffsets(topic);
    const stored = await store.storedPositions(schema, topic, [...ends.keys()]);
    if ([...ends].every(([p, end]) => stored.get(p) === end)) return;
    if (Date.now() > deadline) throw new Error(`${schema} did not reach ${JSON.stringify([...ends])} within ${timeoutMs} ms: ${JSON.stringify([...stored])}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

@Global()
@Module({})
class TestGlobals {}

function globals(log: ReportLog, registry: Registry): DynamicModule {
  const providers = [
    { provide: REPORT_LOG, useValue: log },
    { provide: METRICS_REGISTRY, useValue: registry },
  ];
  return { module: TestGlobals, providers, exports: providers.map((p) => p.provide) };
}
