import { Module } from '@nestjs/common';
import type { SitrepConfig } from '@sitrep/config';
import { ActorStore, LiveActorRegistry } from '@sitrep/db';
import { SITREP_CONFIG } from '@sitrep/platform';
import { GetActorActivityController } from './actors/get-actor-activity/get-actor-activity.controller';
import { GetActorActivityQuery } from './actors/get-actor-activity/get-actor-activity.query';
import { SearchActorsController } from './actors/search-actors/search-actors.controller';
import { SearchActorsQuery } from './actors/search-actors/search-actors.query';
import { GetIncidentController } from './incidents/get-incident/get-incident.controller';
import { GetIncidentQuery } from './incidents/get-incident/get-incident.query';
import { GetAdmin1TimelineController } from './places/get-admin1-timeline/get-admin1-timeline.controller';
import { ListAdmin1Controller } from './places/list-admin1/list-admin1.controller';
import { ListAdmin1Query } from './places/list-admin1/list-admin1.query';
import { ACTOR_REFRESH_MS, DEFAULT_ACTOR_REFRESH_MS } from './reference-data/actor-refresh.token';
import { IncidentStreamService } from './timelines/stream-incidents/incident-stream.service';
import { StreamIncidentsController } from './timelines/stream-incidents/stream-incidents.controller';
import { DEFAULT_STREAM_OPTIONS, STREAM_OPTIONS } from './timelines/stream-incidents/stream-options';
import { ExportTimelineController } from './timelines/export-timeline/export-timeline.controller';
import { GetTimelineController } from './timelines/get-timeline/get-timeline.controller';
import { GetTimelineQuery } from './timelines/get-timeline/get-timeline.query';
import { TimelineFilterResolver } from './timelines/timeline-filter/timeline-filter.resolver';

/** Analysts' read side: timelines, incidents, actors, places, exports, live stream. No Kafka. */
@Module({
  controllers: [
    GetTimelineController,
    ExportTimelineController,
    StreamIncidentsController,
    GetIncidentController,
    SearchActorsController,
    GetActorActivityController,
    ListAdmin1Controller,
    GetAdmin1TimelineController,
  ],
  providers: [
    {
      provide: LiveActorRegistry,
      inject: [SITREP_CONFIG, ACTOR_REFRESH_MS, ActorStore],
      useFactory: (config: SitrepConfig, refreshMs: number, store: ActorStore) => new LiveActorRegistry(store, { ucdpActorsCsv: config.ucdpActorsCsv, refreshMs, name: 'Query' }),
    },
    { provide: ACTOR_REFRESH_MS, useValue: DEFAULT_ACTOR_REFRESH_MS },
    { provide: STREAM_OPTIONS, useValue: DEFAULT_STREAM_OPTIONS },
    TimelineFilterResolver,
    GetTimelineQuery,
    GetIncidentQuery,
    SearchActorsQuery,
    GetActorActivityQuery,
    ListAdmin1Query,
    IncidentStreamService,
  ],
})
export class QueryModule {}
