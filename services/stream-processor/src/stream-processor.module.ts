import { Module } from '@nestjs/common';
import type { SitrepConfig } from '@sitrep/config';
import { SITREP_CONFIG } from '@sitrep/platform';
import { ListPartitionsController } from './partitions/list-partitions/list-partitions.controller';
import { PartitionOwnership } from './partitions/partition-ownership';
import { DEFAULT_PROCESSOR_SETTINGS, PROCESSOR_SETTINGS } from './processor-settings';
import { LiveProjectionConsumer } from './project-reports/live-projection.consumer';
import { ProjectionLagMonitor } from './project-reports/projection-lag.monitor';
import { ProjectionMetrics } from './project-reports/projection.metrics';
import { ReportBatchProjector } from './project-reports/report-batch.projector';
import { RebuildController } from './rebuild/rebuild.controller';
import { RebuildService } from './rebuild/rebuild.service';

/**
 * Projects the log of record into the PostgreSQL read models, exactly once, and rebuilds them
 * online. Needs REPORT_LOG, METRICS_REGISTRY, SITREP_CONFIG and the database stores from the app's
 * globals.
 */
@Module({
  controllers: [RebuildController, ListPartitionsController],
  providers: [
    {
      provide: PROCESSOR_SETTINGS,
      useFactory: (config: SitrepConfig) => ({ ...DEFAULT_PROCESSOR_SETTINGS, instanceId: config.instanceId }),
      inject: [SITREP_CONFIG],
    },
    ProjectionMetrics,
    PartitionOwnership,
    ReportBatchProjector,
    LiveProjectionConsumer,
    ProjectionLagMonitor,
    RebuildService,
  ],
  exports: [LiveProjectionConsumer, RebuildService],
})
export class StreamProcessorModule {}
