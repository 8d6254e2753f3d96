import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { REPORT_LOG } from '@sitrep/contracts';
import type { SitrepConfig } from '@sitrep/config';
import { AlertEngineModule } from '@sitrep/alert-engine';
import { DatabaseModule } from '@sitrep/db';
import { IngestModule } from '@sitrep/ingest-api';
import { HealthModule, LoggingModule, MetricsModule, READINESS_PROBES, SITREP_CONFIG } from '@sitrep/platform';
import { QueryModule } from '@sitrep/query-api';
import { StreamProcessorModule } from '@sitrep/stream-processor';
import { WebhookDispatcherModule } from '@sitrep/webhook-dispatcher';
import { AccessModule } from '../access/access.module';
import type { Runtime } from '../runtime/runtime';

export const SERVICES = {
  'ingest-api': IngestModule,
  'stream-processor': StreamProcessorModule,
  'query-api': QueryModule,
  'webhook-dispatcher': WebhookDispatcherModule,
  'alert-engine': AlertEngineModule,
} satisfies Record<string, Type>;
export type ServiceName = keyof typeof SERVICES;

@Module({})
class RuntimeModule {}

/** Composes the chosen services over the runtime: all of them embedded, one per process scaled. */
@Module({})
export class RootModule {
  static compose(config: SitrepConfig, runtime: Runtime, services: ServiceName[]): DynamicModule {
    const shared = [
      { provide: SITREP_CONFIG, useValue: config },
      { provide: REPORT_LOG, useValue: runtime.log },
      { provide: READINESS_PROBES, useValue: runtime.probes },
    ];
    return {
      module: RootModule,
      imports: [
        LoggingModule.forRoot({ level: config.logLevel, service: services.length > 1 ? 'sitrep' : services[0] }),
        MetricsModule.forRoot({ instance: config.instanceId, mode: runtime.mode }),
        { module: RuntimeModule, global: true, providers: shared, exports: shared.map((p) => p.provide) },
        DatabaseModule.forDataSource(runtime.database),
        HealthModule,
        AccessModule.forConfig(config),
        ...services.map((name) => SERVICES[name]),
      ],
    };
  }
}
