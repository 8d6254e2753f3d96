import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@sitrep/config';
import { REPORT_LOG, TOPIC_SPECS, type ReportLog, type TopicSpec } from '@sitrep/contracts';
import { createScratchDatabase, DatabaseModule, EmbeddedReportLog, type ScratchDatabase } from '@sitrep/db';
import { KafkaReportLog } from '@sitrep/kafka';
import { configureHttp, SITREP_CONFIG } from '@sitrep/platform';
import type { AddressInfo } from 'node:net';
import { IngestModule } from '../ingest.module';
import { DEFAULT_INGEST_SETTINGS, INGEST_SETTINGS, type IngestSettings } from '../ingest-settings';

export interface IngestHarness {
  baseUrl: string;
  log: ReportLog;
  db: ScratchDatabase;
  close(): Promise<void>;
}

export interface IngestHarnessOptions {
  log: 'kafka' | 'embedded';
  brokers: string[];
  databaseServerUrl: string;
  /** Reuse a database (e.g. to retry against the same ledger after an outage). */
  db?: ScratchDatabase;
  appendTimeoutMs?: number;
  unreachable?: boolean;
  /** Consume an inbound topic (off unless given: tests use their own topics and groups). */
  inbound?: Omit<IngestSettings['inbound'], 'enabled'>;
  actorRefreshMs?: number;
  /** Shortens the stale-claim age (a claim left by an attempt that died, taken over after this). */
  staleClaimSeconds?: number;
  /** Wraps the instance's log, e.g. to make it die right after an append went through. */
  wrapLog?: (log: ReportLog) => ReportLog;
}

/** Group timing small enough for tests; 6 s is the broker's minimum session timeout. */
const TEST_CONSUMER = { sessionTimeoutMs: 6_000, heartbeatIntervalMs: 300, rebalanceTimeoutMs: 6_000, maxWaitTimeMs: 100, retryInitialMs: 100, retryMaxMs: 1_000 };

/** The ingest service in-process over a real PostgreSQL and a real log, on an ephemeral port. */
export async function startIngestHarness(options: IngestHarnessOptions): Promise<IngestHarness> {
  const db = options.db ?? (await createScratchDatabase(options.databaseServerUrl));
  const log: ReportLog =
    options.log === 'kafka'
      ? new KafkaReportLog({ brokers: options.brokers, clientId: 'ingest-test', appendTimeoutMs: options.appendTimeoutMs, logger: () => undefined, consumer: TEST_CONSUMER })
      : new EmbeddedReportLog(db.dataSource, { memberId: 'ingest-test' });
  // A harness pointed at a dead broker (to test outages) cannot create topics; the others must.
  if (!options.unreachable) await log.ensureTopics([...TOPIC_SPECS, ...inboundTopics(options.inbound)]);
  const config = loadConfig({ LOG_LEVEL: 'silent' }, 'ingest-test');
  if (!config.ok) throw new Error(config.errors.join('; '));
  const settings: IngestSettings = {
    inbound: options.inbound ? { ...options.inbound, enabled: true } : { ...DEFAULT_INGEST_SETTINGS.inbound, enabled: false },
    actorRefreshMs: options.actorRefreshMs ?? DEFAULT_INGEST_SETTINGS.actorRefreshMs,
    staleClaimSeconds: options.staleClaimSeconds ?? DEFAULT_INGEST_SETTINGS.staleClaimSeconds,
  };
  const moduleRef = await Test.createTestingModule({
    imports: [globals(config.config, options.wrapLog?.(log) ?? log), DatabaseModule.forDataSource(db.dataSource), IngestModule],
  })
    .overrideProvider(INGEST_SETTINGS)
    .useValue(settings)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: process.env.SITREP_TEST_LOGS ? undefined : false });
  configureHttp(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    log,
    db,
    close: async () => {
      await app.close();
      await log.close();
      if (!options.db) await db.drop();
    },
  };
}

function inboundTopics(inbound: IngestHarnessOptions['inbound']): TopicSpec[] {
  if (!inbound) return [];
  return [
    { name: inbound.topic, partitions: 3, retentionMs: -1 },
    { name: inbound.rejectedTopic, partitions: 1, retentionMs: -1 },
  ];
}

@Global()
@Module({})
class TestGlobals {}

function globals(config: unknown, log: ReportLog): DynamicModule {
  const providers = [
    { provide: SITREP_CONFIG, useValue: config },
    { provide: REPORT_LOG, useValue: log },
  ];
  return { module: TestGlobals, providers, exports: providers.map((p) => p.provide) };
}
