import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@sitrep/config';
import { createScratchDatabase, DatabaseModule, PgWakeups, WebhookDeliveryStore, type ScratchDatabase } from '@sitrep/db';
import { configureHttp, METRICS_REGISTRY, REDACTED_PATHS, SITREP_CONFIG } from '@sitrep/platform';
import { LoggerModule, Logger as PinoLogger } from 'nestjs-pino';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Writable } from 'node:stream';
import { Registry } from 'prom-client';
import { WebhookDispatcher } from '../delivery/webhook.dispatcher';
import { WebhookMetrics } from '../delivery/webhook.metrics';
import { SecretBox } from '../secrets/secret-box';
import { DestinationGuard } from '../ssrf/destination-guard';
import { WebhookDispatcherModule } from '../webhook-dispatcher.module';
import { WEBHOOK_SETTINGS, webhookSettingsFrom, type WebhookSettings } from '../webhook-settings';

/** Millisecond timings, so a test sees a whole retry schedule in well under a second. */
export const FAST_SETTINGS: Partial<WebhookSettings> = {
  retryScheduleMs: [0, 20, 40, 60, 80, 100, 120, 140],
  pollIntervalMs: 20,
  timeoutMs: 2_000,
  leaseSeconds: 10,
  concurrency: 8,
};

export interface WebhookHarnessOptions {
  databaseServerUrl: string;
  /** SITREP_WEBHOOK_ALLOW (the receivers on 127.0.0.1 need it). */
  allow: string[];
  settings?: Partial<WebhookSettings>;
  /** Where the app's pino log lines go (to check what is, and is not, logged). */
  logTo?: Writable;
}

export interface WebhookHarness {
  baseUrl: string;
  db: ScratchDatabase;
  /** The dispatcher the app runs (its loop is started unless settings.dispatch is false). */
  dispatcher: WebhookDispatcher;
  registry: Registry;
  settings: WebhookSettings;
  /** Seals secrets as the app does (to write endpoints straight into the table). */
  box: SecretBox;
  /** Another dispatcher over the same database, as another process would run one (not started). */
  extraDispatcher(owner: string, settings?: Partial<WebhookSettings>): WebhookDispatcher;
  close(): Promise<void>;
}

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

/** The webhook service in-process over a real PostgreSQL, on an ephemeral port. */
export async function startWebhookHarness(options: WebhookHarnessOptions): Promise<WebhookHarness> {
  const config = loadConfig({ LOG_LEVEL: 'silent', SITREP_SECRETS_KEY: randomBytes(32).toString('base64'), SITREP_WEBHOOK_ALLOW: options.allow.join(',') }, 'webhooks-test');
  if (!config.ok) throw new Error(config.errors.join('; '));
  const db = await createScratchDatabase(options.databaseServerUrl, 'sitrep_webhooks');
  const settings: WebhookSettings = { ...webhookSettingsFrom(config.config), ...FAST_SETTINGS, ...options.settings };
  const registry = new Registry();
  const logging = options.logTo ? [LoggerModule.forRoot({ pinoHttp: [{ level: 'trace', redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, options.logTo] })] : [];
  const moduleRef = await Test.createTestingModule({
    imports: [globals(config.config, registry), ...logging, DatabaseModule.forDataSource(db.dataSource), WebhookDispatcherModule],
  })
    .overrideProvider(WEBHOOK_SETTINGS)
    .useValue(settings)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: Boolean(options.logTo), logger: options.logTo || process.env.SITREP_TEST_LOGS ? undefined : false });
  if (options.logTo) app.useLogger(app.get(PinoLogger));
  configureHttp(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const extras: WebhookDispatcher[] = [];
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    dispatcher: app.get(WebhookDispatcher),
    registry,
    settings,
    box: app.get(SecretBox),
    extraDispatcher: (owner, overrides = {}) => {
      const dispatcher = anotherDispatcher(app, owner, { ...settings, ...overrides });
      extras.push(dispatcher);
      return dispatcher;
    },
    close: async () => {
      await Promise.all(extras.map((d) => d.stop()));
      await app.close();
      await db.drop();
    },
  };
}

/** A dispatcher as another process would run it: same database and key, its own guard and metrics. */
function anotherDispatcher(app: NestExpressApplication, owner: string, settings: WebhookSettings): WebhookDispatcher {
  const store = app.get(WebhookDeliveryStore);
  return new WebhookDispatcher({
    owner,
    store,
    box: app.get(SecretBox),
    guard: new DestinationGuard(settings.allow),
    settings,
    metrics: new WebhookMetrics(new Registry(), () => store.queueDepth()),
    logger: process.env.SITREP_TEST_LOGS ? undefined : quiet,
    wakeups: app.get(PgWakeups),
  });
}

@Global()
@Module({})
class TestGlobals {}

function globals(config: unknown, registry: Registry): DynamicModule {
  const providers = [
    { provide: SITREP_CONFIG, useValue: config },
    { provide: METRICS_REGISTRY, useValue: registry },
  ];
  return { module: TestGlobals, providers, exports: providers.map((p) => p.provide) };
}
