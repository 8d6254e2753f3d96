import { Module } from '@nestjs/common';
import type { SitrepConfig } from '@sitrep/config';
import { ActorStore, LiveActorRegistry } from '@sitrep/db';
import { SITREP_CONFIG } from '@sitrep/platform';
import { AddActorController } from './actors/add-actor/add-actor.controller';
import { AddAliasController } from './actors/add-alias/add-alias.controller';
import { DEFAULT_INGEST_SETTINGS, INGEST_SETTINGS, type IngestSettings } from './ingest-settings';
import { normalizerProvider } from './reference-data/reference-data.provider';
import { InboundReportsConsumer } from './reports/inbound/inbound-reports.consumer';
import { RecordReportsService } from './reports/record-reports/record-reports.service';
import { SubmitReportController } from './reports/submit-report/submit-report.controller';

/** Reports in over HTTP and from the inbound topic, validated, onto the log of record; analysts' actors. */
@Module({
  controllers: [SubmitReportController, AddActorController, AddAliasController],
  providers: [
    { provide: INGEST_SETTINGS, useValue: DEFAULT_INGEST_SETTINGS },
    {
      provide: LiveActorRegistry,
      inject: [SITREP_CONFIG, INGEST_SETTINGS, ActorStore],
      useFactory: (config: SitrepConfig, settings: IngestSettings, store: ActorStore) => new LiveActorRegistry(store, { ucdpActorsCsv: config.ucdpActorsCsv, refreshMs: settings.actorRefreshMs, name: 'Ingest' }),
    },
    normalizerProvider,
    RecordReportsService,
    InboundReportsConsumer,
  ],
  exports: [RecordReportsService, LiveActorRegistry],
})
export class IngestModule {}
