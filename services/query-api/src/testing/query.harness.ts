import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@sitrep/config';
import { createScratchDatabase, DatabaseModule, type ScratchDatabase } from '@sitrep/db';
import { configureHttp, SITREP_CONFIG } from '@sitrep/platform';
import type { AddressInfo } from 'node:net';
import { setupQueryApiDocs } from '../docs/setup-query-api-docs';
import { QueryModule } from '../query.module';
import { ACTOR_REFRESH_MS } from '../reference-data/actor-refresh.token';
import { STREAM_OPTIONS, type StreamOptions } from '../timelines/stream-incidents/stream-options';
import { ReadModelFixture } from './read-model-fixture';

export interface QueryHarness {
  baseUrl: string;
  db: ScratchDatabase;
  fixture: ReadModelFixture;
  get<T = unknown>(path: string): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

/** The query API in-process over a fresh, migrated PostgreSQL database, on an ephemeral port. */
export async function startQueryHarness(databaseServerUrl: string, stream: Partial<StreamOptions> = {}): Promise<QueryHarness> {
  const db = await createScratchDatabase(databaseServerUrl);
  const config = loadConfig({ LOG_LEVEL: 'silent' }, 'query-test');
  if (!config.ok) throw new Error(config.errors.join('; '));
  const moduleRef = await Test.createTestingModule({
    imports: [globals(config.config), DatabaseModule.forDataSource(db.dataSource), QueryModule],
  })
    .overrideProvider(STREAM_OPTIONS)
    .useValue({ ...defaultsForTests, ...stream })
    .overrideProvider(ACTOR_REFRESH_MS)
    .useValue(100)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: process.env.SITREP_TEST_LOGS ? undefined : false });
  configureHttp(app);
  setupQueryApiDocs(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    db,
    fixture: new ReadModelFixture(db),
    get: async <T>(path: string) => {
      const response = await fetch(`${baseUrl}${path}`);
      return { status: response.status, body: (await response.json()) as T };
    },
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

const defaultsForTests: StreamOptions = { pollMs: 100, heartbeatMs: 15_000, lookbackMs: 30_000, batchSize: 200 };

@Global()
@Module({})
class TestGlobals {}

function globals(config: unknown): DynamicModule {
  const providers = [{ provide: SITREP_CONFIG, useValue: config }];
  return { module: TestGlobals, providers, exports: providers.map((p) => p.provide) };
}
